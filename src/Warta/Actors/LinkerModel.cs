using Warta.Documents;
using Warta.Places;

namespace Warta.Actors;

internal enum PayloadKind : byte
{
    Actor,
    Place,
    Agent,
}

/// <summary>What a trie node stands for. Exact-case aliases keep their units to compare letter by letter.</summary>
internal readonly record struct Payload(
    PayloadKind Kind, int Index, EntityType Type, AliasCase Case, bool NotAfterName, bool Curated, string[]? ExactUnits,
    bool ContextOnly = false);

/// <summary>
/// One trie over folded name units for actors, places and role words, built once from the knowledge base,
/// the gazetteer and the agent lexicons. Nodes and edges are flat: edge key = (node &lt;&lt; 32) | unit id.
/// </summary>
internal sealed class LinkerModel
{
    private static readonly Lazy<LinkerModel> Lazy = new(() => new LinkerModel(
        ActorKnowledgeBase.Default, Gazetteer.Default, AgentLexicon.Load()));

    private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unitLookup;
    private readonly Dictionary<long, int> _edges = [];
    private int[] _payloadStart;
    private int[] _payloadCount;
    private Payload[] _payloads;
    private int _nodeCount = 1;

    public LinkerModel(ActorKnowledgeBase kb, Gazetteer gazetteer, List<AgentEntry> agents)
    {
        Kb = kb;
        Gazetteer = gazetteer;
        Agents = [.. agents];
        _unitLookup = _units.GetAlternateLookup<ReadOnlySpan<char>>();
        var pending = new Dictionary<int, List<Payload>>();

        // A Phoenix person who is also a curated person ("Russian President Vladimir Putin" in Phoenix) is dropped whole,
        // so its title-laden aliases cannot outmatch the curated entry and its dated codes.
        var curatedPersons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in kb.Aliases)
            if (kb[a.Entry].Curated && kb[a.Entry].Kind == ActorKind.Person && a.Text.Contains(' ')) curatedPersons.Add(a.Text.ToLowerInvariant());
        var superseded = new HashSet<int>();
        foreach (var a in kb.Aliases)
            if (!kb[a.Entry].Curated && kb[a.Entry].Kind == ActorKind.Person && curatedPersons.Contains(a.Text.ToLowerInvariant()))
                superseded.Add(a.Entry);

        // Phoenix single-word person names shared by several people ("Abdullah") say nothing: drop them.
        var phoenixSingle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in kb.Aliases)
        {
            if (kb[a.Entry].Curated || kb[a.Entry].Kind != ActorKind.Person || a.Text.Contains(' ')) continue;
            var key = a.Text.ToLowerInvariant();
            phoenixSingle[key] = phoenixSingle.TryGetValue(key, out int e) && e != a.Entry ? -1 : a.Entry;
        }
        // Nor does one that opens other people's names ("Abdullah Ahmad Badawi", "Hassan Rouhani"): it is a given name,
        // and the longer name the article uses may be missing from the lists.
        foreach (var a in kb.Aliases)
        {
            if (kb[a.Entry].Kind != ActorKind.Person) continue;
            int sp = a.Text.IndexOf(' ');
            if (sp <= 0) continue;
            var key = a.Text[..sp].ToLowerInvariant();
            if (phoenixSingle.TryGetValue(key, out int e) && e != a.Entry) phoenixSingle[key] = -1;
        }
        // Phoenix institutions named only by generic words ("National Security Council", "Supreme Court") belong to
        // one country in Phoenix but to every country in the news: such names are left to role words and NER.
        var generic = new HashSet<string>(StringComparer.Ordinal)
        {
            "of", "the", "and", "for", "in", "on", "to", "a", "an", "'", "s", "-", ".", "national", "state", "federal",
            "central", "supreme", "high", "public", "general", "people", "democratic", "republic", "united", "new",
            "great", "royal", "islamic", "international", "joint", "special", "civil", "social", "human", "rights",
        };
        foreach (var ag in Agents)
        {
            int p = 0;
            while (NameText.NextUnit(ag.Phrase, ref p, out int s, out int e)) generic.Add(NameText.Fold(ag.Phrase.AsSpan(s, e - s)));
        }
        // "White House Spokesman" (a Phoenix institution name ending in a title) would swallow the title of the name after it
        // ("White House spokesman Nama"): the seat and the title word compose it anyway.
        var titleHeads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ag in Agents)
        {
            if (!ag.Title) continue;
            int p = 0, ls = 0, le = 0;
            while (NameText.NextUnit(ag.Phrase, ref p, out int s, out int e)) (ls, le) = (s, e);
            if (le > ls) titleHeads.Add(NameText.Fold(ag.Phrase.AsSpan(ls, le - ls)));
        }
        GenericDropped = 0;
        foreach (var a in kb.Aliases)
        {
            var entry = kb[a.Entry];
            if (superseded.Contains(a.Entry)) continue;
            if (!entry.Curated && entry.Kind != ActorKind.Person && EndsInTitle(a.Text, titleHeads)) continue;
            if (!entry.Curated && entry.Kind != ActorKind.Person && AllGeneric(a.Text, generic))
            {
                GenericDropped++;
                continue;
            }
            if (!entry.Curated && entry.Kind == ActorKind.Person && !a.Text.Contains(' ')
                && phoenixSingle.TryGetValue(a.Text.ToLowerInvariant(), out int e) && e == -1) continue;
            var payload = new Payload(PayloadKind.Actor, a.Entry, a.Type, a.Case, a.NotAfterName, entry.Curated && !a.Converted, null,
                a.ContextOnly);
            Add(pending, a.Text, payload);
            if (entry.Curated && entry.Kind == ActorKind.Person && a.Case == AliasCase.Capitalized)
            {
                foreach (var v in NameVariants.Of(a.Text)) Add(pending, v, payload);
                if (NameVariants.FamilyFirst(a.Text, entry) is { } reversed) Add(pending, reversed, payload);
            }
        }
        for (int i = 0; i < gazetteer.Aliases.Count; i++)
        {
            var a = gazetteer.Aliases[i];
            var kind = gazetteer[a.Place].Place.Kind;
            var type = kind is "region" or "sea" or "island" or "feature" ? EntityType.LOC : EntityType.GPE;
            Add(pending, a.Text, new Payload(PayloadKind.Place, a.Place, type, a.Case, a.NotAfterName, a.Curated, null));
        }
        for (int i = 0; i < Agents.Length; i++)
            Add(pending, Agents[i].Phrase, new Payload(PayloadKind.Agent, i, Agents[i].Type, AliasCase.Any, false, true, null));

        _payloadStart = new int[_nodeCount];
        _payloadCount = new int[_nodeCount];
        var flat = new List<Payload>();
        foreach (var (node, list) in pending.OrderBy(p => p.Key))
        {
            _payloadStart[node] = flat.Count;
            _payloadCount[node] = list.Count;
            flat.AddRange(list);
        }
        _payloads = [.. flat];

        CountryPlaces = new PlaceRef?[kb.Entries.Count];
        for (int i = 0; i < kb.Entries.Count; i++)
            if (kb[i].Kind == ActorKind.Country)
                CountryPlaces[i] = new PlaceRef(kb[i].Name, kb[i].Id, "country", null, null, null);
    }

    /// <summary>The place a country actor also is, by entry index (null for other entries).</summary>
    public PlaceRef?[] CountryPlaces { get; }

    public static LinkerModel Default => Lazy.Value;

    /// <summary>Phoenix institution names dropped as generic (for tests and reports).</summary>
    public int GenericDropped { get; }

    private static bool EndsInTitle(string alias, HashSet<string> titleHeads)
    {
        int pos = 0, units = 0, ls = 0, le = 0;
        while (NameText.NextUnit(alias, ref pos, out int s, out int e))
        {
            units++;
            (ls, le) = (s, e);
        }
        return units > 1 && titleHeads.Contains(NameText.Fold(alias.AsSpan(ls, le - ls)));
    }

    private static bool AllGeneric(string alias, HashSet<string> generic)
    {
        int pos = 0;
        while (NameText.NextUnit(alias, ref pos, out int s, out int e))
            if (!generic.Contains(NameText.Fold(alias.AsSpan(s, e - s)))) return false;
        return true;
    }

    public ActorKnowledgeBase Kb { get; }

    /// <summary>Posting words of lang/*/agent-postings.tsv ("untuk", "to"), folded.</summary>
    public HashSet<string> Postings { get; } = LoadPostings();

    private static HashSet<string> LoadPostings()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Warta.Resources.EmbeddedTsv.RowsForAllLanguages("agent-postings.tsv"))
            if (r.Length > 0 && r[0].Trim().Length > 0) set.Add(NameText.Fold(r[0].Trim()));
        return set;
    }
    /// <summary>Lower-case name particles of lang/*/name-particles.tsv ("bin", "von"), folded.</summary>
    public HashSet<string> NameParticles { get; } = LoadSet("name-particles.tsv");

    /// <summary>Words linking a titled name to its country after it (lang/*/title-country-links.tsv: "of", "dari"), folded.</summary>
    public HashSet<string> TitleCountryLinks { get; } = LoadSet("title-country-links.tsv");

    private static HashSet<string> LoadSet(string file)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Warta.Resources.EmbeddedTsv.RowsForAllLanguages(file))
            if (r.Length > 0 && r[0].Trim().Length > 0) set.Add(NameText.Fold(r[0].Trim()));
        return set;
    }

    public Gazetteer Gazetteer { get; }
    public AgentEntry[] Agents { get; }

    public int NodeCount => _nodeCount;

    /// <summary>Id of a folded unit, or -1 when no name in the model uses it.</summary>
    public int UnitId(ReadOnlySpan<char> folded) => _unitLookup.TryGetValue(folded, out int id) ? id : -1;

    public int Child(int node, int unit) =>
        unit < 0 ? -1 : _edges.TryGetValue(((long)node << 32) | (uint)unit, out int child) ? child : -1;

    public ReadOnlySpan<Payload> PayloadsOf(int node) =>
        node < _payloadStart.Length ? _payloads.AsSpan(_payloadStart[node], _payloadCount[node]) : [];

    private void Add(Dictionary<int, List<Payload>> pending, string alias, Payload payload)
    {
        int node = 0, pos = 0, units = 0;
        var text = alias.AsSpan();
        List<string>? exact = payload.Case == AliasCase.Exact ? [] : null;
        var @case = payload.Case;
        while (NameText.NextUnit(text, ref pos, out int s, out int e))
        {
            var unit = text[s..e];
            if (units == 0 && @case == AliasCase.Capitalized && char.IsLower(unit[0])) @case = AliasCase.Any;
            exact?.Add(unit.ToString());
            var folded = NameText.Fold(unit);
            if (!_units.TryGetValue(folded, out int id))
            {
                id = _units.Count;
                _units[folded] = id;
            }
            long key = ((long)node << 32) | (uint)id;
            if (!_edges.TryGetValue(key, out int child))
            {
                child = _nodeCount++;
                _edges[key] = child;
            }
            node = child;
            units++;
        }
        if (units == 0) return;
        if (!pending.TryGetValue(node, out var list)) pending[node] = list = [];
        for (int i = 0; i < list.Count; i++)
        {
            var p = list[i];
            if (p.Kind != payload.Kind || p.Index != payload.Index) continue;
            // "Al Shabaab" and "al Shabaab" fold to one node: a lower-case spelling lets the entry match in any case.
            if (p.Case == AliasCase.Capitalized && @case == AliasCase.Any) list[i] = p with { Case = AliasCase.Any };
            return;
        }
        list.Add(payload with { Case = @case, ExactUnits = exact?.ToArray() });
    }
}

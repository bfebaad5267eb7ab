using System.Globalization;
using Warta.Documents;
using Warta.Resources;

namespace Warta.Actors;

/// <summary>What an entry is; decides the mention type of its names.</summary>
public enum ActorKind : byte
{
    Country,
    Demonym,
    Seat,
    Igo,
    Group,
    Org,
    Media,
    Person,
}

/// <summary>One CAMEO code valid over [From, To); an undated code is the fallback when no range covers a date.</summary>
public readonly record struct DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool Undated => From is null && To is null;
    public bool Covers(DateOnly d) => !Undated && (From is null || d >= From) && (To is null || d < To);
}

/// <summary>An actor in the knowledge base: stable id, canonical name, dated codes.</summary>
public sealed class ActorEntry
{
    internal ActorEntry(string id, ActorKind kind, string name, DatedCode[] codes, bool curated)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Codes = codes;
        Curated = curated;
    }

    public string Id { get; }
    public ActorKind Kind { get; }
    public string Name { get; }
    public IReadOnlyList<DatedCode> Codes { get; }

    /// <summary>Hand-checked (countries, organisations, persons.tsv) rather than converted from Phoenix.</summary>
    public bool Curated { get; }
}

/// <summary>A name of an entry, with how it must be written to count (see data/actors/README in the TSV headers).</summary>
/// <see cref="Converted"/>: moved from a Phoenix row onto a curated entry (a city Phoenix lists as the country), so it
/// counts as unchecked and a gazetteer place of the same name wins.
/// <see cref="ContextOnly"/> ('~' prefix): a name that is also a common surname ("Wagner"); it stands for the entry only once
/// the article has named the entry another way ("Grup Wagner … Wagner").
internal readonly record struct ActorAlias(string Text, int Entry, EntityType Type, AliasCase Case, bool NotAfterName, bool Converted = false,
    bool ContextOnly = false);

/// <summary>Case rule of an alias: capitalized (default), exact letters ('=' prefix: "AS", "RI"), or any case ('!').</summary>
internal enum AliasCase : byte
{
    Capitalized,
    Exact,
    Any,
}

/// <summary>
/// The actor knowledge base: countries, seats of government, demonyms, IGOs, armed and political groups,
/// media and persons with dated CAMEO codes, loaded once from data/actors/*.tsv.
/// Row format: id, kind, name, codes ("CODE@from..to;CODE"), aliases ('|'-separated; prefixes '=' exact case,
/// '!' any case, '^' not directly after another capitalized word). A row whose id already exists adds aliases.
/// </summary>
public sealed class ActorKnowledgeBase
{
    /// <summary>Curated files first: their entries win over Phoenix entries for the same alias.</summary>
    internal static readonly string[] DefaultFiles =
    [
        "data/actors/countries.tsv",
        "data/actors/country-aliases.tsv",
        "data/actors/organisations.tsv",
        "data/actors/persons.tsv",
        "data/actors/phoenix.tsv",
    ];

    private static readonly Lazy<ActorKnowledgeBase> Lazy = new(() => Load(DefaultFiles));

    /// <summary>Phoenix roles open at the dictionaries' date (early 2014) are not trusted past this day.</summary>
    internal static readonly DateOnly PhoenixHorizon = new(2016, 1, 1);

    private readonly ActorEntry[] _entries;
    private readonly Dictionary<string, int> _byId;
    private readonly HashSet<string> _countryCodes;
    private readonly ActorAlias[] _aliases;

    private ActorKnowledgeBase(List<ActorEntry> entries, List<ActorAlias> aliases)
    {
        _entries = [.. entries];
        _aliases = [.. aliases];
        _byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _entries.Length; i++) _byId[_entries[i].Id] = i;
        _countryCodes = new HashSet<string>(
            _entries.Where(e => e.Kind == ActorKind.Country).Select(e => e.Id), StringComparer.Ordinal);
    }

    public static ActorKnowledgeBase Default => Lazy.Value;

    public IReadOnlyList<ActorEntry> Entries => _entries;

    internal IReadOnlyList<ActorAlias> Aliases => _aliases;

    private Dictionary<string, int>? _byName;

    /// <summary>
    /// The actor a whole name stands for on a date ("Sputnik" → RUSMED, "Moskow" is a place: see Gazetteer), for callers
    /// outside the linker such as cited sources; curated entries win over Phoenix ones; case is ignored.
    /// </summary>
    public ActorRef? Lookup(string name, DateOnly date)
    {
        var byName = _byName ??= BuildNameIndex();
        return byName.TryGetValue(NameText.Key(name), out int i) ? Resolve(i, date) : null;
    }

    private Dictionary<string, int> BuildNameIndex()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in _aliases)
        {
            var key = NameText.Key(a.Text);
            if (!d.TryGetValue(key, out int old) || (_entries[a.Entry].Curated && !_entries[old].Curated)) d[key] = a.Entry;
        }
        return d;
    }

    public ActorEntry? Find(string entryId) => _byId.TryGetValue(entryId, out int i) ? _entries[i] : null;

    internal int IndexOf(string entryId) => _byId.TryGetValue(entryId, out int i) ? i : -1;

    internal ActorEntry this[int index] => _entries[index];

    /// <summary>True for ISO 3166-1 alpha-3 codes of countries and territories in the knowledge base.</summary>
    public bool IsCountryCode(ReadOnlySpan<char> code) =>
        code.Length == 3 && _countryCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(code);

    /// <summary>The actor as it was on <paramref name="date"/>: the code whose range covers the date.</summary>
    public ActorRef? Resolve(string entryId, DateOnly date) =>
        _byId.TryGetValue(entryId, out int i) ? Resolve(i, date) : null;

    internal ActorRef Resolve(int index, DateOnly date)
    {
        var e = _entries[index];
        return MakeRef(e.Name, CodeAt(e, date), e.Id);
    }

    /// <summary>An actor for a bare CAMEO code (agents: "tentara Israel" → ISRMIL), no knowledge-base id.</summary>
    public ActorRef FromCode(string name, string code, string? id = null) => MakeRef(name, code, id);

    private ActorRef MakeRef(string name, string code, string? id)
    {
        string? country = code.Length >= 3 && IsCountryCode(code.AsSpan(0, 3)) ? code[..3] : null;
        string? sector = country is not null && code.Length >= 6 ? code.Substring(3, 3) : null;
        return new ActorRef(name, code, country, sector, id);
    }

    /// <summary>
    /// The person as the title beside the name places them ("Sekretaris Jenderal NATO Nama", "Presiden Rusia Nama"), when the
    /// date alone gives another country or body (an undated article, a date between two offices): the range whose code starts
    /// with <paramref name="prefix"/> (a country code or an IGO code), the one covering the date, else the latest started by it,
    /// else the earliest; null when no range of the person names that prefix.
    /// </summary>
    internal ActorRef? ResolveAs(int index, DateOnly date, string prefix)
    {
        var e = _entries[index];
        DatedCode? covering = null, before = null, earliest = null;
        foreach (var c in e.Codes)
        {
            if (!c.Code.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var from = c.From ?? DateOnly.MinValue;
            if (c.Covers(date)) covering = c;
            else if (from <= date) { if (before is null || from >= (before.Value.From ?? DateOnly.MinValue)) before = c; }
            else if (earliest is null || from < (earliest.Value.From ?? DateOnly.MinValue)) earliest = c;
        }
        var pick = covering ?? before ?? earliest;
        return pick is { } p ? MakeRef(e.Name, p.Code, e.Id) : null;
    }

    /// <summary>
    /// A person in an article without a publication date: the office started last (a dated range with a sector other than ELI; LEG only for those without another office), since a
    /// story names someone mostly while they hold an office; the code for <paramref name="today"/> when the person has none.
    /// </summary>
    internal ActorRef ResolveUndated(int index, DateOnly today)
    {
        var e = _entries[index];
        DatedCode? best = null, seat = null;
        if (e.Kind == ActorKind.Person)
            foreach (var c in e.Codes)
            {
                // A bare country or ELI is what is left after an office; a seat in parliament counts only for those who
                // never held another office (Payne as minister, not as the senator she was after).
                if (c.Undated || c.From is null || c.From > today || c.Code.Length < 6) continue;
                var sector = c.Code.AsSpan(3, 3);
                if (sector.SequenceEqual("ELI")) continue;
                if (sector.SequenceEqual("LEG"))
                {
                    if (seat is null || c.From >= seat.Value.From) seat = c;
                    continue;
                }
                if (best is null || c.From >= best.Value.From) best = c;
            }
        return (best ?? seat) is { } b ? MakeRef(e.Name, b.Code, e.Id) : Resolve(index, today);
    }

    /// <summary>Most recently started range covering the date; else the undated fallback; else the country.</summary>
    internal static string CodeAt(ActorEntry e, DateOnly date)
    {
        string? best = null;
        DateOnly bestFrom = DateOnly.MinValue;
        string? fallback = null;
        foreach (var c in e.Codes)
        {
            if (c.Undated)
            {
                fallback ??= c.Code;
                continue;
            }
            if (!c.Covers(date)) continue;
            var from = c.From ?? DateOnly.MinValue;
            if (best is null || from >= bestFrom)
            {
                best = c.Code;
                bestFrom = from;
            }
        }
        if (best is not null) return best;
        if (fallback is not null) return fallback;
        // No role known for this date: the person's latest country without a sector (never a stale GOV; Ukraine, not USSR).
        var any = e.Codes.Count > 0 ? Latest(e.Codes).Code : e.Id;
        return any.Length >= 3 ? any[..3] : any;
    }

    /// <summary>The code whose range starts last (an open start counts as the earliest).</summary>
    internal static DatedCode Latest(IReadOnlyList<DatedCode> codes)
    {
        var latest = codes[0];
        for (int i = 1; i < codes.Count; i++)
            if ((codes[i].From ?? DateOnly.MinValue) >= (latest.From ?? DateOnly.MinValue)) latest = codes[i];
        return latest;
    }

    /// <summary>
    /// A Phoenix "person" row that is really a country (Phoenix files Ukraine, with Kyiv and Odesa as aliases, as an actor
    /// whose dated codes run USRUKR → UKR): the curated country its latest code names, or -1.
    /// </summary>
    private static int CountryLikeRow(DatedCode[] codes, Dictionary<string, int> byId, List<ActorEntry> entries)
    {
        if (codes.Length == 0) return -1;
        var code = Latest(codes).Code;
        return code.Length == 3 && byId.TryGetValue(code, out int c) && entries[c].Kind == ActorKind.Country ? c : -1;
    }

    internal static ActorKnowledgeBase Load(IEnumerable<string> files)
    {
        var entries = new List<ActorEntry>();
        var aliases = new List<ActorAlias>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            bool curated = !file.EndsWith("phoenix.tsv", StringComparison.Ordinal);
            foreach (var row in EmbeddedTsv.Rows(file))
            {
                if (row.Length < 5) throw new FormatException($"{file}: expected 5 columns in '{string.Join('\t', row)}'.");
                var kind = ParseKind(row[1], file);
                bool converted = false;
                if (!byId.TryGetValue(row[0], out int index))
                {
                    var codes = ParseCodes(row[3], curated, file);
                    if (!curated && kind == ActorKind.Person && CountryLikeRow(codes, byId, entries) is int country and >= 0)
                    {
                        // Never a person: its names become unchecked names of the country it is today.
                        index = country;
                        kind = ActorKind.Country;
                        converted = true;
                    }
                    else
                    {
                        index = entries.Count;
                        entries.Add(new ActorEntry(row[0], kind, row[2], codes, curated));
                        byId[row[0]] = index;
                    }
                }
                var type = TypeOf(kind);
                foreach (var raw in row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    bool contextOnly = raw.StartsWith('~');
                    var (text, @case, notAfter) = ParseAlias(contextOnly ? raw[1..] : raw);
                    aliases.Add(new ActorAlias(text, index, type, @case, notAfter, converted, contextOnly));
                }
                if (row[2].Length > 0 && kind is not ActorKind.Demonym)
                    aliases.Add(new ActorAlias(row[2], index, type, AliasCase.Capitalized, false, converted));
            }
        }
        return new ActorKnowledgeBase(entries, aliases);
    }

    internal static (string Text, AliasCase Case, bool NotAfterName) ParseAlias(string raw)
    {
        var @case = AliasCase.Capitalized;
        bool notAfter = false;
        int i = 0;
        for (; i < raw.Length; i++)
        {
            if (raw[i] == '=') @case = AliasCase.Exact;
            else if (raw[i] == '!') @case = AliasCase.Any;
            else if (raw[i] == '^') notAfter = true;
            else break;
        }
        return (raw[i..], @case, notAfter);
    }

    internal static EntityType TypeOf(ActorKind kind) => kind switch
    {
        ActorKind.Country => EntityType.GPE,
        ActorKind.Demonym => EntityType.NORP,
        ActorKind.Person => EntityType.PER,
        _ => EntityType.ORG,
    };

    private static ActorKind ParseKind(string s, string file) => s switch
    {
        "country" => ActorKind.Country,
        "demonym" => ActorKind.Demonym,
        "seat" => ActorKind.Seat,
        "igo" => ActorKind.Igo,
        "group" => ActorKind.Group,
        "org" => ActorKind.Org,
        "media" => ActorKind.Media,
        "person" => ActorKind.Person,
        _ => throw new FormatException($"{file}: unknown kind '{s}'."),
    };

    internal static DatedCode[] ParseCodes(string s, bool curated, string file)
    {
        var list = new List<DatedCode>();
        foreach (var part in s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int at = part.IndexOf('@');
            if (at < 0)
            {
                list.Add(new DatedCode(part, null, null));
                continue;
            }
            var range = part[(at + 1)..];
            int dots = range.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0) throw new FormatException($"{file}: bad range '{part}'.");
            DateOnly? from = ParseDate(range[..dots], file), to = ParseDate(range[(dots + 2)..], file);
            if (!curated && to is null && (from is null || from < PhoenixHorizon)) to = PhoenixHorizon;
            list.Add(new DatedCode(part[..at], from, to));
        }
        return [.. list];
    }

    private static DateOnly? ParseDate(string s, string file)
    {
        if (s.Length == 0) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new FormatException($"{file}: bad date '{s}'.");
    }
}

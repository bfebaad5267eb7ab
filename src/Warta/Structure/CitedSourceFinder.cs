using Warta.Documents;
using Warta.Pipeline;
using Warta.Resources;

namespace Warta.Structure;

/// <summary>
/// Finds the outlets an article says it took material from: "dikutip dari Sputnik", "seperti dilansir
/// Reuters", "demikian diwartakan Reuters", "kata … kepada Reuters", "according to AFP", "told Reuters",
/// "Yonhap reported", "dipetik daripada Bernama", and unnamed groups ("Russian news agencies reported").
/// A name counts only when it is a known news organisation (data/outlets.tsv) next to a cue of
/// lang/*/cited-source-cues.tsv. Offsets point at the name in the text; one entry per outlet.
/// </summary>
public sealed class CitedSourceFinder : IStage
{
    private const int MaxFillers = 4;
    private readonly OutletDirectory _outlets;
    private readonly string[][] _after;
    private readonly string[][] _before;
    private readonly HashSet<string> _fillers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _fillerLookup;
    private readonly string[][] _groups;
    private readonly HashSet<string> _groupFirst = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _groupFirstLookup;
    private readonly bool[] _groupInitial = new bool[128];

    public CitedSourceFinder() : this(OutletDirectory.Default, EmbeddedTsv.RowsForAllLanguages("cited-source-cues.tsv")) { }

    internal CitedSourceFinder(OutletDirectory outlets, IEnumerable<string[]> cueRows)
    {
        _outlets = outlets;
        var after = new List<string[]>();
        var before = new List<string[]>();
        var groups = new List<string[]>();
        _fillers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in cueRows)
        {
            if (r.Length < 2) continue;
            var words = r[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            switch (r[0])
            {
                case "after": after.Add(words); break;
                case "before": before.Add(words); break;
                case "filler": _fillers.Add(words[0]); break;
                case "group": groups.Add(words); break;
                default: throw new InvalidDataException($"cited-source-cues.tsv: unknown kind '{r[0]}'");
            }
        }
        // Longer cues first so "has reported" is tried before "reported".
        _after = [.. after.OrderByDescending(c => c.Length)];
        _before = [.. before.OrderByDescending(c => c.Length)];
        _groups = [.. groups.OrderByDescending(c => c.Length)];
        foreach (var g in _groups)
        {
            if (g[0] == "*") continue;
            _groupFirst.Add(g[0]);
            // ASCII initials that can open a group word case-insensitively ('ſ' upper-cases to 'S', hence both ways).
            foreach (char c in (ReadOnlySpan<char>)[char.ToLowerInvariant(g[0][0]), char.ToLowerInvariant(char.ToUpperInvariant(g[0][0]))])
                if (c < 128) _groupInitial[c] = true;
        }
        _groupFirstLookup = _groupFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _fillerLookup = _fillers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name => "cited-sources";

    public Layers Requires => Layers.Text;

    public Layers Provides => Layers.CitedSources;

    public void Process(Document document)
    {
        var found = document.Metadata.CitedSources;
        found.Clear();
        string text = document.Text;
        Span<(int Start, int End)> prev = stackalloc (int, int)[MaxFillers + 4];
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) continue;
            if (char.IsUpper(text[i]) && _outlets.TryMatchAt(text, i, out var outlet, out int end))
            {
                if (CueBefore(text, i, prev) || CueAfter(text, end))
                    Add(found, outlet.Name, i, end);
                i = end - 1;
                continue;
            }
            if (TryGroup(text, i, out int nameEnd, out int matchEnd))
            {
                Add(found, text[i..nameEnd], i, nameEnd);
                i = matchEnd - 1;
            }
        }
    }

    private static void Add(List<CitedSource> found, string name, int start, int end)
    {
        foreach (var c in found)
            if (string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) return;
        found.Add(new CitedSource(name, start, end));
    }

    /// <summary>An 'after' cue ends the clause before the name, with at most a few filler words between.</summary>
    private bool CueBefore(string text, int nameStart, Span<(int Start, int End)> words)
    {
        // "dikutip harian Malaysia, Bernama": the outlet in apposition after a comma.
        int from = nameStart;
        while (from > 0 && text[from - 1] == ' ') from--;
        if (from > 0 && text[from - 1] == ',') from--;
        else from = nameStart;
        int count = PreviousWords(text, from, words);
        for (int skip = 0; skip <= Math.Min(MaxFillers, count); skip++)
        {
            if (skip > 0)
            {
                var (s, e) = words[skip - 1];
                // "kantor berita Rusia RIA Novosti", "Russian news agency TASS": the outlet's country among the fillers.
                if (!_fillerLookup.Contains(text.AsSpan(s, e - s)) && !IsCountryWord(text, s, e)) return false;
            }
            foreach (var cue in _after)
            {
                if (cue.Length > count - skip) continue;
                bool ok = true;
                for (int k = 0; k < cue.Length && ok; k++)
                {
                    var (s, e) = words[skip + cue.Length - 1 - k];
                    ok = text.AsSpan(s, e - s).Equals(cue[k], StringComparison.OrdinalIgnoreCase);
                }
                if (ok) return true;
            }
        }
        return false;
    }

    private static bool IsCountryWord(string text, int s, int e)
    {
        if (!char.IsUpper(text[s])) return false;
        var kb = Actors.ActorKnowledgeBase.Default;
        return kb.Lookup(text[s..e], DateOnly.MinValue) is { Code: { Length: 3 } code } && kb.IsCountryCode(code);
    }

    /// <summary>A 'before' cue follows the name directly ("Reuters reported").</summary>
    private bool CueAfter(string text, int nameEnd)
    {
        // "TV Asahi, mengutip sumber …": the outlet, then a comma, then the cue.
        if (nameEnd < text.Length && text[nameEnd] == ',') nameEnd++;
        foreach (var cue in _before)
        {
            int p = nameEnd;
            bool ok = true;
            foreach (var w in cue)
            {
                int s = p;
                while (s < text.Length && text[s] == ' ') s++;
                if (s == p) { ok = false; break; }
                int e = s;
                while (e < text.Length && char.IsLetter(text[e])) e++;
                if (!text.AsSpan(s, e - s).Equals(w, StringComparison.OrdinalIgnoreCase)) { ok = false; break; }
                p = e;
            }
            if (ok) return true;
        }
        return false;
    }

    /// <summary>Words before <paramref name="pos"/> in the same clause, nearest first.</summary>
    private static int PreviousWords(string text, int pos, Span<(int Start, int End)> words)
    {
        int n = 0;
        int p = pos;
        while (n < words.Length)
        {
            int e = p;
            // A line break inside the clause is a space ("seperti dikutip\nThe Straits Times."); punctuation still closes it.
            while (e > 0 && text[e - 1] is ' ' or '\n') e--;
            if (e == p && p != pos) break;
            int s = e;
            while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '-')) s--;
            if (s == e) break; // punctuation or line start closes the clause
            words[n++] = (s, e);
            p = s;
            if (s == 0) break;
        }
        return n;
    }

    /// <summary>"Russian news agencies reported": the name is the phrase without its closing verb.</summary>
    private bool TryGroup(string text, int start, out int nameEnd, out int matchEnd)
    {
        nameEnd = matchEnd = -1;
        // Called at every word start: reject in one probe unless the word can open some group pattern.
        int e0 = start;
        while (e0 < text.Length && (char.IsLetterOrDigit(text[e0]) || text[e0] == '-')) e0++;
        if (e0 == start) return false;
        var first = text.AsSpan(start, e0 - start);
        // Most lower-case words cannot open a group: an ASCII initial none opens with needs no hash lookup.
        if (!char.IsUpper(first[0])
            && ((first[0] < 128 && !_groupInitial[char.ToLowerInvariant(first[0])]) || !_groupFirstLookup.Contains(first))) return false;
        // The first word decides most patterns: test it once here rather than re-reading it per pattern.
        bool anyName = char.IsUpper(first[0]) && !_fillerLookup.Contains(first);
        foreach (var g in _groups)
        {
            if (g[0] == "*" ? !anyName : !first.Equals(g[0], StringComparison.OrdinalIgnoreCase)) continue;
            int p = start;
            int lastWordStart = -1, prevEnd = -1;
            bool ok = true;
            for (int k = 0; k < g.Length && ok; k++)
            {
                if (k > 0)
                {
                    if (p >= text.Length || text[p] != ' ') { ok = false; break; }
                    p++;
                }
                int e = p;
                while (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] == '-')) e++;
                if (e == p) { ok = false; break; }
                var word = text.AsSpan(p, e - p);
                ok = g[k] == "*" ? char.IsUpper(word[0]) && !_fillerLookup.Contains(word) : word.Equals(g[k], StringComparison.OrdinalIgnoreCase);
                lastWordStart = p;
                if (k < g.Length - 1) prevEnd = e;
                p = e;
            }
            if (ok && prevEnd > start && lastWordStart > start)
            {
                nameEnd = prevEnd;
                matchEnd = p;
                return true;
            }
        }
        return false;
    }
}

using Warta.Documents;

namespace Warta.Time;

/// <summary>
/// Multi-word phrases matched against the text at token starts, case-insensitively and without
/// allocating. Matching compares characters, not tokens, so it does not depend on how the tokenizer
/// splits "Jum'at", "Des." or "kedua-dua": a phrase matches when it starts at a token start and ends
/// at a token end (or at a token end right after a trailing period, for abbreviations like "Des.").
/// </summary>
internal sealed class PhraseTable<T>
{
    public readonly record struct Entry(string Phrase, T Value);

    /// <summary>A match at a token: the first token after it, the end offset and the entry's value.</summary>
    public readonly record struct Match(int Next, int End, T Value);

    // Key: the phrase's first run of letters/digits, lower case; entries longest first.
    private readonly Dictionary<string, Entry[]> _byFirst;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseTable(IEnumerable<Entry> entries)
    {
        var groups = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            string key = FirstRun(e.Phrase).ToString();
            if (key.Length == 0) throw new ArgumentException($"Phrase '{e.Phrase}' does not start with a letter or digit.");
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            if (!list.Contains(e)) list.Add(e);
        }
        _byFirst = new Dictionary<string, Entry[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, list) in groups)
            _byFirst[k] = [.. list.OrderByDescending(e => e.Phrase.Length)];
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Entries whose first word is the first letter/digit run of <paramref name="token"/>.</summary>
    public ReadOnlySpan<Entry> Candidates(string text, Token token)
    {
        var run = FirstRun(text.AsSpan(token.Start, token.Length));
        return run.Length > 0 && _lookup.TryGetValue(run, out var arr) ? arr : [];
    }

    /// <summary>Entries whose first word is <paramref name="word"/> (any case).</summary>
    public ReadOnlySpan<Entry> CandidatesFor(ReadOnlySpan<char> word) =>
        word.Length > 0 && _lookup.TryGetValue(word, out var arr) ? arr : [];

    /// <summary>
    /// Adds to <paramref name="into"/> a match for every entry that matches at token <paramref name="i"/>,
    /// longest first, never past token <paramref name="limit"/> (exclusive).
    /// </summary>
    public void MatchAt(string text, Token[] tokens, int i, int limit, List<Match> into)
    {
        foreach (var e in Candidates(text, tokens[i]))
        {
            int end = MatchChars(text, tokens[i].Start, e.Phrase);
            if (end < 0) continue;
            int next = TokenEndingAt(tokens, i, limit, end, text);
            if (next < 0) continue;
            into.Add(new Match(next, tokens[next - 1].End, e.Value));
        }
    }

    /// <summary>End offset of <paramref name="phrase"/> matched at <paramref name="pos"/>, or -1.</summary>
    internal static int MatchChars(string text, int pos, string phrase)
    {
        int n = text.Length;
        foreach (char c in phrase)
        {
            if (c == ' ')
            {
                if (pos >= n || !char.IsWhiteSpace(text[pos])) return -1;
                while (pos < n && char.IsWhiteSpace(text[pos])) pos++;
                continue;
            }
            if (pos >= n) return -1;
            char t = text[pos];
            bool same = c == '\'' ? t is '\'' or '\u2019' or '`' : char.ToLowerInvariant(t) == c;
            if (!same) return -1;
            pos++;
        }
        return pos;
    }

    /// <summary>
    /// One past the index of the token ending at <paramref name="end"/> (or at end + 1 when that char is a
    /// period glued to the token), or -1 when <paramref name="end"/> falls inside a token.
    /// </summary>
    internal static int TokenEndingAt(Token[] tokens, int from, int limit, int end, string text)
    {
        int j = from;
        while (j < limit && tokens[j].End < end) j++;
        if (j >= limit) return -1;
        if (tokens[j].End == end) return j + 1;
        if (tokens[j].End == end + 1 && text[end] == '.' && tokens[j].Start < end) return j + 1;
        return -1;
    }

    internal static ReadOnlySpan<char> FirstRun(ReadOnlySpan<char> s)
    {
        int k = 0;
        while (k < s.Length && char.IsLetterOrDigit(s[k])) k++;
        return s[..k];
    }
}

using Warta.Documents;

namespace Warta.Events;

/// <summary>
/// Case-insensitive multi-word phrase lookup over <see cref="WordIndex"/> positions, keyed by the first word
/// so that matching costs one span-keyed dictionary probe per word and allocates nothing.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Tail, T Value)>> _byFirst = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, List<(string[] Tail, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private bool _frozen;

    public void Add(string phrase, T value)
    {
        if (_frozen) throw new InvalidOperationException("Phrase table is frozen.");
        var words = WordIndex.SplitPhrase(phrase);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
        // Longest phrases first so TryMatch returns the longest match; file order among equals.
        int at = 0;
        while (at < list.Count && list[at].Tail.Length >= words.Length - 1) at++;
        list.Insert(at, (words[1..], value));
    }

    public PhraseTable<T> Freeze()
    {
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _frozen = true;
        return this;
    }

    public bool ContainsWord(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>Longest phrase starting at word <paramref name="i"/> and ending before word <paramref name="limit"/>.</summary>
    public bool TryMatch(WordIndex w, int i, int limit, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (i < 0 || i >= limit || !_lookup.TryGetValue(w.Span(i), out var list)) return false;
        foreach (var (rest, v) in list)
        {
            if (i + 1 + rest.Length > limit) continue;
            bool ok = true;
            for (int k = 0; k < rest.Length && ok; k++)
                ok = w.Span(i + 1 + k).Equals(rest[k], StringComparison.OrdinalIgnoreCase);
            if (!ok) continue;
            value = v;
            length = 1 + rest.Length;
            return true;
        }
        return false;
    }

    /// <summary>Every phrase starting at word <paramref name="i"/>, longest first (a struct enumerable: no allocation per call).</summary>
    public Matches MatchAll(WordIndex w, int i, int limit)
    {
        List<(string[] Tail, T Value)>? list = null;
        if (i >= 0 && i < limit && _lookup.TryGetValue(w.Span(i), out var found)) list = found;
        return new Matches(list, w, i, limit);
    }

    public readonly struct Matches(List<(string[] Tail, T Value)>? list, WordIndex w, int i, int limit)
    {
        public Enumerator GetEnumerator() => new(list, w, i, limit);
    }

    public struct Enumerator(List<(string[] Tail, T Value)>? list, WordIndex w, int i, int limit)
    {
        private int _next;

        public (T Value, int Length) Current { get; private set; }

        public bool MoveNext()
        {
            if (list is null) return false;
            while (_next < list.Count)
            {
                var (rest, v) = list[_next++];
                if (i + 1 + rest.Length > limit) continue;
                bool ok = true;
                for (int k = 0; k < rest.Length && ok; k++)
                    ok = w.Span(i + 1 + k).Equals(rest[k], StringComparison.OrdinalIgnoreCase);
                if (!ok) continue;
                Current = (v, 1 + rest.Length);
                return true;
            }
            return false;
        }
    }

    /// <summary>Longest phrase ending exactly at word <paramref name="end"/> - 1 and starting at or after <paramref name="floor"/>.</summary>
    public bool TryMatchEndingAt(WordIndex w, int end, int floor, out T value, out int start)
    {
        for (int len = 4; len >= 1; len--)
        {
            int s = end - len;
            if (s < floor || s < 0) continue;
            if (TryMatch(w, s, end, out value, out int l) && l == len) { start = s; return true; }
        }
        value = default!;
        start = -1;
        return false;
    }
}

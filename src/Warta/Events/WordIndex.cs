using Warta.Documents;

namespace Warta.Events;

/// <summary>
/// A flat word segmentation of the document used by the quote and event rules: letter/digit runs (with inner
/// hyphens and digit separators) and single punctuation marks, each with its sentence and covering mention.
/// Built once per document; rules then compare spans, never allocate strings.
/// </summary>
internal sealed class WordIndex
{
    private readonly string _text;
    public readonly int[] Start;
    public readonly int[] End;
    public readonly int[] Sentence;
    /// <summary>Index into <see cref="Document.Mentions"/> of the mention covering the word, else -1.</summary>
    public readonly int[] Mention;
    public readonly int Count;
    /// <summary>Word range of each sentence: [SentenceFirst[s], SentenceFirst[s + 1]).</summary>
    public readonly int[] SentenceFirst;

    private WordIndex(string text, int[] start, int[] end, int[] sentence, int[] mention, int[] sentenceFirst)
    {
        _text = text;
        Start = start;
        End = end;
        Count = start.Length;
        Sentence = sentence;
        Mention = mention;
        SentenceFirst = sentenceFirst;
    }

    public string Text => _text;

    public ReadOnlySpan<char> Span(int i) => _text.AsSpan(Start[i], End[i] - Start[i]);

    public bool Is(int i, string s) => i >= 0 && i < Count && Span(i).Equals(s, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int i) => i >= 0 && i < Count && End[i] - Start[i] == 1 && !char.IsLetterOrDigit(_text[Start[i]]);

    public bool IsPunct(int i, char c) => i >= 0 && i < Count && End[i] - Start[i] == 1 && _text[Start[i]] == c;

    public bool IsCapitalized(int i) => i >= 0 && i < Count && char.IsUpper(_text[Start[i]]);

    public bool IsLower(int i) => i >= 0 && i < Count && char.IsLower(_text[Start[i]]);

    public int SentenceStart(int s) => SentenceFirst[s];

    public int SentenceEnd(int s) => SentenceFirst[s + 1];

    public int SentenceCount => SentenceFirst.Length - 1;

    /// <summary>First word starting at or after character <paramref name="offset"/>.</summary>
    public int AtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Start[mid] < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Splits a lexicon phrase the same way the text is split (for matching).</summary>
    public static string[] SplitPhrase(string phrase)
    {
        var (s, e) = Segment(phrase);
        var words = new string[s.Count];
        for (int i = 0; i < words.Length; i++) words[i] = phrase[s[i]..e[i]];
        return words;
    }

    private static bool Joins(string t, int i)
    {
        // Inner hyphen ("Jong-un", "negara-negara"), inner slash or separator between digits ("15/3", "3,6").
        if (i + 1 >= t.Length || i == 0) return false;
        char c = t[i], prev = t[i - 1], next = t[i + 1];
        if (c == '-' || c == '\u2011') return char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next);
        if (c == '.' || c == ',' || c == '/' || c == ':') return char.IsDigit(prev) && char.IsDigit(next);
        return false;
    }

    private static (List<int>, List<int>) Segment(string t)
    {
        var starts = new List<int>(t.Length / 5);
        var ends = new List<int>(t.Length / 5);
        int i = 0;
        while (i < t.Length)
        {
            char c = t[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                int s = i;
                i++;
                while (i < t.Length && (char.IsLetterOrDigit(t[i]) || char.GetUnicodeCategory(t[i]) == System.Globalization.UnicodeCategory.NonSpacingMark || Joins(t, i))) i++;
                starts.Add(s);
                ends.Add(i);
                continue;
            }
            starts.Add(i);
            ends.Add(i + 1);
            i++;
        }
        return (starts, ends);
    }

    public static WordIndex Build(Document doc)
    {
        string t = doc.Text;
        var (starts, ends) = Segment(t);
        int n = starts.Count;
        var start = starts.ToArray();
        var end = ends.ToArray();
        var sentence = new int[n];
        var mention = new int[n];

        // Sentences: the document's own when present, else one per line.
        var spans = new List<(int Start, int End)>();
        if (doc.Sentences.Length > 0)
            foreach (var s in doc.Sentences) spans.Add((s.Start, s.End));
        else
        {
            int ls = 0;
            for (int k = 0; k <= t.Length; k++)
                if (k == t.Length || t[k] == '\n') { if (k > ls) spans.Add((ls, k)); ls = k + 1; }
        }
        var first = new int[spans.Count + 1];
        int w = 0;
        for (int s = 0; s < spans.Count; s++)
        {
            while (w < n && start[w] < spans[s].Start) sentence[w++] = Math.Max(0, s - 1);
            first[s] = w;
            while (w < n && start[w] < spans[s].End) sentence[w++] = s;
        }
        while (w < n) sentence[w++] = Math.Max(0, spans.Count - 1);
        first[spans.Count] = n;
        if (spans.Count == 0) first = [0, n];
        first[0] = 0;

        // Mentions: sorted by start, each word points at the mention covering its first character.
        Array.Fill(mention, -1);
        var order = Enumerable.Range(0, doc.Mentions.Count).OrderBy(k => doc.Mentions[k].Start).ThenByDescending(k => doc.Mentions[k].End).ToArray();
        int wi = 0;
        foreach (int k in order)
        {
            var m = doc.Mentions[k];
            while (wi > 0 && start[wi - 1] >= m.Start) wi--;
            while (wi < n && end[wi] <= m.Start) wi++;
            for (int j = wi; j < n && start[j] < m.End; j++)
                if (mention[j] < 0 && end[j] > m.Start) mention[j] = k;
        }
        return new WordIndex(t, start, end, sentence, mention, first);
    }
}

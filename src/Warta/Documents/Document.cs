namespace Warta.Documents;

/// <summary>
/// One article: immutable normalized text plus annotation layers that stages fill in order.
/// Every layer is offsets into <see cref="Text"/>; nothing downstream copies the text.
/// </summary>
public sealed class Document
{
    public Document(string text, ArticleMetadata metadata)
    {
        Text = text;
        Metadata = metadata;
    }

    public string Text { get; }

    public ArticleMetadata Metadata { get; }

    /// <summary>ISO 639-1 code; set by the input or by language identification.</summary>
    public string? Language { get; set; }

    /// <summary>Score margin of the language decision (0 when given by the input).</summary>
    public double LanguageConfidence { get; set; }

    /// <summary>Publication date as a date, parsed from <see cref="ArticleMetadata.Published"/>; anchors relative times.</summary>
    public DateOnly? PublishedDate { get; set; }

    public Token[] Tokens { get; set; } = [];

    public Sentence[] Sentences { get; set; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<TimeExpression> Times { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<Event> Events { get; } = [];

    /// <summary>Layers already provided, for run-time checks in stages that are used outside a pipeline.</summary>
    public Layers Provided { get; internal set; }

    public ReadOnlySpan<char> Slice(int start, int end) => Text.AsSpan(start, end - start);

    public string Substring(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Index of the sentence holding character offset <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

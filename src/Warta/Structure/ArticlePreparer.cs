using Warta.Documents;
using Warta.Input;

namespace Warta.Structure;

/// <summary>
/// Turns a raw article into a <see cref="Document"/>: main content from HTML, site clutter removed,
/// bylines, datelines and credits lifted into metadata (<see cref="NewsStructure"/>, on the raw lines),
/// then the body normalized (<see cref="TextNormalizer"/>). Metadata given by the input wins over what
/// is found in the text. Thread-safe.
/// </summary>
public sealed class ArticlePreparer
{
    private readonly NewsStructure _structure;

    public ArticlePreparer() : this(NewsStructure.Default) { }

    public ArticlePreparer(NewsStructure structure) => _structure = structure;

    public Document Prepare(RawArticle raw)
    {
        if (raw.Text is null && raw.Html is not null)
            raw = HtmlArticleExtractor.Merge(raw, HtmlArticleExtractor.Extract(raw.Html, raw.SourceName, raw.Url));

        var found = new StructureFindings();
        string body = _structure.Process(raw.Text ?? "", raw.Title, found, raw.Outlet, raw.Url);
        string text = TextNormalizer.Normalize(body);

        var meta = new ArticleMetadata
        {
            SourceName = raw.SourceName,
            Url = raw.Url,
            Title = Clean(raw.Title) ?? (found.Title is null ? null : TextNormalizer.Normalize(found.Title)),
            Outlet = raw.Outlet,
            Published = ChoosePublished(raw.Published, found.Published),
        };
        if (raw.Authors.Count > 0) meta.Authors.AddRange(raw.Authors);
        else meta.Authors.AddRange(found.Authors);
        if (found.Dateline is not null) meta.Dateline = new Dateline(found.Dateline);
        meta.Credits.AddRange(found.Credits);

        return new Document(text, meta)
        {
            Language = string.IsNullOrWhiteSpace(raw.Language) ? null : raw.Language.Trim().ToLowerInvariant(),
            PublishedDate = TimestampParser.DateOf(meta.Published),
        };
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextNormalizer.Normalize(s);

    /// <summary>
    /// The input's value wins; a bare input date is completed with the time printed in the page when both
    /// name the same day ("2024-06-19" + "19 Juni 2024 |06:23 WIB" → "2024-06-19T06:23+07:00").
    /// </summary>
    internal static string? ChoosePublished(string? given, Timestamp? found)
    {
        string? g = TimestampParser.NormalizeGiven(given);
        if (g is null) return found?.ToIso();
        if (g.Length == 10 && found is { Time: not null } f && TimestampParser.DateOf(g) == f.Date) return f.ToIso();
        return g;
    }
}

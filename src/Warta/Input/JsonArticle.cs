using System.Text.Json;

namespace Warta.Input;

/// <summary>
/// One article as a JSON object: {"url", "title", "published", "language", "outlet", "authors" | "author",
/// "text" | "html"}. Every field may be missing or null except that "text" or "html" must be a string.
/// </summary>
public static class JsonArticle
{
    internal static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = false, MaxDepth = 64 };

    public static InputItem ToItem(JsonElement e, string source)
    {
        if (e.ValueKind != JsonValueKind.Object)
            return InputItem.Fail(source, $"expected a JSON object, found {e.ValueKind.ToString().ToLowerInvariant()}");
        string? err = null;
        string? text = Str(e, "text", ref err);
        string? html = Str(e, "html", ref err);
        var article = new RawArticle
        {
            SourceName = source,
            Url = Str(e, "url", ref err),
            Title = Str(e, "title", ref err),
            Published = Str(e, "published", ref err) ?? Str(e, "date", ref err),
            Language = Str(e, "language", ref err) ?? Str(e, "lang", ref err),
            Outlet = Str(e, "outlet", ref err) ?? Str(e, "source", ref err),
            Authors = Authors(e, ref err),
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Html = string.IsNullOrWhiteSpace(html) ? null : html,
        };
        if (err is not null) return InputItem.Fail(source, err);
        if (article.Text is null && article.Html is null)
            return InputItem.Fail(source, "no \"text\" or \"html\" field with content");
        if (article.Text is null)
        {
            try
            {
                article = HtmlArticleExtractor.Merge(article, HtmlArticleExtractor.Extract(article.Html!, source, article.Url));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return InputItem.Fail(source, "cannot read \"html\": " + ex.Message);
            }
        }
        return InputItem.Ok(article);
    }

    private static string? Str(JsonElement e, string name, ref string? err)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        switch (v.ValueKind)
        {
            case JsonValueKind.String: return v.GetString();
            case JsonValueKind.Null: return null;
            default:
                err ??= $"field \"{name}\" must be a string, found {v.ValueKind.ToString().ToLowerInvariant()}";
                return null;
        }
    }

    private static List<string> Authors(JsonElement e, ref string? err)
    {
        var list = new List<string>();
        foreach (var name in (string[])["authors", "author"])
        {
            if (!e.TryGetProperty(name, out var v)) continue;
            if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())) list.Add(v.GetString()!.Trim());
            else if (v.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in v.EnumerateArray())
                {
                    if (a.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(a.GetString())) list.Add(a.GetString()!.Trim());
                    else if (a.ValueKind == JsonValueKind.Object && a.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) list.Add(n.GetString()!.Trim());
                }
            }
            else if (v.ValueKind is not JsonValueKind.Null)
                err ??= $"field \"{name}\" must be a string or a list of strings";
        }
        return list;
    }
}

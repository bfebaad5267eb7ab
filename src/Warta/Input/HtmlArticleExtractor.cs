using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Warta.Structure;

namespace Warta.Input;

/// <summary>
/// An HTML page → the article's main content as plain text (one paragraph per line) plus the metadata the
/// page declares: title, authors, publication time, canonical URL, site name and language from meta tags,
/// JSON-LD (schema.org NewsArticle) or &lt;time&gt;. SmartReader (Readability port) picks the main content;
/// when it finds none, the &lt;article&gt; element or the body is used.
/// </summary>
public static class HtmlArticleExtractor
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figcaption", "figure", "blockquote",
        "tr", "table", "section", "article", "header", "footer", "pre", "dd", "dt", "dl", "hr", "main", "aside", "caption",
    };

    private static readonly HashSet<string> SkipTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "form", "nav", "select", "option", "head",
    };

    public static RawArticle Extract(string html, string sourceName, string? url = null)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);

        string? title = Meta(doc, "og:title") ?? Meta(doc, "twitter:title");
        string? published = Meta(doc, "article:published_time") ?? Meta(doc, "og:published_time") ?? Meta(doc, "pubdate")
            ?? Meta(doc, "publishdate") ?? Meta(doc, "publish-date") ?? Meta(doc, "date") ?? Meta(doc, "dc.date")
            ?? Meta(doc, "dc.date.issued") ?? Meta(doc, "parsely-pub-date") ?? Meta(doc, "sailthru.date");
        if (published is null && doc.QuerySelector("[itemprop=datePublished]") is { } dp)
            published = dp.GetAttribute("content") ?? dp.GetAttribute("datetime");
        var authors = new List<string>();
        AddAuthor(authors, Meta(doc, "author"));
        AddAuthor(authors, Meta(doc, "article:author"));
        AddAuthor(authors, Meta(doc, "byl"));
        string? canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "og:url");
        string? site = Meta(doc, "og:site_name");
        string? lang = doc.DocumentElement?.GetAttribute("lang") ?? Meta(doc, "og:locale");

        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
            ReadJsonLd(script.TextContent, ref title, ref published, authors, ref site);

        published ??= doc.QuerySelector("article time[datetime]")?.GetAttribute("datetime")
            ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        title ??= doc.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } h1 ? h1 : null;
        title ??= doc.Title is { Length: > 0 } t ? t.Trim() : null;

        string text = MainContent(html, url ?? canonical) ?? "";
        if (LineText.WordCount(text) < 5)
        {
            var root = (IElement?)doc.QuerySelector("article") ?? doc.Body;
            text = root is null ? "" : ToText(root);
        }

        return new RawArticle
        {
            SourceName = sourceName,
            Url = url ?? canonical,
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            Published = TimestampParser.NormalizeGiven(published),
            Language = NormalizeLanguage(lang),
            Outlet = string.IsNullOrWhiteSpace(site) ? null : site.Trim(),
            Authors = authors,
            Text = text,
        };
    }

    /// <summary>Fields the container gave (<paramref name="given"/>) win over those found in the page.</summary>
    public static RawArticle Merge(RawArticle given, RawArticle fromHtml) => given with
    {
        Url = given.Url ?? fromHtml.Url,
        Title = given.Title ?? fromHtml.Title,
        Published = given.Published ?? fromHtml.Published,
        Language = given.Language ?? fromHtml.Language,
        Outlet = given.Outlet ?? fromHtml.Outlet,
        Authors = given.Authors.Count > 0 ? given.Authors : fromHtml.Authors,
        Text = fromHtml.Text,
        Html = null,
    };

    private static string? MainContent(string html, string? url)
    {
        try
        {
            string uri = Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https")
                ? u.AbsoluteUri : "https://localhost/article";
            var reader = new SmartReader.Reader(uri, html) { Debug = false, CharThreshold = 200 };
            var article = reader.GetArticle();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return null;
            var parser = new HtmlParser();
            using var frag = parser.ParseDocument("<html><body>" + article.Content + "</body></html>");
            return frag.Body is null ? null : ToText(frag.Body);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A page the Readability heuristics cannot handle falls back to the whole body.
            return null;
        }
    }

    /// <summary>Text of an element: block elements become line breaks, inline whitespace folds to one space.</summary>
    internal static string ToText(INode root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        var lines = sb.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                AppendFolded(sb, t.Data);
            }
            else if (child is IElement e)
            {
                if (SkipTags.Contains(e.LocalName)) continue;
                bool block = BlockTags.Contains(e.LocalName);
                if (block) sb.Append('\n');
                Walk(e, sb);
                if (block) sb.Append('\n');
            }
        }
    }

    private static void AppendFolded(StringBuilder sb, string s)
    {
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] is not (' ' or '\n')) sb.Append(' ');
            }
            else sb.Append(c);
        }
    }

    private static string? Meta(IHtmlDocument doc, string name)
    {
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            string? key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                string? content = m.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content)) return content.Trim();
            }
        }
        return null;
    }

    private static void AddAuthor(List<string> authors, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return;
        name = name.Trim();
        if (name.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return;
        if (name.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) name = name[3..].Trim();
        foreach (var part in name.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (!authors.Contains(part, StringComparer.OrdinalIgnoreCase)) authors.Add(part);
    }

    private static void ReadJsonLd(string json, ref string? title, ref string? published, List<string> authors, ref string? site)
    {
        try
        {
            using var d = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var stack = new Stack<JsonElement>();
            stack.Push(d.RootElement);
            int guard = 0;
            while (stack.Count > 0 && guard++ < 1000)
            {
                var e = stack.Pop();
                if (e.ValueKind == JsonValueKind.Array)
                {
                    for (int i = e.GetArrayLength() - 1; i >= 0; i--) stack.Push(e[i]);
                    continue;
                }
                if (e.ValueKind != JsonValueKind.Object) continue;
                if (e.TryGetProperty("@graph", out var graph)) stack.Push(graph);
                if (!IsArticleType(e)) continue;
                if (title is null && e.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String) title = h.GetString();
                if (published is null && e.TryGetProperty("datePublished", out var p) && p.ValueKind == JsonValueKind.String) published = p.GetString();
                if (e.TryGetProperty("author", out var a)) JsonLdNames(a, authors);
                if (site is null && e.TryGetProperty("publisher", out var pub) && pub.ValueKind == JsonValueKind.Object
                    && pub.TryGetProperty("name", out var pn) && pn.ValueKind == JsonValueKind.String) site = pn.GetString();
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the meta tags still count.
        }
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var t)) return false;
        static bool Is(string? s) => s is not null && s.EndsWith("Article", StringComparison.Ordinal) || s is "Report" or "BlogPosting" or "WebPage";
        if (t.ValueKind == JsonValueKind.String) return Is(t.GetString());
        if (t.ValueKind == JsonValueKind.Array) return t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && Is(x.GetString()));
        return false;
    }

    private static void JsonLdNames(JsonElement a, List<string> authors)
    {
        switch (a.ValueKind)
        {
            case JsonValueKind.String: AddAuthor(authors, a.GetString()); break;
            case JsonValueKind.Array: foreach (var x in a.EnumerateArray()) JsonLdNames(x, authors); break;
            case JsonValueKind.Object:
                if (a.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) AddAuthor(authors, n.GetString());
                break;
        }
    }

    private static string? NormalizeLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var l = lang.Trim();
        int cut = l.IndexOfAny(['-', '_']);
        if (cut > 0) l = l[..cut];
        return l.Length is 2 or 3 && l.All(char.IsAsciiLetter) ? l.ToLowerInvariant() : null;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Warta.Input;

/// <summary>
/// Walks files and folders and yields articles or errors in input order. Folders are walked recursively in
/// ordinal path order (hidden entries skipped), so a run is deterministic. Formats by extension, else by
/// sniffing: plain text (one article per file), HTML, JSON (one article object or an array of them), JSON
/// Lines (one article per line, read lazily). A bad input yields one error naming it; the others go on.
/// Limits: a single-article file (text, HTML, JSON) over <see cref="MaxFileBytes"/> (10 MiB) is refused
/// from its size alone, without reading it; in JSON Lines the same limit applies to each line, not the file.
/// </summary>
public static class InputReader
{
    /// <summary>Largest text, HTML or JSON file, and largest JSON Lines line: 10 MiB.</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    private static readonly string[] ArticleExtensions = [".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson"];

    public static IEnumerable<InputItem> Read(IEnumerable<string> paths) => Read(paths, MaxFileBytes);

    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, long maxFileBytes)
    {
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                yield return InputItem.Fail("(empty path)", "no file or folder named");
                continue;
            }
            if (Directory.Exists(path))
            {
                List<string>? files = null;
                string? error = null;
                try
                {
                    files = Walk(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    error = "cannot list folder: " + e.Message;
                }
                if (error is not null)
                {
                    yield return InputItem.Fail(path, error);
                    continue;
                }
                if (files!.Count == 0)
                {
                    yield return InputItem.Fail(path, "folder has no article files (.txt, .html, .htm, .json, .jsonl, .ndjson)");
                    continue;
                }
                foreach (var f in files)
                    foreach (var item in ReadFile(f, maxFileBytes)) yield return item;
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, maxFileBytes)) yield return item;
            }
            else
            {
                yield return InputItem.Fail(path, "no such file or folder");
            }
        }
    }

    private static List<string> Walk(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return [.. Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => Path.GetExtension(f) is { Length: 0 } || ArticleExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The articles (or errors) of one file.</summary>
    public static IEnumerable<InputItem> ReadFile(string path, long maxFileBytes = MaxFileBytes)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson") return JsonLinesReader.Read(path, maxFileBytes);
        return ReadWhole(path, ext, maxFileBytes);
    }

    private static IEnumerable<InputItem> ReadWhole(string path, string ext, long maxFileBytes)
    {
        string? text = LoadText(path, maxFileBytes, out string? error);
        if (text is null)
        {
            yield return InputItem.Fail(path, error!);
            yield break;
        }
        string head = text.TrimStart();
        bool html = ext is ".html" or ".htm" or ".xhtml" || (ext is not ".json" && head.StartsWith('<'));
        if (html)
        {
            yield return FromHtml(path, text);
        }
        else if (ext is ".json" || (ext is not (".txt" or ".text") && head.Length > 0 && head[0] is '{' or '['))
        {
            foreach (var item in JsonArticles(path, text, sniffed: ext is not ".json")) yield return item;
        }
        else
        {
            yield return InputItem.Ok(new RawArticle { SourceName = path, Text = text });
        }
    }

    private static InputItem FromHtml(string path, string html)
    {
        try
        {
            return InputItem.Ok(HtmlArticleExtractor.Extract(html, path));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return InputItem.Fail(path, "cannot read HTML: " + e.Message);
        }
    }

    /// <summary>A .json file: one article object, or an array of them ("path[i]" names each).</summary>
    private static IEnumerable<InputItem> JsonArticles(string path, string text, bool sniffed)
    {
        JsonDocument? doc = null;
        string? error = null;
        try
        {
            doc = JsonDocument.Parse(text, JsonArticle.ParseOptions);
        }
        catch (JsonException e)
        {
            error = "invalid JSON: " + e.Message;
        }
        if (doc is null)
        {
            // A sniffed file that is not one JSON value may be JSON Lines, else it is plain text.
            // A file that is not one JSON value may be JSON Lines (also when misnamed .json); a sniffed one that is
            // neither is plain text.
            var lines = JsonLinesReader.FromText(path, text).ToList();
            if (lines.Count > 1 && lines.Any(l => l.Article is not null)) { foreach (var l in lines) yield return l; }
            else if (sniffed) yield return InputItem.Ok(new RawArticle { SourceName = path, Text = text });
            else yield return InputItem.Fail(path, error!);
            yield break;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                int n = root.GetArrayLength();
                if (n == 0) yield return InputItem.Fail(path, "empty JSON array, no articles");
                for (int i = 0; i < n; i++)
                    yield return JsonArticle.ToItem(root[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]");
            }
            else yield return JsonArticle.ToItem(root, path);
        }
    }

    /// <summary>Reads a whole file as text with the size, emptiness and binary checks; null and a reason on failure.</summary>
    internal static string? LoadText(string path, long maxFileBytes, out string? error)
    {
        error = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = "no such file or folder";
                return null;
            }
            // Decided from the size alone, so a huge file is refused at once.
            if (info.Length > maxFileBytes)
            {
                error = $"file is {FormatSize(info.Length)}, over the {FormatSize(maxFileBytes)} limit for one article";
                return null;
            }
            if (info.Length == 0)
            {
                error = "empty file";
                return null;
            }
            byte[] bytes;
            using (var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                // Read at most limit+1 bytes: a file that grew after the size check is still refused.
                bytes = ReadUpTo(fs, maxFileBytes + 1);
            }
            if (bytes.Length > maxFileBytes)
            {
                error = $"file is over the {FormatSize(maxFileBytes)} limit for one article";
                return null;
            }
            string? text = TextDecoder.Decode(bytes, out error);
            if (text is null) return null;
            if (string.IsNullOrWhiteSpace(text))
            {
                error = "empty file (only whitespace)";
                return null;
            }
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = "cannot read: " + e.Message;
            return null;
        }
    }

    private static byte[] ReadUpTo(Stream s, long max)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while (ms.Length < max && (n = s.Read(buffer, 0, (int)Math.Min(buffer.Length, max - ms.Length))) > 0)
            ms.Write(buffer, 0, n);
        return ms.ToArray();
    }

    internal static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
}

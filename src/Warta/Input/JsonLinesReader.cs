using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Warta.Input;

/// <summary>
/// JSON Lines (.jsonl, .ndjson): one article object per line, streamed lazily so a large corpus is never held
/// in memory. A bad line yields an error named "path:line" and the other lines go on. Each line is decoded on
/// its own (strict UTF-8, else Windows-1252) unless the file starts with a UTF-16 byte order mark.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<InputItem> Read(string path, long maxLineBytes = InputReader.MaxFileBytes)
    {
        FileStream? fs = null;
        string? error = null;
        Encoding? bomEncoding = null;
        int bomLength = 0;
        try
        {
            fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            if (fs.Length == 0) error = "empty file";
            else
            {
                Span<byte> head = stackalloc byte[8192];
                int n = fs.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                bomEncoding = TextDecoder.FromBom(head[..n], out bomLength);
                if (bomEncoding is null && head[..n].Contains((byte)0)) error = "binary file (NUL bytes), not text";
                fs.Position = bomLength;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = "cannot read: " + e.Message;
        }
        if (error is not null)
        {
            fs?.Dispose();
            yield return InputItem.Fail(path, error);
            yield break;
        }

        using (fs)
        {
            var lines = bomEncoding is not null && bomEncoding is not UTF8Encoding
                ? CharLines(new StreamReader(fs!, bomEncoding, detectEncodingFromByteOrderMarks: false), maxLineBytes)
                : ByteLines(fs!, maxLineBytes);
            int articles = 0;
            bool any = false;
            foreach (var (lineNo, text, lineError) in lines)
            {
                string source = path + ":" + lineNo.ToString(CultureInfo.InvariantCulture);
                if (lineError is not null)
                {
                    any = true;
                    yield return InputItem.Fail(lineNo == 0 ? path : source, lineError);
                    continue;
                }
                if (string.IsNullOrWhiteSpace(text)) continue;
                any = true;
                var item = ParseLine(text!, source);
                if (item.Article is not null) articles++;
                yield return item;
            }
            if (!any) yield return InputItem.Fail(path, "empty file (no JSON lines)");
        }
    }

    /// <summary>JSON Lines already in memory (a sniffed file without a .jsonl extension).</summary>
    internal static IEnumerable<InputItem> FromText(string path, string text)
    {
        int lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var t = line.TrimStart();
            if (t.Length == 0 || t[0] != '{') yield break;
            yield return ParseLine(line, path + ":" + lineNo.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static InputItem ParseLine(string line, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(line, JsonArticle.ParseOptions);
            return JsonArticle.ToItem(doc.RootElement, source);
        }
        catch (JsonException e)
        {
            return InputItem.Fail(source, "invalid JSON: " + e.Message);
        }
    }

    private static IEnumerable<(int Line, string? Text, string? Error)> ByteLines(Stream s, long maxLineBytes)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        bool tooLong = false;
        int lineNo = 0;
        while (true)
        {
            int n;
            string? readError = null;
            try
            {
                n = s.Read(buffer, 0, buffer.Length);
            }
            catch (IOException e)
            {
                n = 0;
                readError = "cannot read: " + e.Message;
            }
            if (readError is not null)
            {
                yield return (lineNo + 1, null, readError);
                yield break;
            }
            if (n == 0) break;
            int start = 0;
            for (int i = 0; i < n; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                Append(line, buffer, start, i - start, maxLineBytes, ref tooLong);
                lineNo++;
                yield return Finish(line, lineNo, ref tooLong, maxLineBytes);
                start = i + 1;
            }
            Append(line, buffer, start, n - start, maxLineBytes, ref tooLong);
        }
        if (line.Length > 0 || tooLong)
        {
            lineNo++;
            yield return Finish(line, lineNo, ref tooLong, maxLineBytes);
        }
    }

    private static void Append(MemoryStream line, byte[] buffer, int start, int count, long max, ref bool tooLong)
    {
        if (tooLong || count == 0) return;
        if (line.Length + count > max)
        {
            tooLong = true;
            line.SetLength(0);
            return;
        }
        line.Write(buffer, start, count);
    }

    private static (int, string?, string?) Finish(MemoryStream line, int lineNo, ref bool tooLong, long max)
    {
        (int, string?, string?) result;
        if (tooLong) result = (lineNo, null, $"line is over the {InputReader.FormatSize(max)} limit");
        else
        {
            var span = line.GetBuffer().AsSpan(0, (int)line.Length);
            if (span.Length > 0 && span[^1] == (byte)'\r') span = span[..^1];
            result = span.Contains((byte)0)
                ? (lineNo, null, "binary content (NUL bytes) in line")
                : (lineNo, TextDecoder.DecodeNoBom(span), null);
        }
        line.SetLength(0);
        tooLong = false;
        return result;
    }

    private static IEnumerable<(int Line, string? Text, string? Error)> CharLines(StreamReader reader, long maxLineBytes)
    {
        int lineNo = 0;
        while (true)
        {
            string? line;
            string? error = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (IOException e)
            {
                line = null;
                error = "cannot read: " + e.Message;
            }
            if (error is not null)
            {
                yield return (lineNo + 1, null, error);
                yield break;
            }
            if (line is null) yield break;
            lineNo++;
            if (line.Length * 2L > maxLineBytes) yield return (lineNo, null, $"line is over the {InputReader.FormatSize(maxLineBytes)} limit");
            else yield return (lineNo, line, null);
        }
    }
}

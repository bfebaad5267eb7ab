using System.Buffers;
using System.CommandLine;
using System.Text.Json;
using Warta.Input;
using Warta.Output;

namespace Warta.Cli.Commands;

/// <summary>`warta extract`: one article record per input article, in input order.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders: plain text, HTML, JSON (one article or an array) or JSON Lines (one article per line). " +
                          $"A text, HTML or JSON file over {InputReader.MaxFileBytes / (1024 * 1024)} MB (a JSON Lines line over that) is refused.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Write records to this file instead of standard output." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (one record per line), json (an array) or pretty (indented, one record after another).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "pretty");
        var cmd = new Command("extract", "Extract article records (spec/article-json.md) from news articles.\nExit codes: 0 all inputs extracted; 1 some inputs failed (one line each on stderr); 2 bad usage; 3 fatal.")
        {
            inputs, output, format,
        };
        cmd.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output), parse.GetValue(format)!));
        return cmd;
    }

    internal static int Run(string[] inputs, string? outPath, string format) =>
        Run(inputs, outPath, format, Console.Error, WartaEngine.CreateDefault, InputReader.MaxFileBytes);

    /// <summary>
    /// Extracts every input; a failing input or article is one line on <paramref name="errors"/> and the
    /// others go on. Returns 0 when all succeeded, 1 when some failed, 3 when the engine or output failed.
    /// </summary>
    internal static int Run(string[] inputs, string? outPath, string format, TextWriter errors, Func<WartaEngine> engineFactory, long maxFileBytes)
    {
        WartaEngine engine;
        try
        {
            engine = engineFactory();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.WriteLine($"warta: cannot start the engine: {OneLine(e.Message)}");
            return ExitCodes.Fatal;
        }

        Stream stream;
        try
        {
            stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"warta: {outPath}: cannot write: {OneLine(e.Message)}");
            return ExitCodes.Fatal;
        }

        int failed = 0;
        var options = new JsonWriterOptions
        {
            Indented = format == "pretty",
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (stream)
        {
            bool first = true;
            if (format == "json") stream.Write("["u8);
            foreach (var input in inputs)
            {
                // Each input has its own reader, so an unexpected failure in one cannot end the others.
                using var items = InputReader.Read([input], maxFileBytes).GetEnumerator();
                while (true)
                {
                    InputItem item;
                    try
                    {
                        if (!items.MoveNext()) break;
                        item = items.Current;
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        errors.WriteLine($"warta: {OneLine(input)}: reading failed: {e.GetType().Name}: {OneLine(e.Message)}");
                        failed++;
                        break;
                    }
                    if (item.Error is { } err)
                    {
                        errors.WriteLine($"warta: {err}");
                        failed++;
                        continue;
                    }
                    buffer.ResetWrittenCount();
                    try
                    {
                        var doc = engine.Process(item.Article!);
                        using var w = new Utf8JsonWriter(buffer, options);
                        ArticleRecordWriter.Write(w, doc);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // One bad article must not lose the others; name it and go on.
                        errors.WriteLine($"warta: {OneLine(item.Article!.SourceName)}: processing failed: {e.GetType().Name}: {OneLine(e.Message)}");
                        failed++;
                        continue;
                    }
                    if (format == "json") stream.Write(first ? "\n"u8 : ",\n"u8);
                    stream.Write(buffer.WrittenSpan);
                    if (format != "json") stream.Write("\n"u8);
                    first = false;
                }
            }
            if (format == "json") stream.Write(first ? "]\n"u8 : "\n]\n"u8);
        }
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static string OneLine(string s) => s.Replace('\r', ' ').Replace('\n', ' ');
}

using System.CommandLine;
using System.Text;
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
            Description = "Files or folders: plain text, HTML, JSON (one article) or JSON Lines (one article per line).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Write records to this file instead of standard output." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (one record per line), json (an array) or pretty (indented, one record after another).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "pretty");
        var cmd = new Command("extract", "Extract article records (spec/article-json.md) from news articles.\nExit codes: 0 all inputs extracted; 1 some inputs failed; 2 bad usage; 3 fatal.")
        {
            inputs, output, format,
        };
        cmd.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output), parse.GetValue(format)!));
        return cmd;
    }

    internal static int Run(string[] inputs, string? outPath, string format)
    {
        var engine = WartaEngine.CreateDefault();
        Stream stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
        int failed = 0;
        using (stream)
        {
            var options = new JsonWriterOptions
            {
                Indented = format == "pretty",
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            };
            bool first = true;
            if (format == "json") stream.Write("["u8);
            foreach (var item in InputReader.Read(inputs))
            {
                if (item.Error is { } err)
                {
                    Console.Error.WriteLine($"warta: {err}");
                    failed++;
                    continue;
                }
                Documents.Document doc;
                try
                {
                    doc = engine.Process(item.Article!);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // One bad article must not lose the others; name it and go on.
                    Console.Error.WriteLine($"warta: {item.Article!.SourceName}: processing failed: {e.GetType().Name}: {e.Message}");
                    failed++;
                    continue;
                }
                if (format == "json" && !first) stream.Write(","u8);
                if (format == "json") stream.Write("\n"u8);
                using (var w = new Utf8JsonWriter(stream, options)) ArticleRecordWriter.Write(w, doc);
                if (format != "json") stream.Write("\n"u8);
                first = false;
            }
            if (format == "json") stream.Write("\n]\n"u8);
        }
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}

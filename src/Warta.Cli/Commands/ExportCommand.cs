using System.CommandLine;
using System.Text;
using Warta.Corpus.Export;

namespace Warta.Cli.Commands;

/// <summary>`warta export`: the corpus's events as GDELT 2.0 tables, PLOVER JSON Lines, CSV or Parquet.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = QueryCommands.DbOption();
        var format = new Option<string>("--format", "-f")
        {
            Description = "gdelt-events (GDELT 2.0 Events, 61 tab-separated columns, one row per real-world event), gdelt-mentions (16 columns, one row " +
                          "per article's coding), plover-jsonl, csv or parquet (one row per event record).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("gdelt-events", "gdelt-mentions", "plover-jsonl", "csv", "parquet");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output (required for parquet)." };
        var header = new Option<bool>("--header") { Description = "gdelt-*: add a header line (GDELT's own files have none)." };
        var cmd = new Command("export", "Export the corpus's events.\nExit codes: 0 written; 2 bad usage; 3 fatal.") { db, format, output, header };
        cmd.SetAction(p => QueryCommands.Guarded(() => Run(p.GetValue(db)!, p.GetValue(format)!, p.GetValue(output), p.GetValue(header))));
        return cmd;
    }

    internal static int Run(string db, string format, string? outPath, bool header)
    {
        if (format == "parquet" && outPath is null)
        {
            Console.Error.WriteLine("warta: --format parquet needs --out FILE");
            return ExitCodes.Usage;
        }
        using var store = QueryCommands.Open(db);
        if (store is null) return ExitCodes.Usage;
        Stream stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
        int n;
        using (stream)
        {
            if (format == "parquet") n = TableExporter.WriteParquetAsync(store.AllEvents(), stream).GetAwaiter().GetResult();
            else if (format == "plover-jsonl") n = PloverExporter.Write(store.AllEvents(), stream);
            else
            {
                using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                n = format switch
                {
                    "gdelt-events" => GdeltExporter.WriteEvents(store.AllEvents(), w, header),
                    "gdelt-mentions" => GdeltExporter.WriteMentions(store.AllEvents(), w, header),
                    _ => TableExporter.WriteCsv(store.AllEvents(), w),
                };
            }
        }
        if (outPath is not null) Console.Error.WriteLine($"export: {n} rows → {outPath}");
        return ExitCodes.Ok;
    }
}

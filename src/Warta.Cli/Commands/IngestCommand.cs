using System.CommandLine;
using System.Globalization;
using Warta.Corpus;
using Warta.Input;

namespace Warta.Cli.Commands;

/// <summary>`warta ingest`: runs the engine over inputs and stores the records in the corpus.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders: plain text, HTML, JSON (one article) or JSON Lines (one article per line).",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = QueryCommands.DbOption();
        var batch = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => 200 };
        var threads = new Option<int>("--threads") { Description = "Articles annotated at once (default: every core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cmd = new Command("ingest",
            "Extract and store articles in the corpus database. Idempotent: articles (and inputs) already stored are skipped,\n" +
            "so re-running after an interruption completes the rest. One transaction per batch.\n" +
            "Exit codes: 0 all inputs stored; 1 some inputs failed (each named on stderr); 2 bad usage; 3 fatal.")
        {
            inputs, db, batch, threads,
        };
        cmd.SetAction(p =>
        {
            int b = p.GetValue(batch), t = p.GetValue(threads);
            if (b < 1 || t < 1)
            {
                Console.Error.WriteLine("warta: --batch-size and --threads must be at least 1");
                return ExitCodes.Usage;
            }
            return Run(p.GetValue(inputs)!, p.GetValue(db)!, b, t, Console.Error);
        });
        return cmd;
    }

    internal static int Run(string[] inputs, string db, int batchSize, int threads, TextWriter log, CancellationToken cancel = default)
    {
        var engine = WartaEngine.CreateDefault();
        SqliteCorpusStore store;
        try
        {
            store = new SqliteCorpusStore(db);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            log.WriteLine($"warta: {db}: {e.Message}");
            return ExitCodes.Fatal;
        }
        using var _ = store;
        int failed = 0;
        // On a terminal the progress line rewrites itself; piped into a log it is one plain line per batch.
        bool live = ReferenceEquals(log, Console.Error) && !Console.IsErrorRedirected;
        var ingestor = new CorpusIngestor(store, engine.Process)
        {
            BatchSize = batchSize,
            Parallelism = threads,
            Error = e =>
            {
                Interlocked.Increment(ref failed);
                lock (log) log.WriteLine((live ? "\r\u001b[K" : "") + $"warta: {e}");
            },
            Progress = pr =>
            {
                string line = string.Create(CultureInfo.InvariantCulture,
                    $"ingest: {pr.Seen} read, {pr.Added} added, {pr.AlreadyPresent} already stored, {pr.Duplicates} near-duplicates, {pr.Failed} failed, {pr.ArticlesPerSecond:0.0} articles/s");
                lock (log)
                {
                    if (live) log.Write("\r\u001b[K" + line);
                    else log.WriteLine(line);
                }
            },
        };
        IngestProgress result;
        try
        {
            result = ingestor.Run(InputReader.Read(inputs), cancel);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            // The store itself failed (disk full, locked, not a database): what was committed stays; a re-run continues.
            lock (log) log.WriteLine((live ? "\n" : "") + $"warta: {db}: {e.Message}");
            return ExitCodes.Fatal;
        }
        lock (log)
        {
            if (live) log.WriteLine();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest: done in {result.Seconds:0.0} s: {result.Added} added, {result.AlreadyPresent} already stored, {result.Duplicates} near-duplicates, {result.Failed} failed ({result.ArticlesPerSecond:0.0} articles/s) → {db}"));
        }
        return result.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}

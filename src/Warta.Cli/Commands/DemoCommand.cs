using System.CommandLine;
using System.Globalization;
using Warta.Corpus;

namespace Warta.Cli.Commands;

/// <summary>`warta demo`: ingests the sample articles shipped in samples/ and shows what the corpus can answer.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var db = QueryCommands.DbOption();
        var samples = new Option<string?>("--samples") { Description = "Folder of sample articles (default: the repository's samples/)." };
        var cmd = new Command("demo", "Ingest the sample articles into the corpus, then print the top events with their evidence, the busiest dyads and quotes by speaker.")
        {
            db, samples,
        };
        cmd.SetAction(p => Run(p.GetValue(db)!, p.GetValue(samples)));
        return cmd;
    }

    /// <summary>samples/ beside the repository root: found from the working folder or from where the CLI was built.</summary>
    internal static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) return candidate;
            }
        }
        return null;
    }

    internal static int Run(string db, string? samples)
    {
        samples ??= FindSamples();
        if (samples is null || !Directory.Exists(samples))
        {
            Console.Error.WriteLine("warta: no samples folder found; name one with --samples");
            return ExitCodes.Usage;
        }
        int rc = IngestCommand.Run([samples], db, 200, Environment.ProcessorCount, Console.Error);
        using var store = new SqliteCorpusStore(db);
        var s = store.Stats();
        var o = Console.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\n{s.Articles} articles ({s.Duplicates} near-duplicates), {s.Events} distinct events from {s.EventMentions} event records, {s.Quotes} quotes.\n"));

        o.WriteLine("Top events (most articles first), with evidence:");
        var top = store.Events(new EventQuery { Limit = 1000 })
            .OrderByDescending(r => r.NumArticles).ThenByDescending(r => Math.Abs(r.Event.Goldstein)).Take(10).ToList();
        o.Write(QueryCommands.Table(["date", "source", "target", "cameo", "goldstein", "articles", "sources", "evidence"],
            top.Select(r => new string?[]
            {
                r.Event.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), QueryCommands.Actors(r.Event.Source), QueryCommands.Actors(r.Event.Target),
                r.Event.Cameo, r.Event.Goldstein.ToString("0.0", CultureInfo.InvariantCulture), r.NumArticles.ToString(CultureInfo.InvariantCulture),
                r.NumSources.ToString(CultureInfo.InvariantCulture), r.Event.Evidence,
            }).ToList()));

        o.WriteLine("\nBusiest dyads (distinct events, source → target):");
        o.Write(QueryCommands.Table(["source", "target", "events", "goldstein_sum"],
            store.TopDyads(10).Select(d => new string?[]
            {
                d.SourceKey, d.TargetKey, d.Events.ToString(CultureInfo.InvariantCulture), d.GoldsteinSum.ToString("0.0", CultureInfo.InvariantCulture),
            }).ToList()));

        o.WriteLine("\nQuotes by speaker:");
        o.Write(QueryCommands.Table(["speaker", "published", "cue", "quote"],
            store.Quotes(null, 30).Select(q => new string?[] { q.Speaker, q.Published, q.Cue, q.Text }).ToList()));
        o.WriteLine($"\nCorpus: {db}. Try: warta events --source RUS --target PRK; warta dyad RUS PRK --by week; warta search senjata; warta export --format gdelt-events");
        return rc;
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Warta.Cli.Commands;
using Warta.Corpus;
using Warta.Input;

namespace Warta.Tests.Corpus;

public sealed class IngestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static readonly string[] Words =
        ["pemerintah", "menteri", "kapal", "perjanjian", "pasukan", "pelabuhan", "sanksi", "duta", "besar", "rapat", "wilayah", "laut",
         "bantuan", "ekspor", "harga", "banjir", "pemilu", "partai", "tentara", "polisi", "warga", "sekolah", "jalan", "pasar"];

    /// <summary>Distinct made-up articles: each a different random word sequence, so none is a near-duplicate of another.</summary>
    private string MakeFolder(int n, int words = 60)
    {
        string folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(folder);
        var rng = new Random(7);
        for (int i = 0; i < n; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[rng.Next(Words.Length)]));
            File.WriteAllText(Path.Combine(folder, $"{i:D5}.txt"), $"Berita nomor {i}. {text}.\n");
        }
        return folder;
    }

    private static long Count(string db, string table = "articles")
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Ingesting_a_folder_twice_stores_each_article_once_and_skips_known_inputs_before_the_pipeline()
    {
        string folder = MakeFolder(25);
        string db = Path.Combine(_dir, "c.db");
        var engine = WartaEngine.CreateDefault();
        int processed = 0;
        Warta.Documents.Document Process(RawArticle r) { Interlocked.Increment(ref processed); return engine.Process(r); }
        IngestProgress first, second;
        using (var store = new SqliteCorpusStore(db)) first = new CorpusIngestor(store, Process) { BatchSize = 4 }.Run(InputReader.Read([folder]));
        var counts = new SqliteCorpusStore(db).Use(s => s.TableCounts());
        using (var store = new SqliteCorpusStore(db)) second = new CorpusIngestor(store, Process) { BatchSize = 4 }.Run(InputReader.Read([folder, folder]));
        Assert.Equal((25, 25, 0), (first.Seen, first.Added, first.Failed));
        Assert.Equal((50, 0, 50), (second.Seen, second.Added, second.AlreadyPresent));
        Assert.Equal(25, processed);
        Assert.Equal(counts, new SqliteCorpusStore(db).Use(s => s.TableCounts()));
    }

    [Fact]
    public void An_ingest_aborted_after_two_batches_keeps_them_and_a_rerun_completes_the_rest()
    {
        string folder = MakeFolder(30);
        string db = Path.Combine(_dir, "c.db");
        var engine = WartaEngine.CreateDefault();
        using var cts = new CancellationTokenSource();
        using (var store = new SqliteCorpusStore(db))
        {
            var ing = new CorpusIngestor(store, engine.Process)
            {
                BatchSize = 5,
                Progress = p => { if (p.Added >= 10) cts.Cancel(); },
            };
            Assert.ThrowsAny<OperationCanceledException>(() => ing.Run(InputReader.Read([folder]), cts.Token));
        }
        Assert.Equal(10, Count(db));
        using (var store = new SqliteCorpusStore(db))
        {
            var rest = new CorpusIngestor(store, engine.Process) { BatchSize = 5 }.Run(InputReader.Read([folder]));
            Assert.Equal((20, 10), (rest.Added, rest.AlreadyPresent));
        }
        Assert.Equal(30, Count(db));
        Assert.Equal(30, Count(db, "inputs"));
    }

    [Fact]
    public void A_cli_ingest_killed_mid_way_loses_no_committed_batch_and_a_rerun_stores_every_article_once()
    {
        string folder = MakeFolder(800, words: 300);
        string db = Path.Combine(_dir, "k.db");
        string cli = Path.Combine(AppContext.BaseDirectory, "Warta.Cli.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { cli, "ingest", folder, "--db", db, "--batch-size", "25" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        // Wait for the first committed batches, then SIGKILL: no chance to clean up.
        var clock = Stopwatch.StartNew();
        long seen = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !p.HasExited)
        {
            if (File.Exists(db))
            {
                try { seen = Count(db); } catch (SqliteException) { }
                if (seen >= 50) break;
            }
            Thread.Sleep(20);
        }
        bool killedMidway = !p.HasExited;
        p.Kill(entireProcessTree: true);
        p.WaitForExit();
        long afterKill = Count(db);
        Assert.True(afterKill >= 50, $"only {afterKill} articles committed before the kill");
        Assert.True(afterKill % 25 == 0, $"{afterKill} is not a whole number of batches");

        int rc = IngestCommand.Run([folder], db, 200, 2, TextWriter.Null);
        Assert.Equal(0, rc);
        Assert.Equal(800, Count(db));
        Assert.Equal(800, Count(db, "inputs"));
        Assert.True(killedMidway && afterKill < 800, $"the ingest ended before the kill ({afterKill} stored)");
    }
}

internal static class StoreExtensions
{
    public static T Use<T>(this SqliteCorpusStore s, Func<SqliteCorpusStore, T> f)
    {
        using (s) return f(s);
    }
}

using Microsoft.Data.Sqlite;
using Warta.Cli.Commands;
using Warta.Corpus;

namespace Warta.Tests.Corpus;

/// <summary>Finds /work/shared (beside the repository root) or WARTA_SHARED; a missing folder fails the test.</summary>
internal static class SharedFolder
{
    public static string Path => SharedData.Root;
}

/// <summary>
/// Acceptance checks on the real articles in /work/shared: ingest, idempotency, crash recovery (these need
/// only the store), and event clustering (these need the event stages: the second class below).
/// </summary>
public sealed class CorpusAcceptanceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-accept-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    internal static string[] Inputs()
    {
        string shared = SharedFolder.Path;
        return [System.IO.Path.Combine(shared, "acceptance", "seed", "000_35e225720d3e7703.txt"), System.IO.Path.Combine(shared, "articles")];
    }

    [Fact]
    public void Ingesting_the_seed_and_the_articles_twice_gives_identical_row_counts()
    {
        string db = System.IO.Path.Combine(_dir, "a.db");
        Assert.Equal(0, IngestCommand.Run(Inputs(), db, 200, 2, TextWriter.Null));
        IReadOnlyDictionary<string, long> first;
        using (var s = new SqliteCorpusStore(db)) first = s.TableCounts();
        Assert.Equal(0, IngestCommand.Run(Inputs(), db, 200, 2, TextWriter.Null));
        using (var s = new SqliteCorpusStore(db)) Assert.Equal(first, s.TableCounts());
        Assert.Equal(9, first["articles"]);
        Assert.True(first["sentences"] > 9 * 3, $"only {first["sentences"]} sentences stored");
    }

    [Fact]
    public void An_ingest_aborted_after_two_batches_is_completed_by_a_rerun_with_every_article_once()
    {
        string db = System.IO.Path.Combine(_dir, "b.db");
        using var cts = new CancellationTokenSource();
        var engine = WartaEngine.CreateDefault();
        using (var store = new SqliteCorpusStore(db))
        {
            var ing = new CorpusIngestor(store, engine.Process) { BatchSize = 2, Progress = p => { if (p.Added >= 4) cts.Cancel(); } };
            Assert.ThrowsAny<OperationCanceledException>(() => ing.Run(Warta.Input.InputReader.Read(Inputs()), cts.Token));
            Assert.Equal(4, store.TableCounts()["articles"]);
        }
        Assert.Equal(0, IngestCommand.Run(Inputs(), db, 2, 2, TextWriter.Null));
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*), count(DISTINCT id), count(DISTINCT input) FROM articles";
        using var r = cmd.ExecuteReader();
        r.Read();
        Assert.Equal((9L, 9L, 9L), (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)));
    }

    [Fact]
    public void Full_text_search_finds_the_seed_by_an_indonesian_word()
    {
        string db = System.IO.Path.Combine(_dir, "c.db");
        IngestCommand.Run(Inputs(), db, 200, 2, TextWriter.Null);
        using var s = new SqliteCorpusStore(db);
        var hits = s.Search("senjata", 20);
        Assert.Contains(hits, h => s.Article(h.ArticleId)!.Input!.EndsWith("000_35e225720d3e7703.txt", StringComparison.Ordinal));
    }
}

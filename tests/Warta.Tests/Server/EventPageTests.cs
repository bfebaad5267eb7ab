using Warta.Corpus;

namespace Warta.Tests.Server;

/// <summary>
/// The paged one-per-cluster event listing (REST /v1/events) takes a fast path that ranks only the clusters of
/// the newest records; paging through it must give exactly what ranking every cluster gives.
/// </summary>
public sealed class EventPageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-eventpage-").FullName;

    private SqliteCorpusStore Corpus(int seed)
    {
        var store = new SqliteCorpusStore(Path.Combine(_dir, $"c{seed}.db"));
        var rng = new Random(seed);
        string[] keys = ["RUS", "PRK", "USA", "CHN"];
        var articles = new List<StoredArticle>();
        for (int i = 0; i < 60; i++)
        {
            string text = $"Article {i} of seed {seed}. Words {rng.Next()} here.";
            var events = new List<StoredEvent>();
            for (int k = 0; k < 3; k++)
            {
                string s = keys[rng.Next(keys.Length)], t = keys[(Array.IndexOf(keys, s) + 1 + rng.Next(3)) % keys.Length];
                int quad = 1 + rng.Next(4);
                events.Add(new StoredEvent
                {
                    Ordinal = k,
                    Source = [new StoredActor(s, s, s, null, null)],
                    Target = [new StoredActor(t, t, t, null, null)],
                    Cameo = quad switch { 1 => "042", 2 => "061", 3 => "111", _ => "190" },
                    Quad = quad,
                    // A few undated events: they sort last.
                    Date = rng.Next(10) == 0 ? null : new DateOnly(2024, 6, 1).AddDays(rng.Next(8)),
                    Sentence = 0,
                    EvidenceStart = 0,
                    EvidenceEnd = 5,
                    Evidence = text[..5],
                    Confidence = Math.Round(rng.NextDouble(), 2),
                });
            }
            articles.Add(new StoredArticle { Id = $"a{seed}x{i:D3}", Text = text, Language = i % 2 == 0 ? "id" : "en", Events = events });
        }
        store.AddBatch(articles);
        return store;
    }

    private static List<string> PageAll(SqliteCorpusStore store, EventFilter filter, int limit)
    {
        var ids = new List<string>();
        (int, long)? after = null;
        for (int guard = 0; guard < 1000; guard++)
        {
            var rows = store.EventPage(filter with { Limit = limit + 1, After = after });
            ids.AddRange(rows.Take(limit).Select(r => r.RecordId));
            if (rows.Count <= limit) return ids;
            var last = rows[limit - 1];
            after = (last.Event.Date?.DayNumber ?? -1, last.Pk);
        }
        throw new InvalidOperationException("paging did not end");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fast_path_pages_equal_ranking_every_cluster(int seed)
    {
        using var store = Corpus(seed);
        foreach (var filter in new[] { new EventFilter(), new EventFilter { Quad = 4 }, new EventFilter { Language = "en", Source = "RUS" } })
        {
            var expected = PageAll(store, filter with { Candidates = 0 }, 500);
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Count, expected.Distinct().Count());
            foreach (int limit in new[] { 1, 2, 5, 17 })
                foreach (int candidates in new[] { 1, 2, 3, 7, 40 })
                    Assert.Equal(expected, PageAll(store, filter with { Candidates = candidates }, limit));
            Assert.Equal(expected, PageAll(store, filter, 5));   // the default candidate count
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

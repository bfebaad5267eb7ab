using Warta.Corpus;
using Warta.Documents;
using static Warta.Tests.Corpus.CorpusFixtures;

namespace Warta.Tests.Corpus;

/// <summary>
/// What every <see cref="ICorpusStore"/> must do. A PostgreSQL store would subclass this with its own
/// <see cref="CreateStore"/> and pass the same tests.
/// </summary>
public abstract class CorpusStoreContract : IDisposable
{
    protected abstract ICorpusStore CreateStore();

    private ICorpusStore? _store;
    protected ICorpusStore Store => _store ??= CreateStore();

    public virtual void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Document WithQuote(Document d)
    {
        int start = d.Text.IndexOf(IdFiller, StringComparison.Ordinal);
        d.Quotes.Add(new Quote(start, start + IdFiller.Length, false, new Speaker("Vladimir Putin", Putin, 0, 5), "kata", ["Kantor Berita"]));
        return d;
    }

    private StoredArticle[] Sample() =>
        [Stored(WithQuote(TreatyId())), Stored(TreatyEn()), Stored(WaterCannon2023()), Stored(WaterCannon2024()), Stored(ClaimDenied())];

    [Fact]
    public void Adding_the_same_articles_twice_changes_no_row_count()
    {
        var first = Store.AddBatch(Sample());
        var counts = Store.TableCounts();
        var second = Store.AddBatch(Sample());
        Assert.Equal(5, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(5, second.AlreadyPresent);
        Assert.Equal(counts, Store.TableCounts());
        Assert.Equal(5, counts["articles"]);
    }

    [Fact]
    public void Inputs_are_known_after_their_batch_commits()
    {
        var a = Sample();
        Assert.Empty(Store.KnownInputs([a[0].InputHash!]));
        Store.AddBatch(a);
        Assert.Equal(a.Select(x => x.InputHash!).ToHashSet(), Store.KnownInputs(a.Select(x => x.InputHash!).Append("nope").ToList()));
    }

    [Fact]
    public void Events_filter_by_dyad_dates_and_cameo_and_keep_their_actors_and_evidence()
    {
        Store.AddBatch(Sample());
        var all = Store.Events(new EventQuery { SourceKey = "CHN", TargetKey = "PHL", OnePerCluster = false });
        Assert.Equal(2, all.Count);
        var y2023 = Store.Events(new EventQuery { SourceKey = "CHN", TargetKey = "PHL", From = new(2023, 1, 1), To = new(2023, 12, 31) });
        var e = Assert.Single(y2023);
        Assert.Equal("175", e.Event.Cameo);
        Assert.Equal(new DateOnly(2023, 8, 5), e.Event.Date);
        Assert.Equal("CHNMIL", Assert.Single(e.Event.Source).Code);
        Assert.Equal("CHN", e.Event.Source[0].Key);
        Assert.Equal("PHL", Assert.Single(e.Event.Target).Key);
        Assert.StartsWith("Chinese coast guard ships", e.Event.Evidence, StringComparison.Ordinal);
        Assert.Equal("https://news.example.com/cannon", e.Url);
        Assert.Empty(Store.Events(new EventQuery { SourceKey = "CHN", TargetKey = "PHL", Cameo = "05" }));
        Assert.Equal(2, Store.Events(new EventQuery { SourceKey = "CHN", Cameo = "17" }).Count);
        Assert.Equal(2, Store.Events(new EventQuery { TargetKey = "PHL" }).Count);
    }

    [Fact]
    public void The_same_signing_reported_in_two_languages_is_one_cluster_with_two_sources()
    {
        Store.AddBatch(Sample());
        var signing = Store.Events(new EventQuery { Cameo = "057", OnePerCluster = false });
        Assert.Equal(2, signing.Count);
        Assert.Equal(signing[0].Cluster, signing[1].Cluster);
        Assert.Equal(2, signing[0].NumArticles);
        Assert.Equal(2, signing[0].NumSources);
        Assert.Equal(2, signing[0].NumMentions);
        // Each member keeps its own evidence.
        Assert.Contains(signing, r => r.Event.Evidence.StartsWith("Putin dan Kim", StringComparison.Ordinal));
        Assert.Contains(signing, r => r.Event.Evidence.StartsWith("Russia and North Korea", StringComparison.Ordinal));
        Assert.Single(Store.Events(new EventQuery { Cameo = "057" }));
        // The visit on the same day is a different event (another root).
        var visit = Assert.Single(Store.Events(new EventQuery { Cameo = "042" }));
        Assert.NotEqual(signing[0].Cluster, visit.Cluster);
    }

    [Fact]
    public void An_undated_article_whose_events_match_a_dated_day_joins_that_days_clusters()
    {
        // In the same batch as the dated articles: clusters made earlier in a transaction count too.
        // No publication date, no dates in the text: two of its events match the 19 June clusters.
        var undated = Doc("https://wire.example.org/undated", "en", null, "Other Wire", EnFiller,
            new Ev([Putin], [Kim], "057", 1, 8.0, null, "Putin and Kim signed a partnership treaty."),
            new Ev([Kim], [Putin], "043", 1, 2.8, null, "Kim hosted Putin at the airport."));
        Store.AddBatch([.. Sample(), Stored(undated)]);
        var signing = Store.Events(new EventQuery { Cameo = "057", OnePerCluster = false });
        Assert.Equal(3, signing.Count);
        Assert.Single(signing.Select(r => r.Cluster).Distinct());
        Assert.Null(Assert.Single(signing, r => r.Url == "https://wire.example.org/undated").Event.Date);
        Assert.Single(Store.Events(new EventQuery { Cameo = "04" }));
    }

    [Fact]
    public void An_undated_article_with_one_matching_event_is_not_dated_by_it()
    {
        Store.AddBatch(Sample());
        var undated = Doc("https://wire.example.org/undated-one", "en", null, "Other Wire", EnFiller,
            new Ev([Russia], [NorthKorea], "057", 1, 8.0, null, "Russia and North Korea signed an agreement."));
        Store.AddBatch([Stored(undated)]);
        var signing = Store.Events(new EventQuery { Cameo = "057", OnePerCluster = false });
        Assert.Equal(2, signing.Select(r => r.Cluster).Distinct().Count());
    }

    [Fact]
    public void The_same_kind_of_incident_a_year_apart_is_two_clusters()
    {
        Store.AddBatch(Sample());
        var cannon = Store.Events(new EventQuery { SourceKey = "CHN", TargetKey = "PHL", OnePerCluster = false });
        Assert.Equal(2, cannon.Select(r => r.Cluster).Distinct().Count());
        Assert.All(cannon, r => Assert.Equal(1, r.NumArticles));
    }

    [Fact]
    public void A_syndicated_copy_is_linked_as_duplicate_and_never_counted_twice()
    {
        Store.AddBatch(Sample());
        var before = Store.Dyad("CHN", "PHL", DyadPeriod.Month);
        // The same wire story with another headline sentence in front: a near-duplicate, not an identical text.
        var copy = Doc("https://mirror.example.net/cannon", "en", "2023-08-07", "Mirror Daily", EnFiller + " Coast guard vessels shadowed the supply boats. Reporting by wire staff.",
            new Ev([China], [Philippines], "175", 4, -9.0, new DateOnly(2023, 8, 5), "Chinese coast guard ships fired water cannon at a Philippine supply boat."));
        var res = Store.AddBatch([Stored(copy)]);
        Assert.Equal(1, res.Added);
        Assert.Equal(1, res.Duplicates);
        var stored = Store.Article(Stored(copy).Id)!;
        Assert.Equal(Stored(WaterCannon2023()).Id, stored.DuplicateOf);
        Assert.Equal(before, Store.Dyad("CHN", "PHL", DyadPeriod.Month));
        Assert.Equal(5, Store.Stats().Events);
        var cluster = Store.Events(new EventQuery { SourceKey = "CHN", From = new(2023, 1, 1), To = new(2023, 12, 31) });
        var one = Assert.Single(cluster);
        Assert.False(one.FromDuplicate);
        Assert.Equal(2, one.NumArticles);
    }

    [Fact]
    public void Different_articles_on_one_event_are_not_duplicates()
    {
        var res = Store.AddBatch(Sample());
        Assert.Equal(0, res.Duplicates);
        Assert.Equal(0, Store.Stats().Duplicates);
    }

    [Fact]
    public void Dyad_counts_events_per_period_and_quad_with_the_goldstein_sum()
    {
        Store.AddBatch(Sample());
        var months = Store.Dyad("CHN", "PHL", DyadPeriod.Month);
        Assert.Equal(["2023-08", "2024-08"], months.Select(b => b.Period));
        Assert.All(months, b => Assert.Equal((1, 1, -9.0), (b.Events, b.Quad4, b.GoldsteinSum)));
        var weeks = Store.Dyad("RUS", "PRK", DyadPeriod.Week);
        var w = Assert.Single(weeks);
        Assert.Equal("2024-W25", w.Period);
        Assert.Equal(2, w.Events);          // the signing (once, though two articles report it) and the visit
        Assert.Equal(2, w.Quad1);
        Assert.Equal(9.9, w.GoldsteinSum);
        Assert.Single(Store.Dyad("RUS", "PRK", DyadPeriod.Day, new DateOnly(2024, 6, 19), new DateOnly(2024, 6, 19)));
        Assert.Empty(Store.Dyad("RUS", "PRK", DyadPeriod.Day, new DateOnly(2024, 7, 1)));
        Assert.Contains(Store.TopDyads(10), d => d is { SourceKey: "RUS", TargetKey: "PRK", Events: 2 });
    }

    [Fact]
    public void Quotes_are_found_by_speaker_name_or_key()
    {
        Store.AddBatch(Sample());
        var q = Assert.Single(Store.Quotes("vladimir putin", 10));
        Assert.Equal(IdFiller, q.Text);
        Assert.Equal("RUS", q.SpeakerKey);
        Assert.Single(Store.Quotes("RUS", 10));
        Assert.Empty(Store.Quotes("Kim Jong Un", 10));
    }

    [Fact]
    public void Claims_carry_their_claimant_and_denier()
    {
        Store.AddBatch(Sample());
        var c = Assert.Single(Store.Events(new EventQuery { ClaimedOnly = true }));
        Assert.Equal("USA", Assert.Single(c.Event.ClaimedBy).Key);
        Assert.Equal("RUS", Assert.Single(c.Event.DeniedBy).Key);
        Assert.Single(Store.Events(new EventQuery { DeniedBy = "RUS" }));
        Assert.Empty(Store.Events(new EventQuery { DeniedBy = "PRK" }));
    }

    [Fact]
    public void Full_text_search_finds_words_and_survives_bad_syntax()
    {
        Store.AddBatch(Sample());
        var hits = Store.Search("pakta", 10);
        Assert.Equal("https://berita.example.id/pakta", Assert.Single(hits).Url);
        Assert.Contains("[pakta]", hits[0].Snippet, StringComparison.Ordinal);
        Assert.Equal(2, Store.Search("pemimpin", 10).Count);
        Assert.Empty(Store.Search("\"unbalanced AND", 10));
    }

    [Fact]
    public void Stats_count_articles_events_and_languages()
    {
        Store.AddBatch(Sample());
        var s = Store.Stats();
        Assert.Equal(5, s.Articles);
        Assert.Equal(6, s.EventMentions);
        Assert.Equal(5, s.Events);                 // the signing reported twice counts once
        Assert.Equal(1, s.MultiArticleEvents);
        Assert.Equal(1, s.Quotes);
        Assert.Equal([("en", 3), ("id", 2)], s.Languages);
        Assert.Equal("2023-08-05", s.FirstEventDate);
    }
}

public sealed class SqliteCorpusStoreTests : CorpusStoreContract
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-store-").FullName;

    protected override ICorpusStore CreateStore() => new SqliteCorpusStore(Path.Combine(_dir, "t.db"));

    public override void Dispose()
    {
        base.Dispose();
        Directory.Delete(_dir, true);
    }

    [Fact]
    public void The_bundled_sqlite_has_fts5_and_the_database_is_in_wal_mode()
    {
        var s = (SqliteCorpusStore)Store;
        Assert.StartsWith("3.", s.SqliteVersion, StringComparison.Ordinal);
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={s.Path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
        cmd.CommandText = "SELECT sqlite_compileoption_used('ENABLE_FTS5')";
        Assert.Equal(1L, cmd.ExecuteScalar());
    }

    [Fact]
    public void Reopening_the_file_keeps_everything()
    {
        Store.AddBatch([Stored(TreatyId())]);
        var counts = Store.TableCounts();
        string path = ((SqliteCorpusStore)Store).Path;
        Store.Dispose();
        using var again = new SqliteCorpusStore(path);
        Assert.Equal(counts, again.TableCounts());
        Assert.Equal(0, again.AddBatch([Stored(TreatyId())]).Added);
    }
}

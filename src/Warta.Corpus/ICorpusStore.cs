namespace Warta.Corpus;

/// <summary>
/// The corpus: articles with their sentences, mentions, quotes and events, near-duplicate links and
/// event clusters. SQLite implements it now; a server database (PostgreSQL) can implement it later and
/// run the same contract tests (tests/Warta.Tests/Corpus/CorpusStoreContract.cs).
/// Writes go through <see cref="AddBatch"/>, one transaction each: a batch is either all there or not at all.
/// </summary>
public interface ICorpusStore : IDisposable
{
    /// <summary>The input hashes among <paramref name="hashes"/> that are already stored.</summary>
    IReadOnlySet<string> KnownInputs(IReadOnlyCollection<string> hashes);

    /// <summary>Adds articles in one transaction; an article whose id is stored already is skipped.</summary>
    BatchResult AddBatch(IReadOnlyList<StoredArticle> articles);

    /// <summary>Events matching the query, newest first; one row per cluster when <see cref="EventQuery.OnePerCluster"/>.</summary>
    IReadOnlyList<EventRow> Events(EventQuery query);

    /// <summary>Every event in cluster order (exports); representative rows first within a cluster.</summary>
    IEnumerable<EventRow> AllEvents();

    IReadOnlyList<QuoteRow> Quotes(string? speaker, int limit);

    /// <summary>Event counts per period and quad class, and the Goldstein sum, for source → target.</summary>
    IReadOnlyList<DyadBucket> Dyad(string sourceKey, string targetKey, DyadPeriod by, DateOnly? from = null, DateOnly? to = null);

    /// <summary>Source → target pairs with the most distinct events.</summary>
    IReadOnlyList<DyadTotal> TopDyads(int limit);

    /// <summary>Full-text search over titles and article text.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);

    ArticleRow? Article(string id);

    CorpusStats Stats();

    /// <summary>Row counts per table, for idempotency and recovery checks.</summary>
    IReadOnlyDictionary<string, long> TableCounts();
}

public readonly record struct BatchResult(int Added, int AlreadyPresent, int Duplicates);

public enum DyadPeriod
{
    Day,
    Week,
    Month,
}

public sealed record EventQuery
{
    public string? SourceKey { get; init; }
    public string? TargetKey { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>A CAMEO code prefix ("05" matches 05, 051, 057).</summary>
    public string? Cameo { get; init; }

    /// <summary>Only events reported as someone's claim.</summary>
    public bool ClaimedOnly { get; init; }
    public string? ClaimedBy { get; init; }
    public string? DeniedBy { get; init; }

    /// <summary>One row per real-world event (cluster), the best-evidenced member standing for it; duplicates never count.</summary>
    public bool OnePerCluster { get; init; } = true;
    public int Limit { get; init; } = 100;
}

public sealed record EventRow
{
    public required long Pk { get; init; }
    public required string RecordId { get; init; }
    public required string ArticleId { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Language { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public int TextLength { get; init; }
    public bool FromDuplicate { get; init; }
    public required string IngestedAt { get; init; }
    public required StoredEvent Event { get; init; }
    public long Cluster { get; init; }
    public int NumMentions { get; init; }
    public int NumSources { get; init; }
    public int NumArticles { get; init; }
    public string? ClusterAddedAt { get; init; }
}

public sealed record QuoteRow(string ArticleId, string? Url, string? Published, string? Speaker, string? SpeakerKey, string Text, bool Direct, string Cue, string? Via);

public sealed record DyadBucket(string Period, int Events, int Quad1, int Quad2, int Quad3, int Quad4, double GoldsteinSum);

public sealed record DyadTotal(string SourceKey, string TargetKey, int Events, double GoldsteinSum);

public sealed record SearchHit(string ArticleId, string? Title, string? Url, string? Published, string Snippet);

public sealed record ArticleRow(string Id, string? Input, string? Url, string? Outlet, string? Language, string? Title, string? Published,
    string Text, string? DuplicateOf, int Events, int Quotes);

public sealed record CorpusStats
{
    public int Articles { get; init; }
    public int Duplicates { get; init; }
    public int Sentences { get; init; }
    public int Mentions { get; init; }
    public int Quotes { get; init; }
    public int EventMentions { get; init; }

    /// <summary>Clusters with at least one member from a non-duplicate article: the distinct events.</summary>
    public int Events { get; init; }
    public int MultiArticleEvents { get; init; }
    public IReadOnlyList<(string Language, int Articles)> Languages { get; init; } = [];
    public string? FirstEventDate { get; init; }
    public string? LastEventDate { get; init; }
}

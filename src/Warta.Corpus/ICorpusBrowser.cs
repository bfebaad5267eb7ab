namespace Warta.Corpus;

/// <summary>
/// Read queries for browsing the corpus (the REST API and dashboard): paged event lists with more filters,
/// one event with its cluster, an article with every layer, actors, the actor network, the timeline and
/// event places. Kept apart from <see cref="ICorpusStore"/> so the store's contract stays as it is.
/// </summary>
public interface ICorpusBrowser
{
    /// <summary>Events newest first (day, then insertion order), from after <see cref="EventFilter.After"/>; one more than the limit tells a next page exists.</summary>
    IReadOnlyList<EventRow> EventPage(EventFilter filter);

    EventRow? EventByRecordId(string recordId);

    /// <summary>Every stored record of the event's cluster (other articles' codings of the same event).</summary>
    IReadOnlyList<EventRow> ClusterMembers(long cluster);

    ArticleLayers? ArticleLayers(string id);

    /// <summary>Actors by key, code or name fragment, most events first.</summary>
    IReadOnlyList<ActorSummary> Actors(string? query, int limit);

    /// <summary>A label for an actor key: the key itself for a country, else the name most often given to it (IGOs, groups).</summary>
    string ActorLabel(string key);

    /// <summary>Source → target edges over distinct events, split into cooperation (quad 1–2) and conflict (3–4).</summary>
    IReadOnlyList<NetworkEdge> Network(DateOnly? from, DateOnly? to, int limit);

    /// <summary>Distinct events per day and quad class, optionally for one actor (either side) and one CAMEO root.</summary>
    IReadOnlyList<TimelineDay> Timeline(string? actor, string? cameoRoot, DateOnly? from, DateOnly? to);

    /// <summary>Event places with coordinates, with event counts per quad class.</summary>
    IReadOnlyList<PlaceCount> EventPlaces(DateOnly? from, DateOnly? to);
}

/// <summary>Filters of the paged event list; null means no filter.</summary>
public sealed record EventFilter
{
    public string? Source { get; init; }
    public string? Target { get; init; }

    /// <summary>Either side of the event (source or target).</summary>
    public string? Actor { get; init; }
    public string? Cameo { get; init; }
    public int? Quad { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public bool? Claimed { get; init; }

    /// <summary>Claimed by someone or denied by someone: what the claims view lists.</summary>
    public bool ClaimsOrDenials { get; init; }
    public string? ClaimedBy { get; init; }
    public string? DeniedBy { get; init; }
    public string? Language { get; init; }
    public string? Outlet { get; init; }
    public string? ArticleId { get; init; }
    public bool OnePerCluster { get; init; } = true;

    /// <summary>
    /// How many of the newest matching records the one-per-cluster listing looks at before falling back to
    /// ranking every cluster; null picks a default from the limit, 0 always ranks every cluster (tests compare both).
    /// </summary>
    internal int? Candidates { get; init; }

    /// <summary>The cursor: the (day, pk) of the last row of the previous page.</summary>
    public (int Day, long Pk)? After { get; init; }
    public int Limit { get; init; } = 50;
}

public sealed record MentionRow(int Start, int End, string Type, string Text, string? ActorName, string? ActorCode, string? ActorKey, string? ActorId,
    string? PlaceName, string? PlaceCountry);

public sealed record QuoteSpan(int Start, int End, string Text, bool Direct, string? Cue, string? Via, string? SpeakerName, string? SpeakerCode, string? SpeakerKey);

/// <summary>An article with its layers, as stored.</summary>
public sealed record ArticleLayers(ArticleRow Article, IReadOnlyList<(int Start, int End)> Sentences, IReadOnlyList<MentionRow> Mentions,
    IReadOnlyList<QuoteSpan> Quotes, IReadOnlyList<EventRow> Events);

public sealed record ActorSummary(string Key, string Code, string Name, string? Country, int Events, int Mentions, IReadOnlyList<string> Names);

public sealed record NetworkEdge(string SourceKey, string TargetKey, int Events, int Cooperation, int Conflict, double GoldsteinSum);

public sealed record TimelineDay(string Day, int Quad1, int Quad2, int Quad3, int Quad4);

public sealed record PlaceCount(string Name, string? Country, double Lat, double Lon, int Events, int Cooperation, int Conflict);

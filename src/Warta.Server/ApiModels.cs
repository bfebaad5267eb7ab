using System.Globalization;
using Warta.Corpus;

namespace Warta.Server;

// The API's JSON shapes. Names are serialized snake_case, as in spec/article-json.md; events keep the
// contract's Event fields and add where they come from (article) and the real-world event they belong to (cluster).

public sealed record ActorDto(string Name, string Code, string? Country, string? Sector, string? Id, string Key);

public sealed record PlaceDto(string Name, string? Country, string Kind, long? Geonames, double? Lat, double? Lon);

public sealed record DateDto(string? Value, string? From, string? To, string Precision, string? Text);

public sealed record PloverDto(string? Type, string? Mode, IReadOnlyList<string> Context);

public sealed record EvidenceDto(int Sentence, int Start, int End, string Text);

public sealed record ArticleRefDto(string Id, string? Url, string? Title, string? Outlet, string? Published, string? Language, bool Duplicate);

public sealed record ClusterDto(long Id, int Articles, int Sources, int Mentions);

public sealed record EventDto(string Id, IReadOnlyList<ActorDto> Source, IReadOnlyList<ActorDto> Target, string Cameo, string Root, int Quad,
    double Goldstein, PloverDto? Plover, DateDto? Date, PlaceDto? Place, string Modality, IReadOnlyList<ActorDto> ClaimedBy,
    IReadOnlyList<ActorDto> DeniedBy, EvidenceDto Evidence, double Confidence, ArticleRefDto Article, ClusterDto Cluster);

public sealed record EventPageDto(IReadOnlyList<EventDto> Items, string? NextCursor);

public sealed record EventDetailDto(EventDto Event, ClusterDetailDto Cluster);

public sealed record ClusterDetailDto(long Id, int Articles, int Sources, int Mentions, IReadOnlyList<EventDto> Members);

public sealed record SentenceDto(int Start, int End);

public sealed record MentionDto(int Start, int End, string Text, string Type, ActorRefDto? Actor, PlaceRefDto? Place);

public sealed record ActorRefDto(string? Name, string? Code, string? Key, string? Id);

public sealed record PlaceRefDto(string Name, string? Country);

public sealed record QuoteDto(int Start, int End, string Text, bool Direct, string? Cue, IReadOnlyList<string> Via, SpeakerDto? Speaker);

public sealed record SpeakerDto(string? Name, string? Code, string? Key);

/// <summary>One highlighted stretch of the text: a mention, a quote or an event's evidence.</summary>
public sealed record SpanDto(int Start, int End, string Kind, string Label, string? Ref);

public sealed record ArticleDto(string Id, string? Url, string? Title, string? Outlet, string? Language, string? Published, string? DuplicateOf,
    string Text, IReadOnlyList<SentenceDto> Sentences, IReadOnlyList<MentionDto> Mentions, IReadOnlyList<QuoteDto> Quotes,
    IReadOnlyList<EventDto> Events, IReadOnlyList<SpanDto> Spans);

public sealed record ActorSummaryDto(string Key, string Code, string Name, string? Country, int Events, int Mentions, IReadOnlyList<string> Names);

public sealed record DyadDto(string Source, string Target, string By, IReadOnlyList<DyadBucket> Periods);

public sealed record QuoteRowDto(string ArticleId, string? Url, string? Published, string? Speaker, string? SpeakerKey, string Text, bool Direct, string Cue, string? Via);

public sealed record ClaimDto(string EventId, IReadOnlyList<ActorDto> ClaimedBy, IReadOnlyList<ActorDto> DeniedBy, EventDto Event);

public sealed record SearchHitDto(string ArticleId, string? Title, string? Url, string? Published, string Snippet);

public sealed record NetworkNodeDto(string Key, string Name, int Events, int Cooperation, int Conflict);

public sealed record NetworkDto(IReadOnlyList<NetworkNodeDto> Nodes, IReadOnlyList<NetworkEdge> Edges);

public sealed record TimelineDto(IReadOnlyList<TimelineDay> Days);

public sealed record PlacesDto(IReadOnlyList<PlaceCount> Places);

public sealed record StatsDto(int Articles, int Duplicates, int Sentences, int Mentions, int Quotes, int EventRecords, int Events,
    int MultiArticleEvents, string? FirstEventDate, string? LastEventDate, IReadOnlyDictionary<string, int> Languages);

public sealed record IngestResultDto(int Received, int Added, int AlreadyPresent, int Duplicates, int Failed, IReadOnlyList<IngestErrorDto> Errors);

public sealed record IngestErrorDto(string Input, string Message);

internal static class Dto
{
    public static ActorDto Actor(StoredActor a) => new(a.Name, a.Code, a.Country, a.Sector, a.Id, a.Key);

    public static IReadOnlyList<ActorDto> Actors(IReadOnlyList<StoredActor> list) => list.Select(Actor).ToList();

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static EventDto Event(EventRow r)
    {
        var e = r.Event;
        DateDto? date = e.Date is null ? null
            : e.DateTo is { } to ? new DateDto(null, Day(e.Date.Value), Day(to), e.Precision, e.DateText)
            : new DateDto(Day(e.Date.Value), null, null, e.Precision, e.DateText);
        PlaceDto? place = e.Place is { } p ? new PlaceDto(p.Name, p.Country, p.Kind, p.GeoNames, p.Lat, p.Lon) : null;
        PloverDto? plover = e.PloverType is null && e.PloverMode is null ? null : new PloverDto(e.PloverType, e.PloverMode, e.PloverContext);
        return new EventDto(r.RecordId, Actors(e.Source), Actors(e.Target), e.Cameo, e.Root, e.Quad, e.Goldstein, plover, date, place, e.Modality,
            Actors(e.ClaimedBy), Actors(e.DeniedBy), new EvidenceDto(e.Sentence, e.EvidenceStart, e.EvidenceEnd, e.Evidence), e.Confidence,
            new ArticleRefDto(r.ArticleId, r.Url, r.Title, r.Outlet, r.Published, r.Language, r.FromDuplicate),
            new ClusterDto(r.Cluster, r.NumArticles, r.NumSources, r.NumMentions));
    }

    public static ArticleDto Article(ArticleLayers l)
    {
        var a = l.Article;
        var mentions = l.Mentions.Select(m => new MentionDto(m.Start, m.End, m.Text, m.Type,
            m.ActorCode is null && m.ActorName is null ? null : new ActorRefDto(m.ActorName, m.ActorCode, m.ActorKey, m.ActorId),
            m.PlaceName is null ? null : new PlaceRefDto(m.PlaceName, m.PlaceCountry))).ToList();
        var quotes = l.Quotes.Select(q => new QuoteDto(q.Start, q.End, q.Text, q.Direct, q.Cue,
            q.Via is null ? [] : q.Via.Split("; ", StringSplitOptions.RemoveEmptyEntries),
            q.SpeakerName is null && q.SpeakerCode is null ? null : new SpeakerDto(q.SpeakerName, q.SpeakerCode, q.SpeakerKey))).ToList();
        var events = l.Events.Select(Event).ToList();
        var spans = new List<SpanDto>();
        foreach (var m in l.Mentions) spans.Add(new SpanDto(m.Start, m.End, "mention", m.Type, m.ActorCode ?? m.PlaceName));
        foreach (var q in l.Quotes) spans.Add(new SpanDto(q.Start, q.End, "quote", q.SpeakerName ?? "unattributed", q.Cue));
        foreach (var e in events) spans.Add(new SpanDto(e.Evidence.Start, e.Evidence.End, "evidence", e.Cameo, e.Id));
        spans.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        return new ArticleDto(a.Id, a.Url, a.Title, a.Outlet, a.Language, a.Published, a.DuplicateOf, a.Text,
            l.Sentences.Select(s => new SentenceDto(s.Start, s.End)).ToList(), mentions, quotes, events, spans);
    }
}

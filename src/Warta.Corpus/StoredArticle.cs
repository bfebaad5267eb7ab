namespace Warta.Corpus;

/// <summary>An actor as the store keeps it: the contract's Actor fields plus its evaluation key.</summary>
public sealed record StoredActor(string Name, string Code, string? Country, string? Sector, string? Id)
{
    /// <summary>The country when there is one, else the code (spec/article-json.md).</summary>
    public string Key => Country ?? Code;
}

/// <summary>A place as the store keeps it.</summary>
public sealed record StoredPlace(string Name, string? Country, string Kind, long? GeoNames, double? Lat, double? Lon);

public sealed record StoredMention(int Start, int End, string Type, string Text, StoredActor? Actor, StoredPlace? Place);

public sealed record StoredQuote(int Start, int End, string Text, bool Direct, string Cue, IReadOnlyList<string> Via,
    string? SpeakerName, StoredActor? Speaker);

/// <summary>The roles an actor can have in an event; stored as rows of event_actors.</summary>
public enum ActorRole : byte
{
    Source,
    Target,
    ClaimedBy,
    DeniedBy,
}

/// <summary>One coded event with its evidence, as stored.</summary>
public sealed record StoredEvent
{
    public required int Ordinal { get; init; }
    public required IReadOnlyList<StoredActor> Source { get; init; }
    public required IReadOnlyList<StoredActor> Target { get; init; }
    public IReadOnlyList<StoredActor> ClaimedBy { get; init; } = [];
    public IReadOnlyList<StoredActor> DeniedBy { get; init; } = [];
    public required string Cameo { get; init; }
    public int Quad { get; init; }
    public double Goldstein { get; init; }
    public string? PloverType { get; init; }
    public string? PloverMode { get; init; }
    public IReadOnlyList<string> PloverContext { get; init; } = [];

    /// <summary>The event's date; the publication date when the text gives none (then <see cref="DateText"/> is null).</summary>
    public DateOnly? Date { get; init; }
    public DateOnly? DateTo { get; init; }
    public string Precision { get; init; } = "day";
    public string? DateText { get; init; }
    public StoredPlace? Place { get; init; }
    public string Modality { get; init; } = "asserted";
    public required int Sentence { get; init; }
    public required int EvidenceStart { get; init; }
    public required int EvidenceEnd { get; init; }
    public required string Evidence { get; init; }
    public double Confidence { get; init; }

    public string Root => Cameo.Length >= 2 ? Cameo[..2] : Cameo;
}

/// <summary>
/// One article ready for the store: what the article record carries, flattened, plus the input it came
/// from (for idempotent re-runs) and its near-duplicate signature.
/// </summary>
public sealed record StoredArticle
{
    /// <summary>The record id (hash of the normalized text).</summary>
    public required string Id { get; init; }

    /// <summary>Names the input (path or path:line).</summary>
    public string? Input { get; init; }

    /// <summary>Hash of the raw input; a re-run skips inputs whose hash is stored without running the pipeline.</summary>
    public string? InputHash { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Language { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public DateOnly? PublishedDate { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<(int Start, int End)> Sentences { get; init; } = [];
    public IReadOnlyList<StoredMention> Mentions { get; init; } = [];
    public IReadOnlyList<StoredQuote> Quotes { get; init; } = [];
    public IReadOnlyList<StoredEvent> Events { get; init; } = [];

    /// <summary>MinHash over word shingles of the text; empty when the text is too short to compare.</summary>
    public uint[] Signature { get; init; } = [];

    /// <summary>The outlet, else the URL's host: what "distinct sources" counts.</summary>
    public string? SourceKey => !string.IsNullOrWhiteSpace(Outlet) ? Outlet : UrlHost(Url);

    public static string? UrlHost(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) ? (u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host) : null;
}

namespace Warta.Documents;

/// <summary>Entity types of the output contract.</summary>
public enum EntityType : byte
{
    PER,
    ORG,
    LOC,
    GPE,
    NORP,
    MISC,
}

/// <summary>An actor as resolved for one date: canonical name and CAMEO code (article-json.md, Actor).</summary>
public sealed record ActorRef(string Name, string Code, string? Country, string? Sector, string? Id)
{
    /// <summary>The evaluation key: the country when there is one, else the code.</summary>
    public string Key => Country ?? Code;
}

/// <summary>A resolved place (article-json.md, Place).</summary>
public sealed record PlaceRef(string Name, string? Country, string Kind, long? GeoNames, double? Lat, double? Lon);

/// <summary>How a mention was found; linking prefers knowledge-base hits over model guesses.</summary>
public enum MentionSource : byte
{
    KnowledgeBase,
    Model,
    Capitalization,
    Coreference,
}

/// <summary>A name, pronoun or description in the text, possibly linked to an actor or place.</summary>
public sealed class Mention
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required EntityType Type { get; set; }
    public ActorRef? Actor { get; set; }
    public PlaceRef? Place { get; set; }
    public MentionSource Source { get; init; }

    /// <summary>For pronouns and descriptions: the index of the antecedent mention, else -1.</summary>
    public int Antecedent { get; set; } = -1;

    /// <summary>Knowledge-base entry id, used to find every mention of the same entity.</summary>
    public string? EntityId { get; set; }
}

/// <summary>Precision of a resolved date.</summary>
public enum DatePrecision : byte
{
    Day,
    Month,
    Year,
}

/// <summary>A resolved date: a single value or a range (From/To), with its precision.</summary>
public sealed record DateValue(DateOnly Value, DatePrecision Precision, DateOnly? To = null)
{
    public string Format() => Precision switch
    {
        DatePrecision.Year => Value.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public string PrecisionName => Precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        _ => "day",
    };
}

/// <summary>A temporal expression and the date it resolves to.</summary>
public sealed record TimeExpression(int Start, int End, DateValue Date);

/// <summary>Who said a quote.</summary>
public sealed record Speaker(string Name, ActorRef? Actor, int MentionStart, int MentionEnd);

/// <summary>A direct or reported quotation with its speaker.</summary>
public sealed record Quote(int Start, int End, bool Direct, Speaker? Speaker, string Cue, IReadOnlyList<string> Via);

/// <summary>PLOVER type/mode/context (CAMEO2PLOVER-2021).</summary>
public sealed record PloverCode(string Type, string? Mode, IReadOnlyList<string> Context);

/// <summary>Event modality (article-json.md, Event.modality).</summary>
public enum Modality : byte
{
    Asserted,
    Possible,
    Intended,
    Hypothetical,
    Negated,
}

/// <summary>A coded event with its evidence sentence span.</summary>
public sealed class Event
{
    public required List<ActorRef> Source { get; init; }
    public required List<ActorRef> Target { get; init; }
    public required string Cameo { get; set; }
    public int Quad { get; set; }
    public double Goldstein { get; set; }
    public PloverCode? Plover { get; set; }
    public DateValue? Date { get; set; }
    public string? DateText { get; set; }
    public PlaceRef? Place { get; set; }
    public Modality Modality { get; set; }
    public List<ActorRef> ClaimedBy { get; } = [];
    public List<ActorRef> DeniedBy { get; } = [];
    public required int Sentence { get; init; }
    public required int EvidenceStart { get; set; }
    public required int EvidenceEnd { get; set; }

    /// <summary>Every sentence span reporting this event after duplicates were merged (the first is the evidence).</summary>
    public List<TextSpan> AllEvidence { get; } = [];

    public double Confidence { get; set; }
}

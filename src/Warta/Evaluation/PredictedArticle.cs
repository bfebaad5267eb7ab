using System.Text.Json;

namespace Warta.Evaluation;

/// <summary>A produced event reduced to what evaluation compares (actor keys, not whole actors).</summary>
public sealed record PredictedEvent(
    string? Id,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Target,
    string Cameo,
    string? Date,
    string? Modality,
    IReadOnlyList<string> ClaimedBy,
    IReadOnlyList<string> DeniedBy,
    string? Evidence)
{
    public string Root => GoldEvent.CameoRoot(Cameo);

    public string Describe() =>
        $"{(Id is null ? "" : Id + " ")}{string.Join('+', Source)} -> {(Target.Count == 0 ? "()" : string.Join('+', Target))} {Cameo} {Modality}" +
        (ClaimedBy.Count > 0 ? $" claimed_by {string.Join('+', ClaimedBy)}" : "") +
        (DeniedBy.Count > 0 ? $" denied_by {string.Join('+', DeniedBy)}" : "") +
        (Evidence is null ? "" : $" \"{Evidence}\"");
}

public sealed record PredictedMention(string Text, string? ActorKey, string? PlaceCountry);

public sealed record PredictedQuote(string Text, bool Direct, string? SpeakerKey);

public sealed record PredictedCredit(string Name, string? Role);

/// <summary>An article record (spec/article-json.md) as evaluation reads it.</summary>
public sealed record PredictedArticle(
    string? Input,
    string? Language,
    string? Published,
    string? Dateline,
    IReadOnlyList<string> Authors,
    IReadOnlyList<PredictedCredit> Credits,
    IReadOnlyList<string> CitedSources,
    IReadOnlyList<PredictedMention> Mentions,
    IReadOnlyList<PredictedQuote> Quotes,
    IReadOnlyList<PredictedEvent> Events)
{
    public static readonly PredictedArticle Empty = new(null, null, null, null, [], [], [], [], [], []);

    /// <summary>The actor's evaluation key: its country when it has one, else its code.</summary>
    internal static string? ActorKey(JsonElement actor)
    {
        if (actor.ValueKind != JsonValueKind.Object) return null;
        var country = Json.String(actor, "country");
        return string.IsNullOrEmpty(country) ? Json.String(actor, "code") : country;
    }

    private static IReadOnlyList<string> Keys(JsonElement e, string name)
    {
        var list = new List<string>();
        foreach (var a in Json.Array(e, name))
            if (ActorKey(a) is { } k) list.Add(k);
        return list;
    }

    public static PredictedArticle FromJson(JsonElement r)
    {
        if (r.ValueKind != JsonValueKind.Object) throw new FormatException("an article record must be a JSON object");
        var events = new List<PredictedEvent>();
        foreach (var e in Json.Array(r, "events"))
        {
            string? date = null;
            if (Json.Object(e, "date") is { } d) date = Json.String(d, "value") ?? Json.String(d, "from");
            events.Add(new PredictedEvent(
                Json.String(e, "id"),
                Keys(e, "source"),
                Keys(e, "target"),
                Json.String(e, "cameo") ?? "",
                date,
                Json.String(e, "modality"),
                Keys(e, "claimed_by"),
                Keys(e, "denied_by"),
                Json.Object(e, "evidence") is { } ev ? Json.String(ev, "text") : null));
        }
        var mentions = new List<PredictedMention>();
        foreach (var m in Json.Array(r, "mentions"))
        {
            string? placeCountry = Json.Object(m, "place") is { } p ? Json.String(p, "country") : null;
            string? actorKey = m.TryGetProperty("actor", out var a) ? ActorKey(a) : null;
            mentions.Add(new PredictedMention(Json.String(m, "text") ?? "", actorKey, placeCountry));
        }
        // The dateline is lifted out of `text` but is still an occurrence of its place name ("Hanoi:").
        if (Json.Object(r, "dateline") is { } dlm && Json.String(dlm, "text") is { } dlText
            && Json.Object(dlm, "place") is { } dlPlace && Json.String(dlPlace, "country") is { } dlCountry)
            mentions.Add(new PredictedMention(dlText, null, dlCountry));
        var quotes = new List<PredictedQuote>();
        foreach (var q in Json.Array(r, "quotes"))
        {
            string? key = Json.Object(q, "speaker") is { } sp && sp.TryGetProperty("actor", out var sa) ? ActorKey(sa) : null;
            quotes.Add(new PredictedQuote(Json.String(q, "text") ?? "", Json.Bool(q, "direct") ?? false, key));
        }
        var credits = new List<PredictedCredit>();
        foreach (var c in Json.Array(r, "credits"))
            credits.Add(new PredictedCredit(Json.String(c, "name") ?? "", Json.String(c, "role")));
        var cited = new List<string>();
        foreach (var c in Json.Array(r, "cited_sources"))
            if ((c.ValueKind == JsonValueKind.String ? c.GetString() : Json.String(c, "name")) is { } n) cited.Add(n);
        return new PredictedArticle(
            Json.String(r, "input"),
            Json.String(r, "language"),
            Json.String(r, "published"),
            Json.Object(r, "dateline") is { } dl ? Json.String(dl, "text") : Json.String(r, "dateline"),
            Json.Strings(r, "authors"),
            credits, cited, mentions, quotes, events);
    }

    /// <summary>
    /// Reads every record of a prediction file: JSON Lines, a JSON array, or indented records one after another
    /// (the three `extract --format` outputs).
    /// </summary>
    public static List<PredictedArticle> ReadAll(byte[] utf8)
    {
        var list = new List<PredictedArticle>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip });
        while (true)
        {
            if (!reader.Read()) break;
            using var doc = JsonDocument.ParseValue(ref reader);
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
                foreach (var e in doc.RootElement.EnumerateArray()) list.Add(FromJson(e));
            else list.Add(FromJson(doc.RootElement));
        }
        return list;
    }

    /// <summary>The file name of <see cref="Input"/>, with a JSON Lines ":line" suffix kept ("a.jsonl:3").</summary>
    public string? InputFileName
    {
        get
        {
            if (Input is null) return null;
            int slash = Math.Max(Input.LastIndexOf('/'), Input.LastIndexOf('\\'));
            return Input[(slash + 1)..];
        }
    }
}

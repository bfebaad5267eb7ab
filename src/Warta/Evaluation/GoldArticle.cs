using System.Text.Json;

namespace Warta.Evaluation;

/// <summary>A gold event (spec/gold-format.md, events[]).</summary>
public sealed record GoldEvent(
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Target,
    string Cameo,
    IReadOnlyList<string> CameoAlt,
    bool TargetOptional,
    string? Modality,
    string? Date,
    IReadOnlyList<string> DateAlt,
    IReadOnlyList<string> ClaimedBy,
    IReadOnlyList<string> DeniedBy,
    bool Core,
    string? Evidence)
{
    /// <summary>The CAMEO roots a produced event may carry: the gold root and the roots of every alternative.</summary>
    public IEnumerable<string> Roots()
    {
        yield return CameoRoot(Cameo);
        foreach (var a in CameoAlt) yield return CameoRoot(a);
    }

    public string Describe() =>
        $"{string.Join('+', Source)} -> {(Target.Count == 0 ? "()" : string.Join('+', Target))} {Cameo}" +
        (CameoAlt.Count > 0 ? $" (alt {string.Join(',', CameoAlt)})" : "") +
        (Core ? "" : " [optional]") +
        (Evidence is null ? "" : $" \"{Evidence}\"");

    internal static string CameoRoot(string code) => code.Length >= 2 ? code[..2] : code;
}

/// <summary>A forbidden rule (gold-format.md, forbidden[]): a produced event that would be wrong.</summary>
public sealed record ForbiddenRule(
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Target,
    string CameoRoot,
    IReadOnlyList<string> Unless,
    string? Why);

public sealed record GoldMention(string Text, string Key);

public sealed record GoldQuote(string Contains, IReadOnlyList<string> Speaker, string? SpeakerName, bool? Direct);

public sealed record GoldCredit(string Name, string? Role);

/// <summary>One gold file: what a careful human coder says an article contains.</summary>
public sealed record GoldArticle(
    string Article,
    string? Language,
    string? Published,
    string? PublishedTime,
    string? Dateline,
    IReadOnlyList<string>? Authors,
    IReadOnlyList<GoldCredit>? Credits,
    IReadOnlyList<string>? CitedSources,
    IReadOnlyList<GoldMention> Mentions,
    IReadOnlyList<GoldQuote> Quotes,
    IReadOnlyList<GoldEvent> Events,
    IReadOnlyList<ForbiddenRule> Forbidden,
    bool HasLanguage,
    bool HasPublished,
    bool HasDateline)
{
    /// <summary>Parses a gold file. Throws <see cref="JsonException"/> or <see cref="FormatException"/> when malformed.</summary>
    public static GoldArticle Parse(string json, string fallbackName)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var r = doc.RootElement;
        if (r.ValueKind != JsonValueKind.Object) throw new FormatException("a gold file must hold one JSON object");
        var events = new List<GoldEvent>();
        foreach (var e in Json.Array(r, "events"))
        {
            events.Add(new GoldEvent(
                Json.Strings(e, "source"),
                Json.Strings(e, "target"),
                Json.String(e, "cameo") ?? throw new FormatException("a gold event lacks 'cameo'"),
                Json.Strings(e, "cameo_alt"),
                Json.Bool(e, "target_optional") ?? false,
                Json.String(e, "modality"),
                Json.String(e, "date"),
                Json.Strings(e, "date_alt"),
                Json.Strings(e, "claimed_by"),
                Json.Strings(e, "denied_by"),
                Json.Bool(e, "core") ?? true,
                Json.String(e, "evidence")));
        }
        var forbidden = new List<ForbiddenRule>();
        foreach (var f in Json.Array(r, "forbidden"))
        {
            forbidden.Add(new ForbiddenRule(
                Json.Strings(f, "source"),
                Json.Strings(f, "target"),
                Json.String(f, "cameo_root") ?? throw new FormatException("a forbidden rule lacks 'cameo_root'"),
                Json.Strings(f, "unless"),
                Json.String(f, "why")));
        }
        var mentions = new List<GoldMention>();
        foreach (var m in Json.Array(r, "mentions"))
            mentions.Add(new GoldMention(Json.String(m, "text") ?? "", Json.String(m, "key") ?? ""));
        var quotes = new List<GoldQuote>();
        foreach (var q in Json.Array(r, "quotes"))
            quotes.Add(new GoldQuote(Json.String(q, "contains") ?? "", Json.Strings(q, "speaker"), Json.String(q, "speaker_name"), Json.Bool(q, "direct")));
        List<GoldCredit>? credits = null;
        if (r.TryGetProperty("credits", out var cr) && cr.ValueKind == JsonValueKind.Array)
        {
            credits = [];
            foreach (var c in cr.EnumerateArray())
                credits.Add(c.ValueKind == JsonValueKind.String ? new GoldCredit(c.GetString()!, null) : new GoldCredit(Json.String(c, "name") ?? "", Json.String(c, "role")));
        }
        return new GoldArticle(
            Json.String(r, "article") ?? fallbackName,
            Json.String(r, "language"),
            Json.String(r, "published"),
            Json.String(r, "published_time"),
            Json.String(r, "dateline"),
            r.TryGetProperty("authors", out _) ? Json.Strings(r, "authors") : null,
            credits,
            r.TryGetProperty("cited_sources", out _) ? Json.Strings(r, "cited_sources") : null,
            mentions, quotes, events, forbidden,
            r.TryGetProperty("language", out _),
            r.TryGetProperty("published", out _),
            r.TryGetProperty("dateline", out _));
    }
}

/// <summary>Small tolerant readers over <see cref="JsonElement"/>: missing or null fields read as empty.</summary>
internal static class Json
{
    public static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool? Bool(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    public static JsonElement? Object(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    public static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    /// <summary>A string or a list of strings (gold "unless" may be either).</summary>
    public static IReadOnlyList<string> Strings(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return [];
        if (v.ValueKind == JsonValueKind.String) return [v.GetString()!];
        if (v.ValueKind != JsonValueKind.Array) return [];
        var list = new List<string>();
        foreach (var x in v.EnumerateArray())
            if (x.ValueKind == JsonValueKind.String) list.Add(x.GetString()!);
        return list;
    }
}

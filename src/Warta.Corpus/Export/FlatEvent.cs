using System.Globalization;
using System.Text.Json.Serialization;

namespace Warta.Corpus.Export;

/// <summary>One event record as a flat row: the CSV and Parquet exports' schema (one row per event); column names are <see cref="Header"/>.</summary>
public sealed class FlatEvent
{
    [JsonPropertyName("record_id")]
    public string RecordId { get; set; } = "";
    [JsonPropertyName("cluster_id")]
    public long ClusterId { get; set; }
    [JsonPropertyName("article_id")]
    public string ArticleId { get; set; } = "";
    [JsonPropertyName("duplicate")]
    public bool Duplicate { get; set; }
    [JsonPropertyName("date")]
    public string? Date { get; set; }
    [JsonPropertyName("date_to")]
    public string? DateTo { get; set; }
    [JsonPropertyName("precision")]
    public string Precision { get; set; } = "";
    [JsonPropertyName("source_keys")]
    public string? SourceKeys { get; set; }
    [JsonPropertyName("source_codes")]
    public string? SourceCodes { get; set; }
    [JsonPropertyName("source_names")]
    public string? SourceNames { get; set; }
    [JsonPropertyName("target_keys")]
    public string? TargetKeys { get; set; }
    [JsonPropertyName("target_codes")]
    public string? TargetCodes { get; set; }
    [JsonPropertyName("target_names")]
    public string? TargetNames { get; set; }
    [JsonPropertyName("cameo")]
    public string Cameo { get; set; } = "";
    [JsonPropertyName("root")]
    public string Root { get; set; } = "";
    [JsonPropertyName("quad")]
    public int Quad { get; set; }
    [JsonPropertyName("goldstein")]
    public double Goldstein { get; set; }
    [JsonPropertyName("plover_type")]
    public string? PloverType { get; set; }
    [JsonPropertyName("plover_mode")]
    public string? PloverMode { get; set; }
    [JsonPropertyName("modality")]
    public string Modality { get; set; } = "";
    [JsonPropertyName("claimed_by")]
    public string? ClaimedBy { get; set; }
    [JsonPropertyName("denied_by")]
    public string? DeniedBy { get; set; }
    [JsonPropertyName("place")]
    public string? Place { get; set; }
    [JsonPropertyName("place_country")]
    public string? PlaceCountry { get; set; }
    [JsonPropertyName("lat")]
    public double? Lat { get; set; }
    [JsonPropertyName("lon")]
    public double? Lon { get; set; }
    [JsonPropertyName("confidence")]
    public double Confidence { get; set; }
    [JsonPropertyName("num_mentions")]
    public int NumMentions { get; set; }
    [JsonPropertyName("num_sources")]
    public int NumSources { get; set; }
    [JsonPropertyName("num_articles")]
    public int NumArticles { get; set; }
    [JsonPropertyName("url")]
    public string? Url { get; set; }
    [JsonPropertyName("outlet")]
    public string? Outlet { get; set; }
    [JsonPropertyName("language")]
    public string? Language { get; set; }
    [JsonPropertyName("published")]
    public string? Published { get; set; }
    [JsonPropertyName("sentence")]
    public int Sentence { get; set; }
    [JsonPropertyName("evidence_start")]
    public int EvidenceStart { get; set; }
    [JsonPropertyName("evidence_end")]
    public int EvidenceEnd { get; set; }
    [JsonPropertyName("evidence")]
    public string Evidence { get; set; } = "";

    public static FlatEvent From(EventRow r)
    {
        var e = r.Event;
        static string? Join(IEnumerable<string> s) { var v = string.Join(';', s); return v.Length == 0 ? null : v; }
        return new FlatEvent
        {
            RecordId = r.RecordId,
            ClusterId = r.Cluster,
            ArticleId = r.ArticleId,
            Duplicate = r.FromDuplicate,
            Date = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTo = e.DateTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Precision = e.Precision,
            SourceKeys = Join(e.Source.Select(a => a.Key)),
            SourceCodes = Join(e.Source.Select(a => a.Code)),
            SourceNames = Join(e.Source.Select(a => a.Name)),
            TargetKeys = Join(e.Target.Select(a => a.Key)),
            TargetCodes = Join(e.Target.Select(a => a.Code)),
            TargetNames = Join(e.Target.Select(a => a.Name)),
            Cameo = e.Cameo,
            Root = e.Root,
            Quad = e.Quad,
            Goldstein = e.Goldstein,
            PloverType = e.PloverType,
            PloverMode = e.PloverMode,
            Modality = e.Modality,
            ClaimedBy = Join(e.ClaimedBy.Select(a => a.Key)),
            DeniedBy = Join(e.DeniedBy.Select(a => a.Key)),
            Place = e.Place?.Name,
            PlaceCountry = e.Place?.Country,
            Lat = e.Place?.Lat,
            Lon = e.Place?.Lon,
            Confidence = e.Confidence,
            NumMentions = r.NumMentions,
            NumSources = r.NumSources,
            NumArticles = r.NumArticles,
            Url = r.Url,
            Outlet = r.Outlet,
            Language = r.Language,
            Published = r.Published,
            Sentence = e.Sentence,
            EvidenceStart = e.EvidenceStart,
            EvidenceEnd = e.EvidenceEnd,
            Evidence = e.Evidence,
        };
    }

    public static readonly string[] Header =
    [
        "record_id", "cluster_id", "article_id", "duplicate", "date", "date_to", "precision",
        "source_keys", "source_codes", "source_names", "target_keys", "target_codes", "target_names",
        "cameo", "root", "quad", "goldstein", "plover_type", "plover_mode", "modality", "claimed_by", "denied_by",
        "place", "place_country", "lat", "lon", "confidence", "num_mentions", "num_sources", "num_articles",
        "url", "outlet", "language", "published", "sentence", "evidence_start", "evidence_end", "evidence",
    ];

    public string?[] Values()
    {
        static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
        static string? D(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
        return
        [
            RecordId, I(ClusterId), ArticleId, Duplicate ? "1" : "0", Date, DateTo, Precision,
            SourceKeys, SourceCodes, SourceNames, TargetKeys, TargetCodes, TargetNames,
            Cameo, Root, I(Quad), D(Goldstein), PloverType, PloverMode, Modality, ClaimedBy, DeniedBy,
            Place, PlaceCountry, D(Lat), D(Lon), D(Math.Round(Confidence, 3)), I(NumMentions), I(NumSources), I(NumArticles),
            Url, Outlet, Language, Published, I(Sentence), I(EvidenceStart), I(EvidenceEnd), Evidence,
        ];
    }
}

using System.Globalization;

namespace Warta.Corpus.Export;

/// <summary>One event record as a flat row: the CSV and Parquet exports' schema (one row per event).</summary>
public sealed class FlatEvent
{
    public string RecordId { get; set; } = "";
    public long ClusterId { get; set; }
    public string ArticleId { get; set; } = "";
    public bool Duplicate { get; set; }
    public string? Date { get; set; }
    public string? DateTo { get; set; }
    public string Precision { get; set; } = "";
    public string? SourceKeys { get; set; }
    public string? SourceCodes { get; set; }
    public string? SourceNames { get; set; }
    public string? TargetKeys { get; set; }
    public string? TargetCodes { get; set; }
    public string? TargetNames { get; set; }
    public string Cameo { get; set; } = "";
    public string Root { get; set; } = "";
    public int Quad { get; set; }
    public double Goldstein { get; set; }
    public string? PloverType { get; set; }
    public string? PloverMode { get; set; }
    public string Modality { get; set; } = "";
    public string? ClaimedBy { get; set; }
    public string? DeniedBy { get; set; }
    public string? Place { get; set; }
    public string? PlaceCountry { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public double Confidence { get; set; }
    public int NumMentions { get; set; }
    public int NumSources { get; set; }
    public int NumArticles { get; set; }
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public string? Language { get; set; }
    public string? Published { get; set; }
    public int Sentence { get; set; }
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
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

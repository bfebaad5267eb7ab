using System.Globalization;
using System.Text.Json;

namespace Warta.Corpus.Export;

/// <summary>
/// PLOVER JSON Lines, field names from the PLOVER manual's data-interchange chapter (Table 6.1): id, date,
/// enddate, actor, recipient, event, mode, context, quad_code, event_scale, event_loc, event_text, link,
/// text_info, cite_info, coder, coded_date, comment. One record per coded event; link is its cluster.
/// </summary>
public static class PloverExporter
{
    public static int Write(IEnumerable<EventRow> rows, Stream stream)
    {
        var opts = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        int n = 0;
        foreach (var r in rows)
        {
            var e = r.Event;
            using (var w = new Utf8JsonWriter(stream, opts))
            {
                w.WriteStartObject();
                w.WriteString("id", r.RecordId);
                w.WriteBoolean("has_event", e.PloverType is not null);
                if (e.Date is { } d) w.WriteString("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else w.WriteNull("date");
                if (e.DateTo is { } to) w.WriteString("enddate", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Entities(w, "actor", e.Source);
                Entities(w, "recipient", e.Target);
                w.WriteStartArray("event");
                if (e.PloverType is not null) w.WriteStringValue(e.PloverType);
                w.WriteEndArray();
                w.WriteStartArray("mode");
                if (e.PloverMode is not null) w.WriteStringValue(e.PloverMode);
                w.WriteEndArray();
                w.WriteStartArray("context");
                foreach (var c in e.PloverContext) w.WriteStringValue(c);
                w.WriteEndArray();
                w.WriteNumber("quad_code", e.Quad);
                w.WriteNumber("event_scale", e.Goldstein);
                if (e.Place is { } p)
                {
                    // geonames.org field names, as the manual recommends.
                    w.WriteStartObject("event_loc");
                    w.WriteString("name", p.Name);
                    if (p.Country is not null) w.WriteString("countryCode", p.Country);
                    w.WriteString("fcl", p.Kind);
                    if (p.GeoNames is { } g) w.WriteNumber("geonameId", g);
                    if (p.Lat is { } lat) w.WriteNumber("lat", lat);
                    if (p.Lon is { } lon) w.WriteNumber("lng", lon);
                    w.WriteEndObject();
                }
                w.WriteStartArray("event_text");
                w.WriteStringValue(e.Evidence);
                w.WriteEndArray();
                w.WriteString("link", r.Cluster.ToString(CultureInfo.InvariantCulture));
                w.WriteStartObject("text_info");
                w.WriteNumber("sequence", e.Sentence);
                w.WriteNumber("start", e.EvidenceStart);
                w.WriteNumber("end", e.EvidenceEnd);
                w.WriteEndObject();
                w.WriteStartObject("cite_info");
                w.WriteString("corpus", "warta");
                w.WriteString("citation", r.ArticleId);
                if (r.Url is not null) w.WriteString("url", r.Url);
                if (r.Title is not null) w.WriteString("title", r.Title);
                if (r.Language is not null) w.WriteString("language", r.Language);
                if (r.Outlet is not null) w.WriteString("publication", r.Outlet);
                if (r.Published is not null) w.WriteString("date", r.Published);
                w.WriteEndObject();
                w.WriteString("coder", "warta");
                w.WriteString("coded_date", r.IngestedAt.Length >= 10 ? r.IngestedAt[..10] : r.IngestedAt);
                // Warta's own fields that PLOVER has no slot for.
                w.WriteString("cameo", e.Cameo);
                w.WriteString("modality", e.Modality);
                w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
                if (e.ClaimedBy.Count > 0) Entities(w, "claimed_by", e.ClaimedBy);
                if (e.DeniedBy.Count > 0) Entities(w, "denied_by", e.DeniedBy);
                if (r.FromDuplicate) w.WriteString("comment", "near-duplicate article");
                w.WriteEndObject();
            }
            stream.Write("\n"u8);
            n++;
        }
        return n;
    }

    /// <summary>Entity objects (Table 6.2): code = country or group code, sector, entity_text, identifier_id.</summary>
    private static void Entities(Utf8JsonWriter w, string name, IReadOnlyList<StoredActor> actors)
    {
        w.WriteStartArray(name);
        foreach (var a in actors)
        {
            w.WriteStartObject();
            w.WriteString("code", a.Country ?? a.Code);
            if (a.Sector is not null) w.WriteString("sector", a.Sector);
            w.WriteString("entity_text", a.Name);
            if (a.Id is not null) w.WriteString("identifier_id", a.Id);
            w.WriteString("cameo_code", a.Code);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}

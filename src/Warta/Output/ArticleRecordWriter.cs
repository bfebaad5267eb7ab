using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Warta.Documents;

namespace Warta.Output;

/// <summary>
/// Writes the article record of spec/article-json.md ("warta.article/1"). Every field of the contract
/// is always present; layers a pipeline did not fill are empty lists, unknown scalars are null.
/// </summary>
public static class ArticleRecordWriter
{
    public const string Schema = "warta.article/1";

    /// <summary>Stable id: the first 8 bytes of SHA-256 over the normalized body text, as hex.</summary>
    public static string ArticleId(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    public static void Write(Utf8JsonWriter w, Document doc)
    {
        var meta = doc.Metadata;
        string id = ArticleId(doc.Text);
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("id", id);
        // Not in the contract's example, allowed as an added field: names the input so `eval` can pair gold files with records.
        WriteNullable(w, "input", meta.SourceName);
        WriteNullable(w, "url", meta.Url);
        WriteNullable(w, "language", doc.Language);
        WriteNullable(w, "title", meta.Title);
        w.WriteStartArray("authors");
        foreach (var a in meta.Authors) w.WriteStringValue(a);
        w.WriteEndArray();
        WriteNullable(w, "published", meta.Published);

        if (meta.Dateline is { } dl)
        {
            w.WriteStartObject("dateline");
            w.WriteString("text", dl.Text);
            w.WritePropertyName("place");
            WritePlace(w, FindDatelinePlace(doc));
            w.WriteEndObject();
        }
        else w.WriteNull("dateline");

        w.WriteStartArray("credits");
        foreach (var c in meta.Credits)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteString("role", c.Role);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("cited_sources");
        foreach (var c in meta.CitedSources)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WritePropertyName("actor");
            WriteActor(w, FindMentionActor(doc, c.Start, c.End));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteString("text", doc.Text);

        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("mentions");
        foreach (var m in doc.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteString("text", doc.Slice(m.Start, m.End));
            w.WriteString("type", m.Type.ToString());
            w.WritePropertyName("actor");
            WriteActor(w, m.Actor);
            w.WritePropertyName("place");
            WritePlace(w, m.Place);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in doc.Times)
        {
            w.WriteStartObject();
            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            w.WriteString("text", doc.Slice(t.Start, t.End));
            WriteDateFields(w, t.Date);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            w.WriteString("text", doc.Slice(q.Start, q.End));
            w.WriteBoolean("direct", q.Direct);
            if (q.Speaker is { } sp)
            {
                w.WriteStartObject("speaker");
                w.WriteString("name", sp.Name);
                w.WritePropertyName("actor");
                WriteActor(w, sp.Actor);
                w.WriteStartObject("mention");
                w.WriteNumber("start", sp.MentionStart);
                w.WriteNumber("end", sp.MentionEnd);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            else w.WriteNull("speaker");
            w.WriteString("cue", q.Cue);
            w.WriteStartArray("via");
            foreach (var v in q.Via) w.WriteStringValue(v);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        int n = 0;
        foreach (var e in doc.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", $"{id}#{n++}");
            WriteActors(w, "source", e.Source);
            WriteActors(w, "target", e.Target);
            w.WriteString("cameo", e.Cameo);
            w.WriteNumber("quad", e.Quad);
            w.WriteNumber("goldstein", e.Goldstein);
            if (e.Plover is { } p)
            {
                w.WriteStartObject("plover");
                w.WriteString("type", p.Type);
                WriteNullable(w, "mode", p.Mode);
                w.WriteStartArray("context");
                foreach (var c in p.Context) w.WriteStringValue(c);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else w.WriteNull("plover");
            if (e.Date is { } d)
            {
                w.WriteStartObject("date");
                WriteDateFields(w, d);
                WriteNullable(w, "text", e.DateText);
                w.WriteEndObject();
            }
            else w.WriteNull("date");
            w.WritePropertyName("place");
            WritePlace(w, e.Place);
            w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
            WriteActors(w, "claimed_by", e.ClaimedBy);
            WriteActors(w, "denied_by", e.DeniedBy);
            w.WriteStartObject("evidence");
            w.WriteNumber("sentence", e.Sentence);
            w.WriteNumber("start", e.EvidenceStart);
            w.WriteNumber("end", e.EvidenceEnd);
            w.WriteString("text", doc.Slice(e.EvidenceStart, e.EvidenceEnd));
            w.WriteEndObject();
            // Added field (allowed by the contract): every span that reported the event, when duplicates were merged.
            w.WriteStartArray("evidence_all");
            if (e.AllEvidence.Count == 0) WriteSpan(w, doc, new TextSpan(e.EvidenceStart, e.EvidenceEnd));
            foreach (var span in e.AllEvidence) WriteSpan(w, doc, span);
            w.WriteEndArray();
            w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, Document doc, TextSpan span)
    {
        w.WriteStartObject();
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", doc.Slice(span.Start, span.End));
        w.WriteEndObject();
    }

    private static void WriteDateFields(Utf8JsonWriter w, DateValue d)
    {
        if (d.To is { } to)
        {
            w.WriteString("from", d.Format());
            w.WriteString("to", (d with { Value = to, To = null }).Format());
        }
        else w.WriteString("value", d.Format());
        w.WriteString("precision", d.PrecisionName);
    }

    private static PlaceRef? FindDatelinePlace(Document doc)
    {
        // The dateline is not part of `text`; the structure pass resolves it through the gazetteer when one is loaded.
        return doc.Metadata.Dateline is DatelineWithPlace dp ? dp.Place : null;
    }

    private static ActorRef? FindMentionActor(Document doc, int start, int end)
    {
        foreach (var m in doc.Mentions)
            if (m.Start >= start && m.End <= end && m.Actor is not null) return m.Actor;
        return null;
    }

    private static void WriteActors(Utf8JsonWriter w, string name, List<ActorRef> actors)
    {
        w.WriteStartArray(name);
        foreach (var a in actors) WriteActor(w, a);
        w.WriteEndArray();
    }

    public static void WriteActor(Utf8JsonWriter w, ActorRef? a)
    {
        if (a is null) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        w.WriteString("name", a.Name);
        w.WriteString("code", a.Code);
        WriteNullable(w, "country", a.Country);
        WriteNullable(w, "sector", a.Sector);
        WriteNullable(w, "id", a.Id);
        w.WriteEndObject();
    }

    public static void WritePlace(Utf8JsonWriter w, PlaceRef? p)
    {
        if (p is null) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        w.WriteString("name", p.Name);
        WriteNullable(w, "country", p.Country);
        w.WriteString("kind", p.Kind);
        if (p.GeoNames is { } g) w.WriteNumber("geonames", g); else w.WriteNull("geonames");
        if (p.Lat is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
        if (p.Lon is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    /// <summary>Serializes one record to a string (JSON Lines when <paramref name="indented"/> is false).</summary>
    public static string ToJson(Document doc, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            Write(w, doc);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static string Invariant(double d) => d.ToString(CultureInfo.InvariantCulture);
}

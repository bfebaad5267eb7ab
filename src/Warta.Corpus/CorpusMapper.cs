using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Warta.Documents;
using Warta.Input;
using Warta.Output;

namespace Warta.Corpus;

/// <summary>Flattens an annotated <see cref="Document"/> into a <see cref="StoredArticle"/>.</summary>
public static class CorpusMapper
{
    /// <summary>Identity of a raw input: a re-run skips inputs whose hash is already stored.</summary>
    public static string InputHash(RawArticle raw)
    {
        var sb = new StringBuilder();
        sb.Append(raw.Url).Append('\u0001').Append(raw.Title).Append('\u0001').Append(raw.Published).Append('\u0001')
          .Append(raw.Language).Append('\u0001').Append(raw.Outlet).Append('\u0001').Append(raw.Text).Append('\u0001').Append(raw.Html);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    public static StoredArticle FromDocument(Document doc, string? inputHash = null)
    {
        var meta = doc.Metadata;
        DateOnly? published = doc.PublishedDate ?? ParseDate(meta.Published);
        var sentences = new (int, int)[doc.Sentences.Length];
        for (int i = 0; i < sentences.Length; i++) sentences[i] = (doc.Sentences[i].Start, doc.Sentences[i].End);

        var mentions = new List<StoredMention>(doc.Mentions.Count);
        foreach (var m in doc.Mentions)
            mentions.Add(new StoredMention(m.Start, m.End, m.Type.ToString(), doc.Text[m.Start..m.End], Actor(m.Actor), Place(m.Place)));

        var quotes = new List<StoredQuote>(doc.Quotes.Count);
        foreach (var q in doc.Quotes)
            quotes.Add(new StoredQuote(q.Start, q.End, doc.Text[q.Start..q.End], q.Direct, q.Cue, q.Via, q.Speaker?.Name, Actor(q.Speaker?.Actor)));

        var events = new List<StoredEvent>(doc.Events.Count);
        int n = 0;
        foreach (var e in doc.Events)
        {
            var date = e.Date;
            events.Add(new StoredEvent
            {
                Ordinal = n++,
                Source = Actors(e.Source),
                Target = Actors(e.Target),
                ClaimedBy = Actors(e.ClaimedBy),
                DeniedBy = Actors(e.DeniedBy),
                Cameo = e.Cameo,
                Quad = e.Quad,
                Goldstein = e.Goldstein,
                PloverType = e.Plover?.Type,
                PloverMode = e.Plover?.Mode,
                PloverContext = e.Plover?.Context ?? [],
                // An event without a date of its own happened, as far as the text says, around publication.
                Date = date?.Value ?? published,
                DateTo = date?.To,
                Precision = date?.PrecisionName ?? "day",
                DateText = date is null ? null : e.DateText,
                Place = Place(e.Place),
                Modality = e.Modality.ToString().ToLowerInvariant(),
                Sentence = e.Sentence,
                EvidenceStart = e.EvidenceStart,
                EvidenceEnd = e.EvidenceEnd,
                Evidence = doc.Text[e.EvidenceStart..e.EvidenceEnd],
                Confidence = e.Confidence,
            });
        }

        return new StoredArticle
        {
            Id = ArticleRecordWriter.ArticleId(doc.Text),
            Input = meta.SourceName,
            InputHash = inputHash,
            Url = meta.Url,
            Outlet = meta.Outlet,
            Language = doc.Language,
            Title = meta.Title,
            Published = meta.Published,
            PublishedDate = published,
            Text = doc.Text,
            Sentences = sentences,
            Mentions = mentions,
            Quotes = quotes,
            Events = events,
            Signature = MinHash.Compute(doc.Text),
        };
    }

    /// <summary>The date part of an ISO 8601 instant or date ("2024-06-21T14:29:00+07:00" → 2024-06-21).</summary>
    public static DateOnly? ParseDate(string? iso) =>
        iso is { Length: >= 10 } && DateOnly.TryParseExact(iso.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    private static StoredActor? Actor(ActorRef? a) => a is null ? null : new StoredActor(a.Name, a.Code, a.Country, a.Sector, a.Id);

    private static StoredActor[] Actors(List<ActorRef> list)
    {
        var r = new StoredActor[list.Count];
        for (int i = 0; i < r.Length; i++) r[i] = Actor(list[i])!;
        return r;
    }

    private static StoredPlace? Place(PlaceRef? p) => p is null ? null : new StoredPlace(p.Name, p.Country, p.Kind, p.GeoNames, p.Lat, p.Lon);
}

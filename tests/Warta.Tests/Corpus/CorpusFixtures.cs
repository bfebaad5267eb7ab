using Warta.Corpus;
using Warta.Documents;

namespace Warta.Tests.Corpus;

/// <summary>Builds annotated documents by hand (sentences written for these tests) to exercise the store without the NLP stages.</summary>
internal static class CorpusFixtures
{
    public static readonly ActorRef Putin = new("Vladimir Putin", "RUSGOV", "RUS", "GOV", "kb:putin");
    public static readonly ActorRef Kim = new("Kim Jong Un", "PRKGOV", "PRK", "GOV", "kb:kim");
    public static readonly ActorRef Russia = new("Russia", "RUS", "RUS", null, "kb:rus");
    public static readonly ActorRef NorthKorea = new("North Korea", "PRK", "PRK", null, "kb:prk");
    public static readonly ActorRef Philippines = new("Philippines", "PHL", "PHL", null, null);
    public static readonly ActorRef China = new("China", "CHNMIL", "CHN", "MIL", null);
    public static readonly ActorRef Asean = new("ASEAN", "IGOSEAASN", null, null, "kb:asean");

    public sealed record Ev(ActorRef[] Source, ActorRef[] Target, string Cameo, int Quad, double Goldstein, DateOnly? Date,
        string Evidence, ActorRef[]? ClaimedBy = null, ActorRef[]? DeniedBy = null);

    /// <summary>A document whose text is the evidence sentences (plus <paramref name="filler"/>), one event per sentence.</summary>
    public static Document Doc(string? url, string language, string? published, string? outlet, string filler, params Ev[] events)
    {
        var text = string.Join(" ", events.Select(e => e.Evidence).Append(filler)).Trim();
        var doc = new Document(text, new Documents.ArticleMetadata { SourceName = url ?? "inline", Url = url, Outlet = outlet, Published = published, Title = "T " + filler.Split(' ')[0] })
        {
            Language = language,
            PublishedDate = published is null ? null : DateOnly.Parse(published[..10], System.Globalization.CultureInfo.InvariantCulture),
        };
        var sentences = new List<Sentence>();
        int at = 0;
        for (int i = 0; i < events.Length; i++)
        {
            var e = events[i];
            int start = text.IndexOf(e.Evidence, at, StringComparison.Ordinal);
            sentences.Add(new Sentence(start, start + e.Evidence.Length, 0, 0));
            var ev = new Event
            {
                Source = [.. e.Source],
                Target = [.. e.Target],
                Cameo = e.Cameo,
                Quad = e.Quad,
                Goldstein = e.Goldstein,
                Plover = new PloverCode("AGREE", null, ["diplomatic"]),
                Date = e.Date is { } d ? new DateValue(d, DatePrecision.Day) : null,
                DateText = e.Date is null ? null : "Rabu",
                Sentence = i,
                EvidenceStart = start,
                EvidenceEnd = start + e.Evidence.Length,
                Confidence = 0.8,
            };
            if (e.ClaimedBy is not null) ev.ClaimedBy.AddRange(e.ClaimedBy);
            if (e.DeniedBy is not null) ev.DeniedBy.AddRange(e.DeniedBy);
            doc.Events.Add(ev);
            at = start + e.Evidence.Length;
        }
        doc.Sentences = [.. sentences];
        return doc;
    }

    public static StoredArticle Stored(Document doc) => CorpusMapper.FromDocument(doc, "h:" + doc.Metadata.Url + ":" + doc.Text.Length);

    public static readonly DateOnly June19 = new(2024, 6, 19);

    public const string IdFiller = "Kedua pemimpin bertemu di ibu kota dan membahas kerja sama pertahanan, perdagangan, energi serta pendidikan selama beberapa jam.";
    public const string EnFiller = "The two leaders met in the capital and discussed defence, trade, energy and education for several hours behind closed doors.";

    public static Document TreatyId() => Doc("https://berita.example.id/pakta", "id", "2024-06-19T20:40:00+07:00", "Berita Contoh", IdFiller,
        new Ev([Putin, Kim], [], "057", 1, 8.0, June19, "Putin dan Kim menandatangani pakta pertahanan pada hari Rabu."),
        new Ev([Putin], [Kim], "042", 1, 1.9, June19, "Putin tiba di Pyongyang untuk kunjungan kenegaraan."));

    public static Document TreatyEn() => Doc("https://news.example.com/treaty", "en", "2024-06-20", "Example Wire", EnFiller,
        new Ev([Russia], [NorthKorea], "057", 1, 8.0, new DateOnly(2024, 6, 20), "Russia and North Korea signed a mutual defence agreement."));

    public static Document WaterCannon2023() => Doc("https://news.example.com/cannon", "en", "2023-08-07", "Example Wire", EnFiller + " Coast guard vessels shadowed the supply boats.",
        new Ev([China], [Philippines], "175", 4, -9.0, new DateOnly(2023, 8, 5), "Chinese coast guard ships fired water cannon at a Philippine supply boat."));

    public static Document WaterCannon2024() => Doc("https://news.example.com/cannon-2024", "en", "2024-08-06", "Example Wire", EnFiller + " Navy officials later released a video of the encounter.",
        new Ev([China], [Philippines], "175", 4, -9.0, new DateOnly(2024, 8, 5), "Chinese vessels again used water cannon against a Philippine boat."));

    public static Document ClaimDenied() => Doc("https://berita.example.id/klaim", "id", "2024-06-25", "Berita Contoh", IdFiller + " Pejabat menolak berkomentar lebih jauh.",
        new Ev([NorthKorea], [Russia], "061", 2, 6.4, new DateOnly(2024, 6, 24), "Korea Utara disebut mengirim amunisi ke Rusia, menurut tuduhan Amerika Serikat.",
            ClaimedBy: [new ActorRef("United States", "USA", "USA", null, null)], DeniedBy: [Russia]));
}

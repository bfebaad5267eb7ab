using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

public sealed class QuoteAttributorTests
{
    private static readonly N[] Names =
    [
        new("Budi Santoso", "IDNGOV", EntityType.PER), new("Budi", "IDNGOV", EntityType.PER), new("Jepang", "JPN"), new("Korea Selatan", "KOR"),
        new("Maria Lopez", "PHLGOV", EntityType.PER), new("Lopez", "PHLGOV", EntityType.PER), new("Antara", "IDNMED", EntityType.ORG),
        new("Filipina", "PHL"), new("Manila", "PHL"),
    ];

    private static Document Run(string text, string lang = "id") =>
        QuoteTestDocs.Attribute(text, lang, Names);

    private static string Text(Document d, Quote q) => d.Text[q.Start..q.End];

    [Theory]
    [InlineData("“Kami akan membangun jembatan baru tahun depan,” kata Budi Santoso kepada wartawan.", "kata")]
    [InlineData("\" Kami akan membangun jembatan baru tahun depan,\" ujar Budi.", "ujar")]
    [InlineData("«Kami akan membangun jembatan baru tahun depan», tegas Budi.", "tegas")]
    [InlineData("Budi mengatakan: \"Kami akan membangun jembatan baru tahun depan.\"", "mengatakan")]
    public void Direct_quotes_in_every_style_get_the_speaker_from_the_cue(string text, string cue)
    {
        var doc = Run(text);
        var q = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.StartsWith("Kami akan membangun jembatan", Text(doc, q));
        Assert.DoesNotContain("\"", Text(doc, q));
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
        Assert.Equal(cue, q.Cue);
    }

    [Fact]
    public void English_speaker_after_or_before_the_verb()
    {
        var doc = Run("“We will not give up our claim to the shoal,” Lopez told reporters. “The talks must go on,” said Maria Lopez.", "en");
        Assert.Equal(2, doc.Quotes.Count(q => q.Direct));
        Assert.All(doc.Quotes.Where(q => q.Direct), q => Assert.Equal("PHL", q.Speaker?.Actor?.Key));
    }

    [Fact]
    public void A_quote_continues_into_a_paragraph_that_opens_with_a_mark()
    {
        var doc = Run("Budi mengatakan: \"Jalan itu akan diperbaiki bulan depan.\n\"Dananya sudah tersedia di kas daerah.\"");
        var q = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.Contains("diperbaiki", Text(doc, q));
        Assert.Contains("Dananya sudah tersedia", Text(doc, q));
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
    }

    [Fact]
    public void Nya_cue_points_to_the_previous_speaker()
    {
        var doc = Run("\"Kami akan membangun jembatan baru,\" kata Budi. Cuaca hari ini cerah sekali. \"Semua warga akan merasakan manfaatnya,\" ucapnya.");
        var quotes = doc.Quotes.Where(q => q.Direct).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("ucapnya", quotes[1].Cue);
        Assert.Equal("IDN", quotes[1].Speaker?.Actor?.Key);
    }

    [Fact]
    public void Reported_speech_spans_the_reported_clause()
    {
        var doc = Run("Budi Santoso mengatakan bahwa pemerintah akan menaikkan anggaran pendidikan. Menurut Lopez, pembangunan pelabuhan sudah selesai.");
        var first = Assert.Single(doc.Quotes, q => q.Cue == "mengatakan");
        Assert.False(first.Direct);
        Assert.Equal("pemerintah akan menaikkan anggaran pendidikan", Text(doc, first));
        var second = Assert.Single(doc.Quotes, q => q.Cue == "Menurut");
        Assert.Equal("pembangunan pelabuhan sudah selesai", Text(doc, second));
        Assert.Equal("PHL", second.Speaker?.Actor?.Key);
    }

    [Fact]
    public void English_reported_speech_after_said_that()
    {
        var doc = Run("Lopez said that the coast guard would escort the supply boats next week.", "en");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the coast guard would escort the supply boats next week", Text(doc, q));
        Assert.Equal("PHL", q.Speaker?.Actor?.Key);
    }

    [Fact]
    public void Compound_speaker_names_the_first_actor_and_pronouns_go_back_to_the_last_speaker()
    {
        var doc = Run("Jepang dan Korea Selatan mengatakan, latihan bersama akan digelar bulan depan. Budi tiba kemarin. Dalam wawancara, ia mengatakan, anggaran pertahanan akan naik.");
        var q1 = doc.Quotes.First(q => Text(doc, q).StartsWith("latihan", StringComparison.Ordinal));
        Assert.Equal("JPN", q1.Speaker?.Actor?.Key);
        var q2 = doc.Quotes.First(q => Text(doc, q).StartsWith("anggaran", StringComparison.Ordinal));
        Assert.NotNull(q2.Speaker);
    }

    [Fact]
    public void Short_scare_quotes_are_not_speech_and_via_names_the_outlet()
    {
        var doc = Run("Hubungan itu disebut sebagai \"persahabatan\" oleh kedua pihak. \"Kami siap membantu Filipina kapan saja,\" kata Budi, dikutip dari Antara.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(["Antara"], q.Via);
    }

    [Fact]
    public void Trailing_unquoted_cue_makes_the_clause_before_it_reported_speech()
    {
        var doc = Run("Larangan itu akan berlaku mulai bulan depan, kata Budi kepada wartawan.");
        var q = Assert.Single(doc.Quotes);
        Assert.False(q.Direct);
        Assert.Equal("Larangan itu akan berlaku mulai bulan depan", Text(doc, q));
    }

    [Fact]
    public void Menurutnya_reports_the_previous_speaker()
    {
        var doc = Run("\"Jalan tol itu dibuka pekan depan,\" kata Budi. Menurutnya, biaya pembangunan sudah dibayar lunas.");
        var q = Assert.Single(doc.Quotes, q => !q.Direct);
        Assert.Equal("biaya pembangunan sudah dibayar lunas", Text(doc, q));
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
    }
}

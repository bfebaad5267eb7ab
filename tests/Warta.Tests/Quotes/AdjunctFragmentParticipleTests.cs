using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>
/// Reported-speech constructions missed on real news (round 11): a clause after "mengatakan dalam sebuah pernyataan,",
/// "bunyi siaran pers X" closing a direct quote, a quoted term opening the reported clause, a participle after a direct
/// quote's own cue ("…,” katanya, seraya menambahkan bahwa …") and the appositive name speaking a quoted fragment.
/// Own sentences.
/// </summary>
public sealed class AdjunctFragmentParticipleTests
{
    private static readonly N[] Names =
    [
        new("Budi Santoso", "IDNGOV", EntityType.PER), new("Budi", "IDNGOV", EntityType.PER),
        new("Kemlu Jepang", "JPNGOV", EntityType.ORG), new("Jepang", "JPN"), new("Japan", "JPN"),
        new("Filipina", "PHL"), new("Philippines", "PHL"), new("Vietnam", "VNM"),
    ];

    private static Document Run(string text, string lang = "id") =>
        QuoteTestDocs.Attribute(text, lang, Names);

    private static Quote QuoteWith(Document d, string content) =>
        Assert.Single(d.Quotes, q => d.Text[q.Start..q.End].Contains(content, StringComparison.Ordinal));

    [Theory]
    [InlineData("Kemlu Jepang mengatakan dalam sebuah pernyataan, dua kapal nelayan Vietnam telah ditahan di pelabuhan.", "id", "dua kapal nelayan Vietnam telah ditahan")]
    [InlineData("Kemlu Jepang mengatakan dalam pernyataannya, kapal patroli Vietnam memasuki perairan itu.", "id", "kapal patroli Vietnam memasuki")]
    [InlineData("Japan said in a statement, two Vietnamese fishing boats were seized near the port.", "en", "two Vietnamese fishing boats were seized")]
    public void The_clause_after_an_adjunct_and_its_comma_is_reported(string text, string lang, string content)
    {
        var q = QuoteWith(Run(text, lang), content);
        Assert.False(q.Direct);
        Assert.Equal("JPN", q.Speaker?.Actor?.Key);
    }

    [Theory]
    [InlineData("Budi mengatakan di Jakarta, Senin (3/2).")]
    [InlineData("Budi mengatakan dalam jumpa pers, Senin (3/2) pagi.")]
    public void A_date_or_place_tail_after_the_adjunct_is_no_speech(string text) => Assert.Empty(Run(text).Quotes);

    [Fact]
    public void Bunyi_siaran_pers_names_the_issuer()
    {
        var doc = Run("“Kami akan memperkuat patroli di perairan sengketa itu,” bunyi siaran pers Kemlu Jepang.");
        Assert.Equal("JPN", QuoteWith(doc, "memperkuat patroli").Speaker?.Actor?.Key);
    }

    [Fact]
    public void An_unlinked_issuer_keeps_the_statement_instead_of_the_last_speaker()
    {
        var doc = Run("“Kami akan membantu para nelayan Vietnam,” kata Budi. "
                      + "“Presiden menerima delegasi Vietnam di istana pada sore hari,” bunyi siaran pers Biro Humas Istana.");
        var q = QuoteWith(doc, "menerima delegasi Vietnam");
        Assert.NotNull(q.Speaker);
        Assert.Null(q.Speaker!.Actor);
        Assert.StartsWith("Biro Humas", q.Speaker.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Filipina mengatakan “penyusup” dari laut menyerang sebuah pos penjagaan pada hari Jumat.", "dari laut menyerang sebuah pos")]
    [InlineData("Filipina mengatakan “penyusup asing” dari laut telah menyerang sebuah pos.", "dari laut telah menyerang")]
    [InlineData("Filipina mengatakan “teroris” dari laut menyerang sebuah pos penjagaan.", "dari laut menyerang")]
    public void A_quoted_term_opening_the_reported_clause_does_not_end_it(string text, string content)
    {
        var q = QuoteWith(Run(text), content);
        Assert.False(q.Direct);
        Assert.Equal("PHL", q.Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_quoted_predicate_stays_the_direct_quote_alone()
    {
        var doc = Run("Kemlu Jepang mengatakan “sangat menghargai” keputusan Vietnam untuk membuka kembali perundingan.");
        Assert.DoesNotContain(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("keputusan Vietnam", StringComparison.Ordinal));
        Assert.Equal("JPN", QuoteWith(doc, "sangat menghargai").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_participle_after_a_direct_quotes_cue_is_that_speakers()
    {
        var doc = Run("Budi menerima utusan Vietnam di Jakarta. “Ini tidak dapat diterima,” katanya, "
                      + "seraya menambahkan bahwa Vietnam telah melanggar kesepakatan perikanan.");
        Assert.Equal("IDN", QuoteWith(doc, "tidak dapat diterima").Speaker?.Actor?.Key);
        var added = QuoteWith(doc, "Vietnam telah melanggar kesepakatan");
        Assert.False(added.Direct);
        Assert.Equal("IDN", added.Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_quoted_fragment_is_spoken_by_the_appositive_name()
    {
        var doc = Run("Juru bicara Kemlu Jepang, Taro Yamada, mengatakan bahwa daftar pejabat yang dilarang masuk itu mencakup “pejabat yang dekat dengan presiden Vietnam”.");
        var frag = Assert.Single(doc.Quotes, q => q.Direct);
        var reported = Assert.Single(doc.Quotes, q => !q.Direct);
        Assert.Equal(reported.Speaker?.Name, frag.Speaker?.Name);
        Assert.Equal("JPN", frag.Speaker?.Actor?.Key);
    }

    [Fact]
    public void Mengutarakan_voices_what_follows()
    {
        var q = QuoteWith(Run("Budi mengutarakan keinginan Indonesia untuk memperluas kerja sama perikanan dengan Vietnam."), "keinginan Indonesia untuk memperluas");
        Assert.False(q.Direct);
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
    }
}

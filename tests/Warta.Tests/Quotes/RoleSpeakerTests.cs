using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>
/// Speakers named only by a role or a body ("the spokesperson", "Kemenlu", "yayasan tersebut"): the quote is kept
/// and the speaker's actor comes from the phrase itself, an earlier phrase of the same kind, or the previous body speaker.
/// </summary>
public sealed class RoleSpeakerTests
{
    private static readonly N[] Names =
    [
        new("Norway", "NOR"), new("Norwegian", "NOR"), new("Chile", "CHL"), new("Peru", "PER"),
        new("Kementerian Luar Negeri Norwegia", "NORGOV", EntityType.ORG), new("Norwegia", "NOR"), new("Chili", "CHL"),
    ];

    private static Quote Covering(Document doc, string content) =>
        Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains(content, StringComparison.Ordinal));

    [Fact]
    public void A_trailing_role_phrase_after_a_comma_speaks_the_clause_before_it()
    {
        var doc = TestDocs.Build(
            "Norway summoned the ambassador of Chile over the fishing dispute. The talks with Chile will resume next month, " +
            "a Norwegian foreign ministry spokesperson said on Monday.", "en", Names);
        new QuoteAttributor().Process(doc);
        var q = Covering(doc, "talks with Chile will resume");
        Assert.False(q.Direct);
        Assert.Equal("NOR", q.Speaker?.Actor?.Country);
        Assert.DoesNotContain("spokesperson", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_later_bare_spokesperson_takes_the_actor_of_the_earlier_one()
    {
        var doc = TestDocs.Build(
            "A Norwegian defence spokesperson said the patrol had ended without incident. " +
            "Peru later asked for details of the route. " +
            "The ship returned to port after a week at sea, said the spokesperson. " +
            "\"No shots were fired at any time during the patrol,\" the spokesperson said in a statement.", "en", Names);
        new QuoteAttributor().Process(doc);
        Assert.Equal("NOR", Covering(doc, "returned to port").Speaker?.Actor?.Country);
        var direct = Covering(doc, "No shots were fired");
        Assert.True(direct.Direct);
        Assert.Equal("NOR", direct.Speaker?.Actor?.Country);
    }

    [Fact]
    public void An_unnamed_ministry_with_no_context_speaks_for_the_country_the_article_is_about()
    {
        var doc = TestDocs.Build(
            "Norway will expand its coast guard fleet next year, a ministry spokesperson said on Friday. " +
            "Norway and Chile signed a fisheries pact. Norway also plans new patrols near its northern waters.", "en", Names);
        new QuoteAttributor().Process(doc);
        Assert.Equal("NOR", Covering(doc, "expand its coast guard").Speaker?.Actor?.Country);
    }

    [Theory]
    [InlineData("Kementerian Luar Negeri Norwegia memanggil duta besar Chili pada Senin. Kemenlu juga mengatakan bahwa \"perundingan akan dilanjutkan setelah semua pihak bertemu kembali.\"")]
    [InlineData("Kementerian Luar Negeri Norwegia memanggil duta besar Chili pada Senin. \"Perundingan akan dilanjutkan setelah semua pihak bertemu kembali,\" tulis kementerian tersebut di media sosial.")]
    public void An_abbreviated_or_anaphoric_ministry_takes_the_earlier_ministry_actor(string text)
    {
        var doc = TestDocs.Build(text, "id", Names);
        new QuoteAttributor().Process(doc);
        var q = Covering(doc, "erundingan akan dilanjutkan");
        Assert.True(q.Direct);
        Assert.Equal("NOR", q.Speaker?.Actor?.Country);
    }

    [Fact]
    public void An_anaphoric_foundation_takes_the_country_beside_its_first_mention()
    {
        var doc = TestDocs.Build(
            "Sebuah yayasan amal Norwegia mengecam keputusan itu pada Sabtu. " +
            "\"Keputusan ini tidak dapat diterima oleh siapa pun yang peduli pada keadilan,\" tulis yayasan tersebut.", "id", Names);
        new QuoteAttributor().Process(doc);
        Assert.Equal("NOR", Covering(doc, "tidak dapat diterima").Speaker?.Actor?.Country);
    }

    [Fact]
    public void A_role_word_that_is_not_the_subject_is_no_speaker()
    {
        // The spokesperson is the object here; no one is quoted.
        var doc = TestDocs.Build("Peru criticised the spokesperson and said nothing more about the talks.", "en", Names);
        new QuoteAttributor().Process(doc);
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker?.Name.Contains("spokesperson", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_unlinked_person_speaks_for_the_body_in_the_title_before_the_full_name()
    {
        const string text = "Juru bicara Kementerian Luar Negeri Norwegia, Ingrid Solberg mengatakan pihaknya akan mengirim nota protes kepada Chili. " +
                            "\"Kami menunggu jawaban resmi dalam waktu satu minggu,\" kata Solberg kepada wartawan.";
        var doc = TestDocs.Build(text, "id", Names);
        foreach (var name in new[] { "Ingrid Solberg", "Solberg" })
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                if (!doc.Mentions.Any(m => m.Start <= at && m.End > at))
                    doc.Mentions.Add(new Mention { Start = at, End = at + name.Length, Type = EntityType.PER });
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        new QuoteAttributor().Process(doc);
        Assert.Equal("NOR", Covering(doc, "menunggu jawaban resmi").Speaker?.Actor?.Country);
        Assert.Equal("NOR", Covering(doc, "mengirim nota protes").Speaker?.Actor?.Country);
    }
}

/// <summary>Reported speech with an addressee before "bahwa/that", participles of claiming, and names NER missed.</summary>
public sealed class AddresseeAndParticipleTests
{
    private static readonly N[] Names =
    [
        new("Budi", "IDNGOV", EntityType.PER), new("Chili", "CHL"), new("Norwegia", "NOR"), new("Norway", "NOR"),
        new("Norway’s", "NOR"), new("Chile", "CHL"), new("Malaysia", "MYS"),
    ];

    private static Quote Covering(Document doc, string content) =>
        Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains(content, StringComparison.Ordinal));

    [Theory]
    [InlineData("Budi mengatakan kepada Chili bahwa perundingan dagang akan dilanjutkan bulan depan.", "id")]
    [InlineData("Budi mengatakan kepada kantor berita Norwegia bahwa perundingan dagang akan dilanjutkan bulan depan.", "id")]
    public void An_addressee_before_the_complementizer_is_not_the_embedded_subject(string text, string lang)
    {
        var doc = TestDocs.Build(text, lang, Names);
        new QuoteAttributor().Process(doc);
        var q = Covering(doc, "perundingan dagang akan dilanjutkan");
        Assert.Equal("IDNGOV", q.Speaker?.Actor?.Code);
        Assert.StartsWith("perundingan", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_claiming_participle_reports_for_the_main_clause_subject()
    {
        var doc = TestDocs.Build("Norway filed a complaint against Chile, claiming that its trawlers had entered protected waters.", "en", Names);
        new QuoteAttributor().Process(doc);
        Assert.Equal("NOR", Covering(doc, "its trawlers had entered").Speaker?.Actor?.Country);
    }

    [Fact]
    public void A_statement_cue_after_a_quote_belongs_to_the_last_speaker()
    {
        var doc = TestDocs.Build(
            "Budi berkata kapal itu dikesan di perairan Malaysia pada pagi Isnin.\n" +
            "“Pemantauan kapal itu dilaksanakan oleh dua buah kapal peronda,” menurut kenyataan.", "ms", Names);
        new QuoteAttributor().Process(doc);
        Assert.Equal("IDNGOV", Covering(doc, "dilaksanakan oleh dua buah").Speaker?.Actor?.Code);
    }

    [Fact]
    public void A_name_ner_missed_takes_the_body_in_its_earlier_title()
    {
        var doc = TestDocs.Build(
            "Norway’s Fisheries Minister Ola Brekke said on Monday that talks with Chile were under way.\n" +
            "“We expect an agreement before the end of the season, and both sides are ready,” Brekke said.", "en", Names);
        new QuoteAttributor().Process(doc);
        var q = Covering(doc, "We expect an agreement");
        Assert.True(q.Direct);
        Assert.Equal("NOR", q.Speaker?.Actor?.Country);
    }

    [Fact]
    public void A_passive_speech_cue_names_an_unlinked_person_with_a_titled_full_name()
    {
        const string text = "Direktur Jenderal Bea Cukai Norwegia Lars Holm mengatakan pemeriksaan dilakukan sejak pagi. " +
                            "Dikatakan Holm, pemeriksaan itu melibatkan 40 petugas dari tiga instansi.";
        var doc = TestDocs.Build(text, "id", Names);
        foreach (var name in new[] { "Lars Holm", "Holm" })
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                if (!doc.Mentions.Any(m => m.Start <= at && m.End > at))
                    doc.Mentions.Add(new Mention { Start = at, End = at + name.Length, Type = EntityType.PER });
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        new QuoteAttributor().Process(doc);
        Assert.Equal("NOR", Covering(doc, "melibatkan 40 petugas").Speaker?.Actor?.Country);
    }
}

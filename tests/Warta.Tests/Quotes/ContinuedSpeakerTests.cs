using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>
/// Speakers carried across quotes: a short quote paragraph after an attributed one, "Menurut X," with a short name
/// the linker missed, a role apposition after a trailing name, and that name's later short form (issue 5).
/// </summary>
public sealed class ContinuedSpeakerTests
{
    private static readonly N[] Names =
    [
        new("Budi Santoso", "IDNGOV", EntityType.PER), new("Indonesia", "IDN"), new("Jepang", "JPN"), new("European Commission", "IGOEUREEC", EntityType.ORG), new("Brunei Darussalam", "BRN"),
        new("Siti Rahmah", "MYSGOV", EntityType.PER), new("Somchai Wongsa", "THAGOV", EntityType.PER),
    ];

    private static Document Run(string text, string lang = "id") =>
        QuoteTestDocs.Attribute(text, lang, Names);

    private static Quote With(Document d, string content) => QuoteTestDocs.Containing(d, content);

    [Fact]
    public void A_short_quote_paragraph_continues_the_previous_speaker()
    {
        var doc = Run("\"Kami akan terus memantau perkembangan di perbatasan bersama mitra kami,\" ujar Budi Santoso.\n\"Kekerasan harus segera dihentikan.\"\nHarga beras naik tipis.");
        var q = With(doc, "Kekerasan harus segera dihentikan");
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
        Assert.True(q.Direct);
    }

    [Fact]
    public void A_short_quoted_title_in_its_own_paragraph_without_a_speaker_stays_out()
    {
        var doc = Run("Harga beras naik tipis pekan ini.\n\"Kekerasan harus segera dihentikan.\"\nPasar tetap ramai.");
        Assert.DoesNotContain(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("Kekerasan"));
    }

    [Fact]
    public void A_short_quote_inside_a_narrative_paragraph_is_not_continued()
    {
        var doc = Run("\"Kami akan terus memantau perkembangan di perbatasan bersama mitra kami,\" ujar Budi Santoso.\nWarga menyebut aksi itu \"sangat tidak perlu.\"");
        Assert.DoesNotContain(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("sangat tidak perlu"));
    }

    [Fact]
    public void Menurut_with_a_comma_closes_the_source_before_a_country_subject()
    {
        var doc = Run("\"Kami sudah memanggil duta besar negara itu untuk meminta penjelasan,\" kata Menteri Luar Negeri Indonesia Budi Santoso.\nMenurut Budi, Jepang telah menyiapkan langkah lanjutan bila penjelasan itu tidak memuaskan.");
        var q = With(doc, "telah menyiapkan langkah lanjutan");
        Assert.StartsWith("Jepang", doc.Text[q.Start..q.End]);
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
    }

    [Fact]
    public void Menurut_a_linked_short_name_then_a_country_subject_keeps_the_country_in_the_content()
    {
        var doc = TestDocs.Build("Menurut Santi, Jepang telah menyiapkan langkah lanjutan bila penjelasan itu tidak memuaskan.", "id",
            [new("Santi", "IDNGOV", EntityType.PER), new("Jepang", "JPN")]);
        new QuoteAttributor().Process(doc);
        var q = With(doc, "telah menyiapkan langkah lanjutan");
        Assert.StartsWith("Jepang", doc.Text[q.Start..q.End]);
        Assert.Equal("IDNGOV", q.Speaker?.Actor?.Code);
    }

    [Fact]
    public void It_after_a_sentence_whose_subject_is_a_person_is_not_that_person()
    {
        var doc = TestDocs.Build("Rahim was summoned today over the shelling of the border villages, the Foreign Ministry said. It said the envoy was asked to stop the attacks at once.", "en",
            [new("Rahim", "PAKGOV", EntityType.PER), new("Foreign Ministry", "INDGOV", EntityType.ORG)]);
        new QuoteAttributor().Process(doc);
        var q = With(doc, "the envoy was asked");
        Assert.NotEqual("PAKGOV", q.Speaker?.Actor?.Code);
    }

    [Fact]
    public void It_before_a_naming_verb_is_the_body_not_the_person_it_summoned()
    {
        var doc = TestDocs.Build("The Foreign Ministry summoned Rahim and condemned what it called \"reckless shelling\" of the border villages.", "en",
            [new("Rahim", "PAKGOV", EntityType.PER), new("Foreign Ministry", "INDGOV", EntityType.ORG)]);
        new QuoteAttributor().Process(doc);
        var q = With(doc, "reckless shelling");
        Assert.Equal("INDGOV", q.Speaker?.Actor?.Code);
    }

    [Fact]
    public void A_role_apposition_after_a_trailing_name_gives_the_body_and_the_short_name_keeps_it()
    {
        var doc = Run("The bloc \"deeply regrets this step, which will only deepen the isolation of the country,\" said Maria Lindqvist, a European Commission foreign policy spokesperson.\n\"We urge the government to reverse this step,\" Lindqvist added.", "en");
        Assert.Equal("IGOEUREEC", With(doc, "deeply regrets this step").Speaker?.Actor?.Code);
        Assert.Equal("IGOEUREEC", With(doc, "We urge the government").Speaker?.Actor?.Code);
    }

    [Fact]
    public void A_clause_after_a_trailing_name_is_not_an_apposition()
    {
        var doc = Run("Protes itu, kata Retno, telah didengar Pemerintah Jepang dan ditanggapi secara resmi.");
        var q = With(doc, "telah didengar");
        Assert.NotEqual("JPN", q.Speaker?.Actor?.Country);
    }

    [Fact]
    public void A_lone_title_after_the_cue_is_the_person_an_earlier_quote_named_with_it()
    {
        var doc = Run("\"Kami siap membantu perundingan kedua pihak di kawasan,\" kata Sultan Brunei Darussalam Hassanal Bolkiah.\nRapat itu berlangsung tiga jam.\n\"Semua pihak harus menahan diri dan kembali ke meja dialog,\" kata Sultan.");
        Assert.Equal("BRN", With(doc, "Semua pihak harus menahan diri").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_cue_pronoun_after_a_narrative_sentence_points_to_its_subject_not_its_object()
    {
        var doc = Run("Menteri Siti Rahmah menyampaikan ucapan terima kasih kepada rakan sejawatnya, Somchai Wongsa, atas sokongan itu.\n\n\"Kerjasama ini akan terus diperkukuh pada tahun depan,\" katanya.", "ms");
        Assert.Equal("MYS", With(doc, "Kerjasama ini akan terus").Speaker?.Actor?.Country);
    }
}

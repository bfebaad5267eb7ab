using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>
/// Speech cues and constructions missed on real news (round 4): more post-posed verbs, complaint/hope/request verbs,
/// "begitu keterangan", characterizing verbs before a short quote, participles, adjuncts after the verb, trailing
/// "told Parliament on …" and "told the media" without "that". Own sentences.
/// </summary>
public sealed class ReportedSpeechFormsTests
{
    private static readonly N[] Names =
    [
        new("Budi Santoso", "IDNGOV", EntityType.PER), new("Budi", "IDNGOV", EntityType.PER),
        new("Kemlu Jepang", "JPNGOV", EntityType.ORG), new("Jepang", "JPN"), new("Japan", "JPN"),
        new("Maria Lopez", "PHLGOV", EntityType.PER), new("Lopez", "PHLGOV", EntityType.PER), new("Filipina", "PHL"),
        new("Philippines", "PHL"), new("Philippine", "PHL"), new("Vietnam", "VNM"), new("Malaysia", "MYS"),
    ];

    private static Document Run(string text, string lang = "id") =>
        QuoteTestDocs.Attribute(text, lang, Names);

    private static string? SpeakerOf(Document d, string content) =>
        Assert.Single(d.Quotes, q => d.Text[q.Start..q.End].Contains(content, StringComparison.Ordinal)).Speaker?.Actor?.Key;

    [Theory]
    [InlineData("“Kami tidak akan mundur dari perundingan dengan Filipina,” tandas Budi.")]
    [InlineData("“Kami tidak akan mundur dari perundingan dengan Filipina,” cetus Budi dalam pidatonya.")]
    [InlineData("“Kami tidak akan mundur dari perundingan dengan Filipina,” tukas Budi kepada wartawan.")]
    public void Post_posed_cues_name_the_speaker(string text) =>
        Assert.Equal("IDN", SpeakerOf(Run(text), "tidak akan mundur"));

    [Theory]
    [InlineData("Budi mengeluhkan bahwa bantuan pangan dari Jepang belum juga tiba di pelabuhan.", "bantuan pangan dari Jepang belum")]
    [InlineData("Budi berharap pertemuan dengan Jepang dapat meredakan ketegangan di kawasan.", "pertemuan dengan Jepang dapat meredakan")]
    [InlineData("Budi meminta agar Filipina memberikan bantuan medis kepada para nelayan.", "Filipina memberikan bantuan medis")]
    public void Complaint_hope_and_request_verbs_report_speech(string text, string content) =>
        Assert.Equal("IDN", SpeakerOf(Run(text), content));

    [Fact]
    public void Begitu_keterangan_names_the_issuer()
    {
        var doc = Run("“Kementerian mengecam serangan terhadap kapal nelayan di perairan itu,” begitu keterangan Kemlu Jepang seperti dikutip media.");
        Assert.Equal("JPN", SpeakerOf(doc, "serangan terhadap kapal nelayan"));
    }

    [Theory]
    [InlineData("Filipina mengecam manuver yang “berbahaya dan sembrono” itu.", "id", "berbahaya dan sembrono")]
    [InlineData("The Philippines dismissed the claims as “baseless and absurd”.", "en", "baseless and absurd")]
    [InlineData("The Philippines issued a statement on Friday, describing the move as “unlawful and provocative.”", "en", "unlawful and provocative")]
    public void A_short_quote_characterized_by_the_subject_is_the_subjects(string text, string lang, string content) =>
        Assert.Equal("PHL", SpeakerOf(Run(text, lang), content));

    [Fact]
    public void A_self_cue_inside_a_sentence_points_to_that_sentences_subject()
    {
        var doc = Run("“Perundingan berjalan baik sejak awal,” kata Budi.\n"
            + "Kemlu Jepang mengecam “manuver agresif dan berbahaya” di laut itu, yang menurutnya “membahayakan awak kapal”.");
        Assert.Equal("JPN", SpeakerOf(doc, "manuver agresif dan berbahaya"));
    }

    [Fact]
    public void An_adjunct_after_the_verb_does_not_hide_the_reported_clause()
    {
        var doc = Run("Kemlu Jepang mengumumkan melalui media sosial telah mengirim tim penyelamat ke Filipina.");
        Assert.Equal("JPN", SpeakerOf(doc, "telah mengirim tim penyelamat"));
    }

    [Fact]
    public void Issuing_a_statement_that_reports_speech()
    {
        var doc = Run("Pemerintah Filipina mengeluarkan pernyataan bahwa kapal-kapal Vietnam terlibat dalam manuver berbahaya di perairan itu.");
        Assert.Equal("PHL", SpeakerOf(doc, "kapal-kapal Vietnam terlibat"));
    }

    [Theory]
    [InlineData("The new treaty with Japan will not harm peace in the region, Maria Lopez told Parliament on Wednesday.", "treaty with Japan will not harm")]
    [InlineData("After the meeting, Maria Lopez told the media there was an understanding with Vietnam on joint patrols.", "an understanding with Vietnam")]
    public void Told_an_audience_reports_speech_without_that(string text, string content) =>
        Assert.Equal("PHL", SpeakerOf(Run(text, "en"), content));

    [Theory]
    [InlineData("Di Manila, Lopez mengatakan, kapal-kapal Vietnam tidak bisa lagi memasuki perairan Filipina.", "id")]
    [InlineData("Berbicara di depan wartawan di Manila, Lopez mengatakan bahwa kapal-kapal Vietnam tidak bisa lagi memasuki perairan Filipina.", "id")]
    public void An_opening_adjunct_naming_a_place_is_not_the_subject(string text, string lang) =>
        Assert.Equal("PHL", SpeakerOf(Run("Presiden Filipina bertemu Lopez di Manila.\n" + text, lang, [new("Manila", "PHL")]), "tidak bisa lagi memasuki"));

    [Fact]
    public void Officials_without_a_name_speak_for_the_article_country()
    {
        var doc = Run("Filipina memprotes manuver kapal Vietnam di dekat pantai Filipina pada Senin, kata pemerintah Filipina.\n"
            + "Para pejabat mengatakan bahwa sebuah kapal pasokan sedang dalam misi ke pos terdepan di perairan itu.");
        Assert.Equal("PHL", SpeakerOf(doc, "kapal pasokan sedang dalam misi"));
    }

    [Fact]
    public void A_surname_after_a_post_posed_cue_takes_the_earlier_linked_full_name()
    {
        var doc = Run("Ana Reyes bertemu menteri Vietnam di Hanoi pada Senin.\n"
            + "“Kerja sama kedua negara harus terus diperkuat demi keamanan kawasan,” kata Budi.\n"
            + "“Ini bukan tentang kapal-kapal itu saja,” kata Reyes kepada wartawan.", "id", [new("Ana Reyes", "PHLGOV", EntityType.PER)]);
        Assert.Equal("PHL", SpeakerOf(doc, "bukan tentang kapal-kapal"));
    }

    [Fact]
    public void A_title_before_a_name_ner_missed_names_the_speaker()
    {
        var doc = Run("The Philippines protested to Vietnam on Monday over a collision near the Philippines coast, the Philippines government said.\n"
            + "\"The crisis at sea was provoked by the other side and its fishing fleets,\" Foreign Minister Enrique Ocampo said on a visit to Tokyo.", "en");
        var q = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("crisis at sea", StringComparison.Ordinal));
        Assert.Equal("Enrique Ocampo", q.Speaker?.Name);
        Assert.Equal("PHL", q.Speaker?.Actor?.Key);
    }

    [Theory]
    [InlineData("Ketika ditanya soal komentar itu, juru bicara Kemlu Jepang, Kenji Sato, mengatakan pada konferensi pers bahwa pemerintahnya menghormati Filipina.", "id", "JPN", "Kenji Sato")]
    [InlineData("The Philippine foreign ministry's spokesman, Ramon Cruz, said twelve fishing boats were damaged near the reef.", "en", "PHL", "Ramon Cruz")]
    public void A_name_set_off_by_commas_after_a_role_speaks(string text, string lang, string key, string name)
    {
        var doc = Run(text, lang);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(key, q.Speaker?.Actor?.Key);
        Assert.Equal(name, q.Speaker?.Name);
    }

    [Fact]
    public void A_role_before_a_prepositional_adjunct_is_the_subject()
    {
        var doc = Run("Meanwhile, the Philippines foreign ministry in a press release on Sunday said that the new fences near the border undermine the spirit of cooperation.", "en");
        Assert.Equal("PHL", SpeakerOf(doc, "new fences near the border"));
    }

    [Theory]
    [InlineData("The Philippines foreign ministry issued a statement in which it reported that Maria Lopez instructed the crew to leave the reef.", "instructed the crew")]
    [InlineData("The Philippines protested the collision on Monday.\nIt said the Vietnamese vessels had rammed two supply boats near the reef.", "rammed two supply boats")]
    public void It_stands_for_the_body_that_speaks(string text, string content) =>
        Assert.Equal("PHL", SpeakerOf(Run(text, "en"), content));

    [Fact]
    public void One_quoted_word_after_a_characterizing_verb_is_a_quote()
    {
        var doc = Run("The Philippines has dismissed the accusations as “absurd” and promised an inquiry.", "en");
        Assert.Equal("PHL", SpeakerOf(doc, "absurd"));
    }

    [Fact]
    public void One_quoted_word_without_a_speech_or_characterizing_verb_is_a_term()
    {
        var doc = Run("The Philippines sent the “Sierra” to the reef on Monday.", "en");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void An_opening_adjunct_does_not_hide_the_subject_of_a_participle()
    {
        var doc = Run("In turn, the Philippines foreign ministry published a note regretting the decision, describing it as “hasty and unjustified.”", "en");
        Assert.Equal("PHL", SpeakerOf(doc, "hasty and unjustified"));
    }

    [Theory]
    [InlineData("The Philippines also published a statement indicating that it will recall its ambassador from the capital.", "en", "recall its ambassador")]
    [InlineData("Akun resmi pemerintah Filipina mengunggah pernyataan yang menyebutkan beberapa kapal Vietnam terlibat dalam insiden itu.", "id", "beberapa kapal Vietnam terlibat")]
    public void A_statement_saying_reports_its_issuers_speech(string text, string lang, string content) =>
        Assert.Equal("PHL", SpeakerOf(Run(text, lang), content));

    [Fact]
    public void A_bare_comma_pair_before_the_verb_lets_the_name_next_to_it_speak()
    {
        var doc = Run("Saat bertemu Sekjen partai Vietnam, Tran Van Minh, Lopez menyatakan rasa gembira dan berkata usaha akan dilakukan untuk memperkuat hubungan itu.",
            "id", [new("Tran Van Minh", "VNMGOV", EntityType.PER)]);
        Assert.Equal("PHL", SpeakerOf(doc, "usaha akan dilakukan"));
    }

    [Fact]
    public void He_said_after_a_speaker_in_the_previous_sentence_is_that_speaker()
    {
        // "He" stands in for a pronoun the coreference layer linked to a person who did not speak.
        var doc = Run("A Vietnamese fisherman was killed at the border last week, and He was buried on Monday.\n"
            + "After the meeting, Maria Lopez told the media there was an understanding with Vietnam on joint patrols.\n"
            + "He said, \"We discussed the safety of fishermen along the maritime border.\"", "en", [new("He", "VNMCVL", EntityType.PER)]);
        Assert.Equal("PHL", SpeakerOf(doc, "safety of fishermen"));
    }

    [Fact]
    public void Reported_words_before_a_quotation_in_the_same_clause_are_speech()
    {
        var doc = Run("Lopez mengatakan upaya Vietnam itu akan gagal karena “perbatasan laut kami akan dijaga dengan sangat baik.”");
        Assert.Equal("PHL", SpeakerOf(doc, "upaya Vietnam itu akan gagal"));
    }

    [Fact]
    public void A_first_name_met_earlier_after_a_role_noun_takes_that_roles_actor()
    {
        var doc = Run("The Philippines sent a note to Vietnam on Monday, said foreign ministry spokesperson Ramil Reyes of the Philippines.\n"
            + "Ramil said the note, which arrived before the deadline, caught Hanoi off guard.", "en");
        Assert.Equal("PHL", SpeakerOf(doc, "caught Hanoi off guard"));
    }

[Fact]
    public void A_quote_closed_by_a_short_tail_continues_the_last_speaker()
    {
        var doc = Run("“Kami menolak upaya memperalat para nelayan untuk tujuan politik,” kata Lopez di Manila. “Kami tidak dapat menerima upaya apa pun oleh pihak ketiga untuk menghasut migrasi” ke Filipina.");
        Assert.Equal("PHL", SpeakerOf(doc, "tidak dapat menerima upaya"));
    }

    [Fact]
    public void Kata_pernyataan_itu_speaks_for_the_issuer_named_with_the_statement()
    {
        var doc = Run("Filipina dan Vietnam mengeluarkan pernyataan bersama Filipina dan Vietnam pada Jumat.\n"
            + "“Perjanjian tersebut mencakup penegasan atas kedaulatan masing-masing negara,” kata pernyataan itu.");
        Assert.Equal("PHL", SpeakerOf(doc, "penegasan atas kedaulatan"));
    }

[Fact]
    public void A_role_noun_after_an_opening_adjunct_that_names_a_body_speaks()
    {
        var doc = Run("Junta Vietnam memperketat patroli di perbatasan pada Senin.\nMenanggapi pernyataan Filipina, junta menyebutnya sebagai tindakan sepihak dan tidak objektif.");
        Assert.Equal("VNM", SpeakerOf(doc, "tindakan sepihak"));
    }

        private static Document Run(string text, string lang, N[] extra)
    {
        var doc = TestDocs.Build(text, lang, [.. Names, .. extra]);
        new QuoteAttributor().Process(doc);
        return doc;
    }
}

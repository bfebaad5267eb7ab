using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>Post-posed statement cues, participles, carried speakers, appositives and unclosed quotes (issue 5).</summary>
public sealed class QuoteCueTests
{
    private static readonly N[] Names =
    [
        new("Budi Santoso", "IDNGOV", EntityType.PER), new("Budi", "IDNGOV", EntityType.PER),
        new("Kementerian Luar Negeri Jepang", "JPNGOV", EntityType.ORG), new("Kemlu Jepang", "JPNGOV", EntityType.ORG),
        new("Jepang", "JPN"), new("Japan", "JPN"), new("Korea Selatan", "KOR"), new("ASEAN", "IGOSEAASN", EntityType.ORG),
        new("Maria Lopez", "PHLGOV", EntityType.PER), new("Lopez", "PHLGOV", EntityType.PER), new("Filipina", "PHL"),
        new("Philippines", "PHL"), new("Vietnam", "VNM"), new("United Nations", "IGOUNO", EntityType.ORG), new("Malaysia", "MYS"),
    ];

    private static Document Run(string text, string lang = "id") =>
        QuoteTestDocs.Attribute(text, lang, Names);

    private static Quote With(Document d, string content) => QuoteTestDocs.Containing(d, content);

    [Theory]
    [InlineData("“Kami akan mengirim bantuan pangan ke wilayah banjir,” demikian pernyataan Kemlu Jepang, Senin.")]
    [InlineData("“Kami akan mengirim bantuan pangan ke wilayah banjir,” bunyi keterangan akun resmi Kementerian Luar Negeri Jepang.")]
    [InlineData("“Kami akan mengirim bantuan pangan ke wilayah banjir,” demikian disampaikan dalam pernyataan tertulis Kementerian Luar Negeri Jepang.")]
    public void A_statement_noun_after_the_quote_names_the_issuer(string text)
    {
        var doc = Run(text);
        Assert.Equal("JPN", With(doc, "bantuan pangan").Speaker?.Actor?.Key);
    }

    [Fact]
    public void The_statement_mentioned_again_keeps_its_issuer()
    {
        var doc = Run("“Kami akan mengirim bantuan pangan ke wilayah banjir,” demikian disampaikan dalam pernyataan Kemlu Jepang.\n"
            + "Budi Santoso mengatakan bahwa bantuan itu tiba besok pagi di pelabuhan.\n"
            + "“Kerja sama kedua negara terus tumbuh setiap tahun,” demikian disebutkan dalam pernyataan tersebut.");
        Assert.Equal("JPN", With(doc, "terus tumbuh").Speaker?.Actor?.Key);
    }

    [Theory]
    [InlineData("“Kami tidak akan mundur dari kesepakatan ini,” sambungnya.")]
    [InlineData("“Kami tidak akan mundur dari kesepakatan ini,” tulisnya di media sosial.")]
    public void Continuation_cues_point_back_to_the_speaker(string second)
    {
        var doc = Run("“Perundingan dengan Filipina berjalan baik sejak awal,” kata Budi.\n" + second);
        Assert.Equal("IDN", With(doc, "tidak akan mundur").Speaker?.Actor?.Key);
    }

    [Fact]
    public void Tulis_before_a_name_attributes_the_quote()
    {
        var doc = Run("“Perundingan dengan Filipina berjalan baik sejak awal,” tulis Budi di akun resminya.");
        Assert.Equal("IDN", With(doc, "berjalan baik").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_closing_mark_after_a_space_still_closes_the_quote()
    {
        var doc = Run("“Kami akan terus berdiri bersama rakyat kami, ”kata Budi.");
        var q = Assert.Single(doc.Quotes);
        Assert.True(q.Direct);
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
    }

    [Fact]
    public void Mengonfirmasi_reports_the_clause_after_it()
    {
        var doc = Run("Budi mengonfirmasi bahwa kapal itu sudah kembali ke pelabuhan asal.");
        Assert.Equal("IDN", With(doc, "kapal itu sudah kembali").Speaker?.Actor?.Key);
    }

    [Theory]
    [InlineData("Kapal itu memasuki perairan Vietnam tanpa izin, menurut pernyataan Kemlu Jepang, melalui keterangan pers di Tokyo.")]
    [InlineData("Kapal itu memasuki perairan Vietnam tanpa izin menurut Kemlu Jepang dalam pernyataannya.")]
    public void Menurut_after_the_clause_attributes_the_clause_before_it(string text)
    {
        var doc = Run(text);
        Assert.Equal("JPN", With(doc, "memasuki perairan Vietnam").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_role_phrase_after_sebagai_is_not_the_speaker()
    {
        var doc = Run("Filipina sebagai Ketua ASEAN juga menyebut tidak ada kemajuan berarti dalam perundingan damai.");
        Assert.Equal("PHL", With(doc, "tidak ada kemajuan").Speaker?.Actor?.Key);
    }

    [Theory]
    [InlineData("The ship entered the disputed waters without permission, Japan said.", "entered the disputed waters", "JPN")]
    [InlineData("Lopez condemned the incident, saying this was the third collision this month.", "the third collision", "PHL")]
    [InlineData("“These actions are unacceptable,” Lopez said, adding that Manila had filed a diplomatic protest.", "filed a diplomatic protest", "PHL")]
    public void English_trailing_and_participial_speech(string text, string content, string speaker)
    {
        var doc = Run(text, "en");
        Assert.Equal(speaker, With(doc, content).Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_tell_verb_skips_an_organisation_addressee_to_that()
    {
        var doc = Run("Lopez told the United Nations General Assembly that there should be an immediate ceasefire in the region.", "en");
        Assert.Equal("PHL", With(doc, "immediate ceasefire").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_quote_paragraph_with_no_cue_continues_the_previous_speaker()
    {
        var doc = Run("“We will keep talking to our partners in the region,” Lopez said.\n“Nobody wants this dispute to grow any further than it already has.”", "en");
        Assert.Equal("PHL", With(doc, "Nobody wants").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_quote_after_called_on_X_to_belongs_to_the_sentence_subject()
    {
        var doc = Run("“We will keep talking to our partners in the region,” Lopez said.\nShe called on Vietnam to “stop all construction on the reef at once and return to talks.”", "en");
        Assert.Equal("PHL", With(doc, "stop all construction").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_cueless_quote_after_an_actor_sentence_is_that_actors()
    {
        var doc = Run("Vietnam called for calm in the disputed waters on Monday.\n“We ask all sides to stop the dangerous manoeuvres near the reef.”", "en");
        Assert.Equal("VNM", With(doc, "dangerous manoeuvres").Speaker?.Actor?.Key);
    }

    [Fact]
    public void An_unclosed_quote_takes_the_cue_before_it_not_the_next_paragraph()
    {
        var doc = Run("Kemlu Jepang mengatakan dalam sebuah pernyataan bahwa kunjungan itu bagian dari “upaya bersama mencari penyelesaian damai di kawasan.\nBudi bertemu Maria Lopez di Manila.");
        var q = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.Equal("JPN", q.Speaker?.Actor?.Key);
    }

    [Fact]
    public void Malay_menyeru_reports_the_appeal()
    {
        var doc = Run("Budi menyeru usaha mempertahankan kedaulatan negara serantau dipergiat.", "ms");
        Assert.Equal("IDN", With(doc, "mempertahankan kedaulatan").Speaker?.Actor?.Key);
    }

    [Theory]
    [InlineData("The ship entered the disputed waters without permission, Japanese Foreign Minister Maria Lopez said.")]
    [InlineData("The ship entered the disputed waters without permission, Maria Lopez told reporters.")]
    public void A_trailing_cue_with_a_title_or_addressee_reports_the_clause_before_it(string text)
    {
        var doc = Run(text, "en");
        Assert.Equal("PHL", With(doc, "entered the disputed waters").Speaker?.Actor?.Key);
    }

    [Theory]
    [InlineData("Budi menyebut tindakan kapal itu tidak manusiawi, seraya meminta penyelidikan.", "menyebut tindakan kapal itu tidak manusiawi")]
    [InlineData("Budi menyebutnya sebagai langkah sepihak yang tidak adil.", "menyebutnya sebagai langkah sepihak")]
    public void A_characterization_keeps_its_verb(string text, string content)
    {
        var doc = Run(text);
        Assert.Equal("IDN", With(doc, content).Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_reported_clause_keeps_out_the_verb()
    {
        var doc = Run("Budi menyebut Vietnam memiliki ambisi yang berlebihan di kawasan itu.");
        var q = With(doc, "Vietnam memiliki ambisi");
        Assert.StartsWith("Vietnam", doc.Text[q.Start..q.End]);
    }

    [Theory]
    [InlineData("Budi menuduh Vietnam melakukan pelanggaran wilayah sejak awal tahun.", "id", "Vietnam melakukan pelanggaran")]
    public void An_accusation_is_reported_speech(string text, string lang, string content)
    {
        var doc = Run(text, lang);
        Assert.NotNull(With(doc, content).Speaker?.Actor);
    }

    /// <summary>A document where the given PER names are found by NER but link to no actor.</summary>
    private static Document RunUnlinked(string text, string lang, params string[] unlinked)
    {
        var names = Names.Concat(unlinked.Select(u => new N(u, "XXX", EntityType.PER))).ToArray();
        var doc = TestDocs.Build(text, lang, names);
        foreach (var m in doc.Mentions)
            if (unlinked.Contains(doc.Text[m.Start..m.End])) m.Actor = null;
        new QuoteAttributor().Process(doc);
        return doc;
    }

    [Fact]
    public void An_unlinked_name_is_the_speaker_that_he_points_back_to()
    {
        var doc = RunUnlinked("Haryo said the letter from Lopez caught the ministry off guard.\n"
            + "“We see that the talks are now handled from a regional perspective,” he told a briefing.", "en", "Haryo");
        var q = With(doc, "regional perspective");
        Assert.Equal("Haryo", q.Speaker?.Name);
        Assert.Null(q.Speaker?.Actor);
    }

    [Fact]
    public void A_name_after_a_linked_speakers_title_takes_that_actor()
    {
        var doc = RunUnlinked("“Kapal itu kami tahan di pelabuhan sejak kemarin,” ujar Panglima Armada Jepang, Laksamana Rasyid, di Tokyo.\n"
            + "Rasyid menjelaskan, muatan kapal itu diduga hasil tangkapan ilegal.", "id", "Laksamana Rasyid", "Rasyid");
        Assert.Equal("JPN", With(doc, "hasil tangkapan ilegal").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_name_after_an_adjunct_outranks_the_body_in_it()
    {
        var doc = RunUnlinked("Dalam rekaman video resmi United Nations, Silvany menyebut Vietnam memiliki ambisi berlebihan.", "id", "Silvany");
        Assert.Equal("Silvany", With(doc, "memiliki ambisi").Speaker?.Name);
    }

    [Fact]
    public void A_bare_short_form_takes_the_actor_of_the_longer_name()
    {
        var doc = Run("Kemlu Jepang menyampaikan belasungkawa kepada keluarga korban.\nKemlu menambahkan, pelanggaran itu merusak upaya damai di kawasan.");
        Assert.Equal("JPN", With(doc, "merusak upaya damai").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_pair_joined_by_comma_dan_is_two_clauses()
    {
        var doc = Run("Vietnam kemudian menguasai sebagian besar wilayah Filipina, dan Jepang mengatakan bahwa isolasi tidak akan berhasil.");
        Assert.Equal("JPN", With(doc, "isolasi tidak akan berhasil").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_quote_paragraph_after_a_multi_sentence_quote_continues_it()
    {
        var doc = Run("“We keep talking to our partners. The consulate is in close contact. I am watching this closely,” Lopez said.\n"
            + "“Our neighbours have helped us a great deal, and we hope this ends soon.”", "en");
        Assert.Equal("PHL", With(doc, "helped us a great deal").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_title_met_beside_a_linked_speaker_names_that_speaker_later()
    {
        var doc = Run("Kapal itu tenggelam pukul 07.30, menurut Kepala Staf Gabungan Korea Selatan dalam satu pernyataan.\n"
            + "Kapal itu diyakini kapal nelayan dan berlayar sekitar 40 mil menurut Kepala Staf Gabungan dalam pernyataannya.");
        Assert.Equal("KOR", With(doc, "diyakini kapal nelayan").Speaker?.Actor?.Key);
    }

    [Fact]
    public void Claims_by_an_actor_that_are_its_reported_speech()
    {
        var doc = Run("Lopez dismissed claims by Vietnam that the Philippines had secretly moved troops onto the reef.", "en");
        Assert.Equal("VNM", With(doc, "secretly moved troops").Speaker?.Actor?.Key);
    }

    [Fact]
    public void Only_naming_verbs_keep_the_verb_before_a_verbless_complement()
    {
        var doc = Run("Budi mengatakan sedikitnya dua orang tewas dalam kecelakaan itu.");
        var q = With(doc, "dua orang tewas");
        Assert.StartsWith("sedikitnya", doc.Text[q.Start..q.End]);
    }
}

using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>Claims made outside any quote, denials that answer them, and reports that accuse no one (own sentences).</summary>
public sealed class ClaimCueTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, .. TestDocs.Officials];

    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("The Philippines has leveled serious accusations against China, claiming that China has been supplying weapons to Vietnam.", "en")]
    [InlineData("Japan reported credible evidence that China supplied weapons to Vietnam.", "en")]
    [InlineData("Jepang melaporkan bukti bahwa Tiongkok memasok senjata ke Vietnam.", "id")]
    public void An_act_after_a_claim_cue_is_the_subjects_claim(string text, string lang)
    {
        var doc = Run(text, lang);
        var supply = Assert.Single(doc.Events, e => e.Cameo == "072");
        Assert.Equal("CHN", TestDocs.Keys(supply.Source));
        Assert.NotEmpty(supply.ClaimedBy);
        Assert.DoesNotContain(supply.ClaimedBy, a => a.Code == "CHN");
    }

    [Fact]
    public void Dismissing_these_accusations_answers_the_accuser()
    {
        var doc = Run("The Philippines has leveled serious accusations against China, claiming that China has been supplying weapons to Vietnam. "
            + "China has dismissed these accusations as baseless.", "en");
        var denial = Assert.Single(doc.Events, e => e.Cameo == "016");
        Assert.Equal("CHN", TestDocs.Keys(denial.Source));
        Assert.Equal("PHL", TestDocs.Keys(denial.Target));
    }

    [Theory]
    [InlineData("Tanaka mengatakan Filipina meminta bantuan kepada Tiongkok.", "id")]
    [InlineData("Tanaka said the Philippines requested weapons from China.", "en")]
    [InlineData("Tanaka berkata Filipina memohon bantuan ketenteraan daripada China.", "ms")]
    public void Reporting_an_appeal_accuses_no_one(string text, string lang)
    {
        var doc = Run(text, lang);
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "112");
    }

    [Fact]
    public void A_participle_before_its_agent_is_passive()
    {
        var doc = Run("Tanaka is working to free five Philippine sailors detained by Chinese authorities last week.", "en");
        var e = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.Equal("CHN", TestDocs.Keys(e.Source));
        Assert.Equal("PHL", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Kabar tentang penangkapan ratusan warga Filipina di pelabuhan itu sudah dikonfirmasi oleh Jepang.", "id")]
    [InlineData("Berita mengenai penangkapan puluhan nelayan Vietnam di perairan itu telah disahkan oleh Jepang.", "ms")]
    public void People_counted_after_an_arrest_noun_are_not_its_doers(string text, string lang)
    {
        var doc = Run(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "173");
    }

    [Fact]
    public void Counted_victims_with_an_agent_make_the_agent_the_doer()
    {
        var doc = Run("Penangkapan sembilan nelayan Filipina oleh Tiongkok terjadi pada pekan lalu.", "id");
        var e = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.Equal("CHN", TestDocs.Keys(e.Source));
        Assert.Equal("PHL", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Pasukan Tiongkok menghancurkan sejumlah gedung dan jembatan di kota pelabuhan.", "id")]
    [InlineData("Para awak kapal Tiongkok kemudian merampas hasil tangkapan ikan.", "id")]
    public void Seizing_or_wrecking_with_no_victim_is_no_event(string text, string lang)
    {
        var doc = Run(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void Seizing_from_a_named_party_stays_an_event()
    {
        var doc = Run("Tiongkok merampas kapal nelayan Vietnam di perairan itu.", "id");
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal) && TestDocs.Keys(e.Target) == "VNM");
    }

    [Theory]
    [InlineData("Filipina bahkan mempertimbangkan untuk mengusir duta besar Tiongkok.", "id")]
    [InlineData("Filipina sedang mempertimbangkan untuk mengusir duta besar China.", "ms")]
    public void Weighing_an_act_is_not_doing_it(string text, string lang)
    {
        var doc = Run(text, lang);
        var e = Assert.Single(doc.Events);
        Assert.Equal(Modality.Possible, e.Modality);
    }

    [Theory]
    [InlineData("Sekitar 40 warga Filipina ditangkap dalam razia di Jepang pada pekan lalu.", "id")]
    [InlineData("Seramai 40 warga Filipina ditahan dalam operasi di Jepang minggu lalu.", "ms")]
    public void Arrests_abroad_with_no_agent_are_the_host_countrys(string text, string lang)
    {
        var doc = Run(text, lang);
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("JPN", string.Join(",", e.Source.Select(a => a.Code)));
        Assert.Equal("PHL", string.Join(",", e.Target.Select(a => a.Code)));
    }

    [Theory]
    [InlineData("Chinese police raided an office on Monday. Tanaka said a Japanese engineer was detained in China this month.", "en")]
    [InlineData("Polisi China menggerebek sebuah kantor pada Senin. Tanaka mengatakan seorang insinyur Jepang ditahan di China bulan ini.", "id")]
    [InlineData("Polis China menyerbu sebuah pejabat pada Isnin. Tanaka berkata seorang jurutera Jepun ditahan di China bulan ini.", "ms")]
    public void Reporting_an_agentless_detention_accuses_no_one(string text, string lang)
    {
        var doc = Run(text, lang);
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "112");
    }

    [Theory]
    [InlineData("Japan summoned the Chinese ambassador to protest over China's bid to attack Japanese military bases, Japanese officials said.", "en")]
    [InlineData("Pesawat tempur China menyerang pangkalan militer Jepang pada Rabu pagi, kata pejabat Jepang.", "id")]
    [InlineData("Jet pejuang China menyerang pangkalan tentera Jepun pada pagi Rabu, kata pegawai Jepun.", "ms")]
    public void An_attack_reported_by_its_victims_side_is_their_claim(string text, string lang)
    {
        var doc = Run(text, lang);
        var attack = Assert.Single(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("CHN", TestDocs.Keys(attack.Source));
        Assert.Contains(attack.ClaimedBy, a => a.Key == "JPN");
    }

    [Fact]
    public void An_adverb_between_auxiliary_and_participle_keeps_the_passive()
    {
        // The ship is the one attacked, never the attacker, whether or not an agent is found.
        var doc = Run("A Philippine ship was also attacked near the shoal, Japan said.", "en");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source.Any(a => a.Key == "PHL"));
    }
}

using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>Breaking ties, expelling and sending envoys home, in sentences written for these tests.</summary>
public sealed class RuptureTests
{
    [Theory]
    [InlineData("Peru instructed Japanese diplomats to leave the country within 72 hours.", "PER", "JPN", Modality.Asserted)]
    [InlineData("Brazil will force Japanese diplomatic personnel to withdraw from its territory.", "BRA", "JPN", Modality.Intended)]
    public void Telling_diplomats_to_leave_is_an_expulsion(string text, string source, string target, Modality modality) =>
        TestDocs.AssertCoded(TestDocs.RunCountries(text, "en"), "166", source, target, modality);

    [Fact]
    public void Telling_diplomats_something_else_is_no_expulsion() =>
        Assert.DoesNotContain(TestDocs.RunCountries("Peru told Japanese diplomats to attend the ceremony.", "en").Events, e => e.Cameo.StartsWith("16", StringComparison.Ordinal));

    [Fact]
    public void Sending_an_ambassador_home_for_consultations_reduces_relations() =>
        TestDocs.AssertCoded(TestDocs.RunCountries("Japan sent the Chinese ambassador home for consultations on Thursday.", "en"), "161", "JPN", "CHN", Modality.Asserted);

    [Theory]
    [InlineData("The Philippines summoned the deputy high commissioner of China on Tuesday.", "en")]
    [InlineData("Filipina memanggil duta besar dari Tiongkok pada Selasa.", "id")]
    public void The_country_after_an_envoys_of_is_the_target(string text, string lang) =>
        TestDocs.AssertCoded(TestDocs.RunCountries(text, lang), "114", "PHL", "CHN", Modality.Asserted);

    [Theory]
    [InlineData("Kementerian Luar Negeri Filipina memanggil dutabesar Tiongkok pada Selasa.", "id", "114")]
    [InlineData("Filipina melakukan panggilan telepon dengan mitranya dari Tiongkok pada Selasa.", "id", "041")]
    [InlineData("The Philippines held a phone call with officials from China on Tuesday.", "en", "040")]
    public void A_counterpart_or_envoy_from_a_country_is_that_country(string text, string lang, string code)
    {
        var e = Assert.Single(TestDocs.RunCountries(text, lang).Events);
        Assert.Equal(code, e.Cameo);
        Assert.Contains(e.Target, a => a.Key == "CHN");
    }

    [Theory]
    [InlineData("Usulan Jepang ditolak oleh Filipina pada Senin.", "id")]
    [InlineData("The Japanese proposal was rejected by the Philippines on Monday.", "en")]
    public void A_passive_rejection_has_the_agent_as_source(string text, string lang) =>
        TestDocs.AssertCoded(TestDocs.RunCountries(text, lang), "120", "PHL", "JPN", Modality.Asserted);

    [Fact]
    public void A_passive_rejection_of_no_ones_proposal_is_not_coded() =>
        Assert.Empty(TestDocs.RunCountries("Rencana itu ditolak oleh Filipina pada Senin.", "id").Events);

    [Fact]
    public void Struck_targets_is_one_attack() =>
        Assert.Single(TestDocs.RunCountries("Japanese forces struck targets in China on Monday.", "en").Events);

    [Theory]
    [InlineData("Peru memutuskan semua hubungan politik dan diplomatik dengan Chile pada Sabtu.", "id", "161")]
    [InlineData("Kamboja memutuskan hubungan dengan Thailand pekan lalu.", "id", "160")]
    [InlineData("Kamboja memutuskan hubungan diplomatik dengan Thailand.", "ms", "161")]
    public void Breaking_ties_with_a_country_is_one_way(string text, string lang, string code)
    {
        var e = Assert.Single(TestDocs.RunCountries(text, lang).Events);
        Assert.Equal(code, e.Cameo);
        Assert.Equal(text.Contains("Peru", StringComparison.Ordinal) ? "PER" : "KHM", TestDocs.Keys(e.Source));
        Assert.Equal(text.Contains("Peru", StringComparison.Ordinal) ? "CHL" : "THA", TestDocs.Keys(e.Target));
    }
}

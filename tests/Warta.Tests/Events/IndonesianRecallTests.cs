using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>Indonesian and Malay constructions that real news uses for sanctions, retreats, clashes, threats and snubs
/// (issue 5), in sentences written for these tests.</summary>
public sealed class IndonesianRecallTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, .. TestDocs.Officials];

    private static Document Run(string text, string lang = "id") => TestDocs.Run(TestDocs.Build(text, lang, Names));

    [Theory]
    [InlineData("Jepang mengumumkan sanksi terhadap Kamboja pada Selasa.", "id")]
    [InlineData("Pemerintah Jepang sebelumnya mengumumkan sanksi baru untuk Kamboja.", "id")]
    [InlineData("Kanada mengeluarkan serangkaian sanksi terhadap Peru.", "id")]
    [InlineData("Jepun mengumumkan sekatan baharu terhadap Kamboja.", "ms")]
    public void Announcing_sanctions_imposes_them(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("163", e.Cameo);
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void Announcing_that_sanctions_are_lifted_is_a_yield()
    {
        var e = Assert.Single(Run("Jepang mengumumkan pencabutan sanksi terhadap Kamboja.").Events);
        Assert.Equal("085", e.Cameo);
        Assert.Equal("KHM", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Kanada menarik mundur pasukannya dari Lebanon pada Senin.", "id")]
    [InlineData("Kanada menarik keluar tentaranya dari Lebanon.", "id")]
    [InlineData("Kanada menarik keluar tenteranya dari Lebanon.", "ms")]
    public void Withdrawing_own_troops_from_a_country_targets_that_country(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("087", e.Cameo);
        Assert.Equal("CAN", TestDocs.Keys(e.Source));
        Assert.Equal("LBN", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Dua tentara Thailand tewas dalam bentrokan dengan pasukan Kamboja.", "id")]
    [InlineData("Seorang polisi Thailand gugur dalam pertempuran dengan pasukan Kamboja di perbatasan.", "id")]
    [InlineData("Dua askar Thailand terbunuh dalam pertempuran dengan pasukan Kamboja.", "ms")]
    public void Victims_killed_in_clashes_with_the_other_side_are_its_targets(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("190", e.Cameo);
        Assert.Equal("KHM", TestDocs.Keys(e.Source));
        Assert.Equal("THA", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_threat_with_a_condition_is_itself_made()
    {
        var e = Assert.Single(Run("Kanada mengancam akan menyerang Peru jika perbatasan tidak dibuka.").Events);
        Assert.Equal("138", e.Cameo);
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Equal("PER", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_conditional_attack_stays_hypothetical()
    {
        var e = Assert.Single(Run("Kanada akan menyerang Peru jika perbatasan tidak dibuka.").Events);
        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void Withholding_an_envoys_credentials_is_a_diplomatic_snub()
    {
        var e = Assert.Single(Run("Pemerintah Brasil secara mendadak menunda penyerahan surat kepercayaan Duta Besar Peru.").Events);
        Assert.Equal("161", e.Cameo);
        Assert.Equal("BRA", TestDocs.Keys(e.Source));
        Assert.Equal("PER", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Militer Tiongkok melancarkan gempuran udara terhadap Vietnam.", "195")]
    [InlineData("Tiongkok mulai melakukan serangan militer ke arah pasukan Vietnam.", "190")]
    public void Launched_strikes_and_military_attacks_are_coded(string text, string code)
    {
        var e = Assert.Single(Run(text).Events);
        Assert.Equal(code, e.Cameo);
        Assert.Equal("CHN", TestDocs.Keys(e.Source));
        Assert.Equal("VNM", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_threat_to_destroy_a_countrys_economy_is_aimed_at_that_country()
    {
        var e = Assert.Single(Run("Kanada mengancam akan menghancurkan perekonomian Peru jika menyerang Brasil.").Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal("CAN", TestDocs.Keys(e.Source));
        Assert.Equal("PER", TestDocs.Keys(e.Target));
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void Threatening_the_economy_itself_is_no_act_on_anyone()
    {
        Assert.Empty(Run("Kenaikan harga minyak mengancam perekonomian Peru.").Events);
    }

    [Theory]
    [InlineData("Brasil menarik utusannya dari Peru pada Senin.", "id")]
    [InlineData("Brasil memanggil pulang dutanya dari Peru.", "ms")]
    public void Recalling_an_envoy_from_a_country_targets_that_country(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("161", e.Cameo);
        Assert.Equal("BRA", TestDocs.Keys(e.Source));
        Assert.Equal("PER", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Peru mengatakan menerima undangan Brasil untuk membahas perbatasan.", "id", "PER", "BRA")]
    [InlineData("Peru mendapat undangan dari pemerintah Brasil untuk membahas perbatasan.", "id", "BRA", "PER")]
    [InlineData("Peru menerima jemputan Brasil untuk berunding.", "ms", "PER", "BRA")]
    public void Invitations_accepted_and_received(string text, string lang, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "036");
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Sanksi yang dikeluarkan Jepang terhadap Kamboja dinilai tidak efektif.", "id", "163", "JPN", "KHM")]
    [InlineData("Serangan mematikan yang dilancarkan Tiongkok ke wilayah Vietnam menewaskan tiga orang.", "id", "190", "CHN", "VNM")]
    [InlineData("Sekatan yang dikenakan oleh Jepun terhadap Kamboja masih berkuat kuasa.", "ms", "163", "JPN", "KHM")]
    public void An_event_noun_names_its_doer_after_a_passive_relative_verb(string text, string lang, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Sanksi terhadap Kamboja dinilai tidak efektif oleh para ekonom.")]
    [InlineData("Serangan yang dikecam Jepang itu menewaskan tiga warga Vietnam.")]
    public void Bare_sanctions_and_reactions_to_an_event_name_no_doer(string text)
    {
        var d = Run(text);
        Assert.DoesNotContain(d.Events, e => e.Cameo == "163");
        Assert.DoesNotContain(d.Events, e => e.Cameo == "190" && TestDocs.Keys(e.Source) == "JPN");
    }
}

using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>Drills held around another country, tariffs and "hitting X with sanctions" in Indonesian and Malay
/// (issue 5, round 10), in sentences written for these tests.</summary>
public sealed class ForceAndTariffTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, .. TestDocs.Officials];

    private static Document Run(string text, string lang = "id") => TestDocs.Run(TestDocs.Build(text, lang, Names));

    [Theory]
    [InlineData("Jepang kembali menggelar latihan militer di sekitar Kamboja pada Senin.", "id")]
    [InlineData("Jepang mengadakan latihan perang di dekat Kamboja pekan ini.", "id")]
    [InlineData("Jepun mengadakan latihan ketenteraan di sekitar Kamboja pada Isnin.", "ms")]
    public void Drills_around_another_country_are_a_show_of_force_against_it(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("150", e.Cameo);
        Assert.Equal("JPN", TestDocs.Keys(e.Source));
        Assert.Equal("KHM", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void Drills_held_together_stay_joint_exercises()
    {
        var e = Assert.Single(Run("Jepang menggelar latihan militer bersama Kamboja pekan lalu.").Events);
        Assert.Equal("062", e.Cameo);
    }

    [Theory]
    [InlineData("Jepang memutuskan mengenakan tarif 15% terhadap produk impor dari Kamboja.", "id")]
    [InlineData("Jepang menaikkan bea masuk terhadap Kamboja mulai bulan depan.", "id")]
    [InlineData("Jepun mengenakan tarif import ke atas Kamboja.", "ms")]
    public void Tariffs_imposed_on_another_country_are_a_sanction(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("163", e.Cameo);
        Assert.Equal("JPN", TestDocs.Keys(e.Source));
        Assert.Equal("KHM", TestDocs.Keys(e.Target));
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void Tariffs_announced_for_later_are_not_yet_imposed()
    {
        var e = Assert.Single(Run("Jepang akan mengenakan tarif tambahan terhadap Kamboja.").Events);
        Assert.Contains(e.Cameo, new[] { "163", "1312" });
        Assert.Equal(Modality.Intended, e.Modality);
        Assert.Equal("KHM", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void Hitting_a_country_with_sanctions_imposes_them()
    {
        var e = Assert.Single(Run("Jepang memukul Kamboja dengan sanksi baru karena serangan itu.").Events);
        Assert.Equal("163", e.Cameo);
        Assert.Equal("KHM", TestDocs.Keys(e.Target));
    }
}

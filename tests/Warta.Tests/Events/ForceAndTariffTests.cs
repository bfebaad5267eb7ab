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

    [Theory]
    [InlineData("Jepang menggelar latihan militer di dekat Kamboja pada Senin. Latihan tersebut menuai kecaman dari pemerintah Thailand.", "id")]
    [InlineData("Jepang mengumumkan kebijakan baru soal perikanan. Kebijakan itu memicu kecaman dari Thailand.", "id")]
    [InlineData("Jepun mengadakan latihan ketenteraan di sekitar Kamboja. Latihan tersebut mencetuskan kecaman daripada Thailand.", "ms")]
    public void An_act_that_opens_a_sentence_and_draws_criticism_stands_for_the_previous_subject(string text, string lang)
    {
        // Coreference runs in the default pipeline only, so these go through the whole engine.
        var e = Assert.Single(Engine(text, lang).Events, x => x.Cameo == "111");
        Assert.Equal("THA", TestDocs.Keys(e.Source).Replace("GOV", "", StringComparison.Ordinal));
        Assert.Equal("JPN", TestDocs.Keys(e.Target));
    }

    private static readonly Lazy<Warta.WartaEngine> Full = new(Warta.WartaEngine.CreateDefault);

    private static Document Engine(string text, string lang) =>
        Full.Value.Process(new Warta.Input.RawArticle { SourceName = "test", Language = lang, Text = text.Replace(". ", ".\n\n", StringComparison.Ordinal) });

    [Fact]
    public void An_act_with_no_actor_before_it_stays_unresolved()
    {
        var doc = Engine("Cuaca buruk melanda pesisir pada Senin. Langkah itu menuai kecaman dari Thailand.", "id");
        Assert.DoesNotContain(doc.Events, x => x.Cameo == "111" && x.Target.Count > 0);
    }

    [Fact]
    public void Funding_arms_for_a_country_is_military_aid()
    {
        var e = Assert.Single(Run("Jepang mendanai pengiriman senjata ke Kamboja untuk pertama kalinya.").Events);
        Assert.Equal("072", e.Cameo);
        Assert.Equal("KHM", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Jepang adalah negara pertama yang mendukung Kamboja dalam sengketa itu.", "id")]
    [InlineData("Jepang negara utama yang mendukung Kamboja.", "id")]
    [InlineData("Jepun ialah negara pertama yang menyokong Kamboja.", "ms")]
    public void A_relative_on_a_description_of_the_opening_actor_is_that_actors_act(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("JPN", TestDocs.Keys(e.Source));
        Assert.Equal("KHM", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_relative_on_the_object_of_a_verb_is_not_the_subjects_act()
    {
        var doc = Run("Jepang mengkritik negara yang mendukung Kamboja.");
        Assert.DoesNotContain(doc.Events, x => x.Cameo.StartsWith("05", StringComparison.Ordinal) && TestDocs.Keys(x.Source) == "JPN");
    }
}

using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>Readings that must not become acts (issue 5, precision): harm nouns that are verb forms, quoted phrases read as
/// possessors, and third-side reports of fights between others; sentences written for these tests.</summary>
public sealed class PrecisionCuesTests
{
    private static bool ChileAttacks(Document d) =>
        d.Events.Any(e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && TestDocs.Keys(e.Source) == "CHL");

    [Theory]
    [InlineData("Chile remains alarmed by escalating attacks on Peru, the minister said.")]
    [InlineData("Chile is sending a police team to Lima to investigate attacks on two of its consulates in Peru.")]
    [InlineData("Chile may close its embassy in Peru if attacks on it continue.")]
    [InlineData("Chile said armed clashes and attack on civilians in Peru had doubled.")]
    [InlineData("Chile condemned attacks against Peru.")]
    [InlineData("Chile said 1,200 armed clashes in Peru were recorded last year.")]
    [InlineData("Chile counted 40 attacks in Peru last year.")]
    public void A_harm_verb_form_with_its_victim_after_on_is_a_noun(string text) =>
        Assert.False(ChileAttacks(TestDocs.RunCountries(text, "en")));

    [Theory]
    [InlineData("Chile attacks Peru again.")]
    [InlineData("Chile attacked Peru on Monday.")]
    public void The_verb_with_a_bare_object_is_still_an_attack(string text) =>
        Assert.True(ChileAttacks(TestDocs.RunCountries(text, "en")));

    [Fact]
    public void A_closing_quote_after_a_name_is_no_possessive() =>
        // "‘Alarm in Chile’ over attacks on Peru": Chile is in the quoted phrase, not the attacker.
        Assert.False(ChileAttacks(TestDocs.RunCountries("‘Alarm in Chile’ over escalating attacks on Peru", "en")));

    [Fact]
    public void A_possessive_quote_after_a_plural_name_still_names_the_attacker()
    {
        var d = TestDocs.RunCountries("The Philippines’ attacks on Vietnam drew protests.", "en");
        Assert.Contains(d.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && TestDocs.Keys(e.Source) == "PHL" && TestDocs.Keys(e.Target) == "VNM");
    }

    [Theory]
    [InlineData("Militer Thailand menyebutkan bahwa Peru menyerang sebuah pangkalan militer Vietnam.", "id")]
    [InlineData("The Japanese army said Peru attacked a Philippine military base.", "en")]
    public void A_third_side_reporting_a_fight_between_others_accuses_no_one(string text, string lang)
    {
        var d = TestDocs.RunCountries(text, lang);
        Assert.Contains(d.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && TestDocs.Keys(e.Source) == "PER");
        Assert.DoesNotContain(d.Events, e => e.Cameo == "112" && TestDocs.Keys(e.Source) is "THA" or "JPN");
    }

    [Theory]
    [InlineData("Militer Vietnam menyebutkan bahwa Peru menyerang sebuah pangkalan militer Vietnam.", "id")]
    [InlineData("The Philippine army said Peru attacked a Philippine military base.", "en")]
    public void A_victim_reporting_an_attack_on_itself_accuses_the_attacker(string text, string lang) =>
        Assert.Contains(TestDocs.RunCountries(text, lang).Events, e => e.Cameo == "112" && TestDocs.Keys(e.Source) is "VNM" or "PHL" && TestDocs.Keys(e.Target) == "PER");

    [Theory]
    [InlineData("Filipina bahkan mempertimbangkan untuk mengusir Tanaka.", "id")]
    [InlineData("The Philippines expelled Tanaka on Monday.", "en")]
    public void Expelling_a_named_foreign_official_downgrades_relations(string text, string lang)
    {
        var d = TestDocs.Run(TestDocs.Build(text, lang, [.. TestDocs.Countries, .. TestDocs.Officials], null, "2025-03-12"));
        Assert.Contains(d.Events, e => e.Cameo == "161" && TestDocs.Keys(e.Source) == "PHL" && e.Target.Count > 0 && e.Target.All(a => a.Country == "JPN"));
        Assert.DoesNotContain(d.Events, e => e.Cameo == "174");
    }

    [Fact]
    public void Expelling_ones_own_officials_is_no_downgrade() =>
        Assert.DoesNotContain(TestDocs.Run(TestDocs.Build("Japan expelled Tanaka from the party.", "en", [.. TestDocs.Countries, .. TestDocs.Officials], null, "2025-03-12")).Events,
            e => e.Cameo == "161");

    [Theory]
    [InlineData("Kamboja dituding berkomplot untuk merusak reputasi Thailand.", "id")]
    [InlineData("Malaysia menuduh Vietnam merosakkan reputasi Malaysia.", "ms")]
    [InlineData("Japan said Brazil destroyed the reputation of Japan.", "en")]
    public void Damaging_a_reputation_is_no_material_act(string text, string lang) =>
        Assert.DoesNotContain(TestDocs.RunCountries(text, lang).Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kamboja merusak pos militer Thailand.", "id")]
    [InlineData("Kamboja menghancurkan pos Thailand dan merusak reputasi Thailand.", "id")]
    public void Damaging_property_is_still_coded(string text, string lang) =>
        Assert.Contains(TestDocs.RunCountries(text, lang).Events, e => e.Cameo == "1712" && TestDocs.Keys(e.Source) == "KHM");
}

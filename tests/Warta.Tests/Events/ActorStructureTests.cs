namespace Warta.Tests.Events;

/// <summary>Who does an act named in a side construction (manner clauses, passives), in sentences written for these tests.</summary>
public sealed class ActorStructureTests
{
    private static Warta.Documents.Document Run(string text, string lang = "id") => TestDocs.RunCountries(text, lang);

    [Theory]
    [InlineData("Peru mengusir dua diplomat Chile. Langkah itu dibalas Chile dengan mengusir tiga diplomat Peru.", "CHL", "PER")]
    [InlineData("Brasil menahan kapal Kanada. Penahanan itu disambut Kanada dengan memanggil duta besar Brasil.", "CAN", "BRA")]
    public void The_agent_of_a_passive_does_the_manner_verb_after_dengan(string text, string source, string target) =>
        Assert.Contains(Run(text).Events, e => e.Source.Any(a => a.Country == source) && e.Target.Any(a => a.Country == target));

    [Fact]
    public void An_object_before_dengan_after_an_active_verb_does_not_act() =>
        Assert.DoesNotContain(Run("Kanada membalas Brasil dengan mengusir tiga diplomat Peru.").Events, e => e.Source.Any(a => a.Country == "BRA"));

    [Theory]
    [InlineData("Pemerintah Peru telah memprotes pemerintah Chile terkait langkahnya menahan dua nelayan Peru.", "CHL", "PER")]
    [InlineData("Kanada menyesalkan keputusan Brasil dan tindakannya mengusir diplomat Kanada.", "BRA", "CAN")]
    public void The_owner_of_an_act_noun_with_nya_does_the_verb_after_it(string text, string source, string target) =>
        Assert.Contains(Run(text).Events, e => e.Source.Any(a => a.Country == source) && e.Target.Any(a => a.Country == target)
            && (e.Cameo.StartsWith("17", StringComparison.Ordinal) || e.Cameo.StartsWith("16", StringComparison.Ordinal)));
}

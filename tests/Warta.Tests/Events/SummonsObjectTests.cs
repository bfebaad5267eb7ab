using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Round 13 English recall: the envoy noun of a summons may follow a linked abbreviated name ("the U.S. ambassador")
/// or an unlinked person's name set off by a comma ("summoned Li Wei, China's ambassador"); "demanded from X to …"
/// is a demand on X. Sentences written for these tests.
/// </summary>
public sealed class SummonsObjectTests
{
    private static readonly TestDocs.Name[] Names =
    [
        .. TestDocs.Countries,
        new("U.S. ambassador to", "USAGOV", EntityType.ORG), new("Turkish Foreign Ministry", "TURGOV", EntityType.ORG),
        new("Turkey", "TUR"), new("Hanoi", "VNM"), new("China's ambassador to", "CHNGOV", EntityType.ORG),
        new("Russian ministry", "RUSGOV", EntityType.ORG),
    ];

    private static Document Run(string text) => TestDocs.Run(TestDocs.Build(text, "en", Names, null, "2025-03-12"));

    [Theory]
    [InlineData("Turkish Foreign Ministry on Monday summoned the U.S. ambassador to Turkey over the scuffle.", "TUR", "USA")]
    [InlineData("Hanoi summoned Li Wei, China's ambassador to Vietnam, on Friday to lodge a protest.", "VNM", "CHN")]
    public void The_envoy_after_a_name_is_summoned(string text, string source, string target)
    {
        var e = Assert.Single(Run(text).Events, e => e.Cameo == "114");
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    // A list of countries before the comma is no apposition: nothing is summoned.
    [InlineData("Hanoi summoned Japan, China and the Philippines to talks.")]
    public void A_list_is_no_apposition(string text) => Assert.DoesNotContain(Run(text).Events, e => e.Cameo == "114");

    [Fact]
    public void A_demand_from_a_side_is_made_on_it()
    {
        var e = Assert.Single(Run("The Russian ministry also demanded from Canada to take immediate measures.").Events, e => e.Cameo == "100");
        Assert.Equal("RUS", TestDocs.Keys(e.Source));
        Assert.Equal("CAN", TestDocs.Keys(e.Target));
    }
}

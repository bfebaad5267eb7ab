using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Round 10 English recall: a foreign envoy summoned in the passive with no summoner named is summoned by the host
/// country (the place of the summons, else the dateline); "hit back at X by expelling its ambassador" is an expulsion,
/// not a strike; a renewed demand is a demand on the side it is made to, and a deal maintained with a partner is cooperation.
/// Sentences written for these tests.
/// </summary>
public sealed class PassiveSummonsTests
{
    private static readonly TestDocs.Name[] Names =
    [
        .. TestDocs.Countries,
        new("Japanese ambassador", "JPNGOV", EntityType.ORG), new("Chilean envoy", "CHLGOV", EntityType.ORG),
    ];

    private static Document Run(string text, string lang, string? dateline = null, string? country = null)
    {
        var doc = TestDocs.Build(text, lang, Names, null, "2025-03-12");
        if (dateline is not null) doc.Metadata.Dateline = new DatelineWithPlace(dateline, new PlaceRef(dateline, country, "city", null, null, null));
        return TestDocs.Run(doc);
    }

    [Theory]
    [InlineData("The Japanese ambassador was summoned in China on Monday.", null, null, "CHN", "JPN")]
    [InlineData("The Chilean envoy was on Friday summoned and a protest was lodged over the shooting.", "LIMA", "PER", "PER", "CHL")]
    [InlineData("The Japanese ambassador was summoned over the remarks.", "SEOUL", "KOR", "KOR", "JPN")]
    public void The_host_country_summons(string text, string? dateline, string? country, string source, string target)
    {
        var e = Assert.Single(Run(text, "en", dateline, country).Events, e => e.Cameo == "114");
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    // No place and no dateline, or a dateline in the envoy's own country: no summoner is invented.
    [InlineData("The Japanese ambassador was summoned over the remarks.", null, null)]
    [InlineData("The Japanese ambassador was summoned over the remarks.", "TOKYO", "JPN")]
    public void No_summoner_is_invented(string text, string? dateline, string? country) =>
        Assert.DoesNotContain(Run(text, "en", dateline, country).Events, e => e.Cameo == "114");

    [Theory]
    [InlineData("Chile hit back at Peru on Monday by expelling the ambassador of Peru.", "161", "CHL", "PER")]
    [InlineData("Chile expels the ambassador of Peru.", "161", "CHL", "PER")]
    public void Expelling_an_envoy_is_161(string text, string code, string source, string target)
    {
        var events = Run(text, "en").Events;
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var e = Assert.Single(events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }
    [Theory]
    // A renewed demand to another side, a deal kept with a partner.
    [InlineData("Chile renewed its demand to Peru for the return of the fishermen.", "100", "CHL", "PER")]
    [InlineData("Japan reiterated its demand to China for an investigation.", "100", "JPN", "CHN")]
    [InlineData("Peru maintained its trade agreement with Chile.", "030", "PER", "CHL")]
    [InlineData("Japan will retain its security pact with the Philippines.", "030", "JPN", "PHL")]
    public void Renewed_demands_and_kept_deals(string text, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, "en").Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Fact]
    public void Maintaining_order_is_no_deal() =>
        Assert.Empty(Run("Chile said it would maintain order in the capital.", "en").Events);
}

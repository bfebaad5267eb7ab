using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Constructions that produced false or wrongly aimed events on real news: the victim of a condemned harmful act taken
/// as the one condemned, an appeal to the actor's own legislature read as an appeal to the country the aid goes to,
/// a coordinated subject's bilateral pledge with no partner, and a pledge whose act follows a time adverbial.
/// Sentences written for these tests.
/// </summary>
public sealed class PrecisionConstructionTests
{
    private static readonly TestDocs.Name[] Names =
    [
        .. TestDocs.Countries,
        new("Amerika Serikat", "USA"), new("Ukraina", "UKR"), new("United States", "USA"), new("Ukraine", "UKR"),
        new("Myanmar", "MMR"), new("Singapura", "SGP"), new("Singapore", "SGP"),
    ];

    private static Document Run(string text, string lang, IEnumerable<(string, DateValue)>? times = null) =>
        TestDocs.Run(TestDocs.Build(text, lang, Names, times, "2025-03-12"));

    [Theory]
    [InlineData("id", "Malaysia mengecam keras aksi kekerasan terhadap warga Myanmar di perbatasan.")]
    [InlineData("id", "Malaysia mengutuk serangan terhadap warga Myanmar di Myanmar.")]
    [InlineData("en", "Japan strongly condemned the violence against Myanmar civilians.")]
    [InlineData("id", "Malaysia mengecam kekerasan terhadap warga Myanmar. Malaysia juga mengecam kekerasan di Myanmar.")]
    public void The_victim_of_a_condemned_harm_is_not_the_one_condemned(string lang, string text)
    {
        var doc = Run(text, lang);
        Assert.Equal("", string.Join(";", doc.Events.Where(e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Target.Any(a => a.Key == "MMR"))
            .Select(e => TestDocs.Keys(e.Source) + ">" + TestDocs.Keys(e.Target) + " " + e.Cameo)));
    }

    [Fact]
    public void Violence_in_a_country_with_no_victims_named_still_targets_it()
    {
        var e = Assert.Single(Run("Malaysia mengecam kekerasan di Myanmar.", "id").Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("MMR", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("id", "Malaysia mengecam keras serangan Myanmar terhadap warga Thailand.", "MYS", "MMR")]
    [InlineData("en", "Japan condemned the attack by Myanmar against Thai civilians.", "JPN", "MMR")]
    public void The_doer_of_the_condemned_harm_stays_the_target(string lang, string text, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("id", "Amerika Serikat meminta Kongres untuk mengirim bantuan lagi ke Ukraina.")]
    [InlineData("id", "Malaysia mendesak parlemen untuk menyetujui dana bagi Myanmar.")]
    [InlineData("en", "The United States asked Congress to send more money to Ukraine.")]
    public void An_appeal_to_the_own_legislature_is_no_appeal_to_the_recipient(string lang, string text)
    {
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ms", "Malaysia dan Singapura berikrar memperkukuh hubungan dua hala.")]
    [InlineData("id", "Malaysia dan Singapura berjanji memperkuat hubungan bilateral.")]
    [InlineData("en", "Malaysia and Singapore pledged to deepen bilateral ties.")]
    public void A_bilateral_pledge_of_two_is_mutual(string lang, string text)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Equal("MYS,SGP", TestDocs.Keys(e.Source));
        Assert.Equal("SGP,MYS", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_pledge_with_a_time_before_its_act_is_that_act()
    {
        var doc = Run("Myanmar bersumpah pada Januari 2024 untuk menyerang Thailand.", "id",
            [("Januari 2024", new DateValue(new DateOnly(2024, 1, 1), DatePrecision.Month))]);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Cameo == "138" && TestDocs.Keys(e.Target) == "THA");
    }
}

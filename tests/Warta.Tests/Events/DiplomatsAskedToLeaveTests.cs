using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Asking or demanding that another state's diplomats leave, or that its embassy cut its staff, is the expulsion itself
/// (161 reduce relations), not a plain appeal (020); an ordinary request to one ambassador stays an appeal.
/// Sentences written for these tests.
/// </summary>
public sealed class DiplomatsAskedToLeaveTests
{
    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, TestDocs.Countries, null, "2025-03-12"));

    [Theory]
    [InlineData("id", "Kamboja meminta Thailand mengurangi jumlah anggota staf kedutaan besarnya di Phnom Penh.")]
    [InlineData("id", "Kamboja meminta agar para diplomat Thailand segera keluar dari Phnom Penh.")]
    [InlineData("id", "Kamboja menuntut 12 diplomat Thailand meninggalkan negara itu dalam tiga hari.")]
    [InlineData("ms", "Kamboja meminta diplomat Thailand meninggalkan Phnom Penh dalam tempoh 72 jam.")]
    [InlineData("en", "Canada asked Chile to reduce its embassy staff in Ottawa by half.")]
    [InlineData("en", "Canada told Brazilian diplomats to leave within a week.")]
    public void A_demand_that_diplomats_leave_is_coded_as_the_expulsion(string lang, string text)
    {
        var doc = Run(text, lang);
        var e = Assert.Single(doc.Events, e => e.Cameo == "161");
        Assert.Equal(text.StartsWith("Canada", StringComparison.Ordinal) ? "CAN" : "KHM", TestDocs.Keys(e.Source));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "020");
    }

    [Theory]
    [InlineData("id", "Kamboja meminta Thailand menghentikan serangan di perbatasan.")]
    [InlineData("id", "Kamboja meminta duta besar Thailand menjelaskan insiden itu.")]
    public void Other_requests_are_no_expulsion(string lang, string text)
    {
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo == "161");
    }
}

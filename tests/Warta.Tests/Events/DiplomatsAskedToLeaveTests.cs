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

/// <summary>A figurative wound ("melukai perasaan rakyat") is no assault (182). Sentences written for these tests.</summary>
public sealed class FigurativeWoundTests
{
    private static Document Run(string text) => TestDocs.Run(TestDocs.Build(text, "id", TestDocs.Countries, null, "2025-03-12"));

    [Theory]
    [InlineData("Jepang telah melukai perasaan rakyat Tiongkok, kata juru bicara itu.")]
    [InlineData("Kamboja dinilai mencederai kepercayaan Thailand dalam perundingan itu.")]
    [InlineData("Langkah Jepang menyakiti hati rakyat Tiongkok.")]
    public void Hurt_feelings_are_no_assault(string text) =>
        Assert.DoesNotContain(Run(text).Events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal));

    [Fact]
    public void A_real_wound_is_still_an_assault() =>
        Assert.Contains(Run("Tentara Kamboja melukai tiga tentara Thailand di perbatasan, Senin.").Events, e => e.Cameo == "182");
}

/// <summary>
/// A visit's destination ends at the next verb: a country named past it ("melukai perasaan rakyat di Tiongkok") was
/// affected by the visit, it did not host it. Sentences written for these tests.
/// </summary>
public sealed class VisitDestinationTests
{
    private static readonly TestDocs.Name[] Names = [.. TestDocs.Countries, new("menteri Jepang", "JPNGOV", EntityType.PER)];

    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("id", "Kunjungan menteri Jepang ke sebuah kuil tua membuat marah rakyat di Tiongkok, kata juru bicara itu.")]
    public void A_country_past_the_next_verb_is_not_the_host(string lang, string text) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo == "042" && TestDocs.Keys(e.Target).Contains("CHN", StringComparison.Ordinal));

    [Fact]
    public void A_country_in_the_destination_is_still_the_host()
    {
        var e = Assert.Single(Run("Presiden Kamboja memuji kunjungan menteri Jepang ke Tiongkok pekan lalu.", "id").Events, e => e.Cameo == "042");
        Assert.Equal("CHN", TestDocs.Keys(e.Target));
    }
}

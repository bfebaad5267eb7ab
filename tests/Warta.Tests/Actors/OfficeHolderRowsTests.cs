namespace Warta.Tests.Kb;

/// <summary>
/// Round 8 knowledge-base rows: ministries named as bodies, Indonesian nicknames of countries, office holders written
/// family name first, and a one-word Phoenix name that repeats part of a full name named earlier. Own sentences.
/// </summary>
public sealed class OfficeHolderRowsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("The Indian Ministry of External Affairs said the talks would resume.", "2021-07-01", "en", "Indian Ministry of External Affairs", "INDGOV")]
    [InlineData("The US State Department welcomed the release of the sailors.", "2023-04-01", "en", "US State Department", "USAGOV")]
    [InlineData("Departemen Keuangan AS menjatuhkan sanksi baru kepada perusahaan itu.", "2024-02-01", "id", "Departemen Keuangan AS", "USAGOV")]
    [InlineData("Negeri Samba menolak usulan tersebut dalam pertemuan kemarin.", "2024-02-01", "id", "Negeri Samba", "BRA")]
    [InlineData("Hubungan dagang dengan Negeri Paman Sam terus membaik.", "2024-02-01", "id", "Negeri Paman Sam", "USA")]
    [InlineData("Ekspor ke Negeri Tirai Bambu naik tahun ini.", "2024-02-01", "id", "Negeri Tirai Bambu", "CHN")]
    [InlineData("Foreign Minister Motegi Toshimitsu will travel to Manila next week.", "2020-06-01", "en", "Motegi Toshimitsu", "JPNGOV")]
    [InlineData("FO spokesperson Zahid Hafeez Chaudhri rejected the claims.", "2021-07-02", "en", "Zahid Hafeez Chaudhri", "PAKGOV")]
    [InlineData("Deputy Prime Minister Abdullah Ahmad Badawi opened the meeting.", "2002-09-01", "en", "Abdullah Ahmad Badawi", "MYSGOV")]
    public void Links_the_row(string text, string date, string lang, string surface, string code)
    {
        var doc = TestDocs.Link(text, D(date), lang, real: true);
        var m = doc.Find(surface);
        Assert.True(m?.Actor is not null, $"'{surface}' not linked: {doc.Dump()}");
        Assert.Equal(code, m.Actor.Code);
    }

    [Fact]
    public void A_one_word_phoenix_name_after_a_full_name_is_that_person()
    {
        var doc = TestDocs.Link("Deputy Prime Minister Abdullah Ahmad Badawi arrived on Monday. Abdullah said the talks went well.",
            D("2002-09-01"), "en", real: true);
        var m = doc.Find("Abdullah");
        Assert.True(m?.Actor is not null, doc.Dump());
        Assert.Equal("MYSGOV", m.Actor.Code);
        Assert.Equal("per:abdullah-ahmad-badawi", m.EntityId);
    }
}

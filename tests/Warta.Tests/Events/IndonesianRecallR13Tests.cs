namespace Warta.Tests.Events;

/// <summary>
/// Round 13 recall rows (id13): demands that the other side cut its embassy staff or send its diplomats home,
/// the bare headline verb "usir", the "-kan" form of deport, and a naming verb whose label follows a long noun
/// phrase ("menyebut X … sebagai … yang provokatif"). The sentences are written for these tests.
/// </summary>
public sealed class IndonesianRecallR13Tests
{
    [Theory]
    [InlineData("id", "Brasil meminta Kanada mengurangi jumlah staf kedutaan besarnya di Brasilia.", "161", "BRA", "CAN")]
    [InlineData("id", "Pemerintah Peru memerintahkan lima diplomat Brasil untuk meninggalkan negara itu dalam 72 jam.", "161", "PER", "BRA")]
    [InlineData("id", "Kamboja usir dua diplomat Thailand.", "161", "KHM", "THA")]
    [InlineData("ms", "Kerajaan Kamboja meminta Thailand mengurangkan bilangan kakitangan kedutaannya di Phnom Penh.", "161", "KHM", "THA")]
    [InlineData("ms", "Malaysia usir dua diplomat Jepun.", "161", "MYS", "JPN")]
    [InlineData("id", "Kantor imigrasi Filipina mendeportasikan dua warga negara Vietnam pada Senin.", "174", "PHL", "VNM")]
    [InlineData("id", "Pemerintah Jepang menyebut latihan militer Tiongkok di perairan dekat Pulau Okinawa itu sebagai tindakan yang provokatif.", "111", "JPN", "CHN")]
    public void Rows_code_with_their_sides(string lang, string text, string code, string source, string target)
    {
        var e = Assert.Single(TestDocs.RunCountries(text, lang).Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    // asking one's own diplomats to be careful, or a label that is not a charge, codes no reduction or criticism
    [InlineData("id", "Kementerian Luar Negeri Peru meminta diplomatnya di Brasil untuk tetap waspada.", "161")]
    [InlineData("id", "Pemerintah Jepang menyebut kunjungan Presiden Filipina ke Tokyo pekan ini sebagai langkah yang bersejarah.", "111")]
    public void Near_misses_code_nothing(string lang, string text, string code)
        => Assert.DoesNotContain(TestDocs.RunCountries(text, lang).Events, e => e.Cameo == code);
}

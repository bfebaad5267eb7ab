using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// The CAMEO coverage pass over the Indonesian and Malay lexicons (rows marked "coverage pass (lexid)"):
/// one or more sentences per root family that was extended, each run through the whole coder. The
/// sentences are written for these tests.
/// </summary>
public sealed class LexiconCoveragePassTests
{
    private static Document Run(string text, string lang) => TestDocs.RunCountries(text, lang);

    [Theory]
    // 01 statements
    [InlineData("id", "Jepang menyampaikan simpati kepada Filipina atas bencana itu.", "018", "JPN", "PHL", Modality.Asserted)]
    // 02 appeals
    [InlineData("id", "Jepang mendesak Tiongkok menghentikan serangan terhadap Filipina.", "0256", "JPN", "CHN", Modality.Asserted)]
    [InlineData("id", "Vietnam mengajukan permintaan ekstradisi kepada Kamboja.", "0213", "VNM", "KHM", Modality.Asserted)]
    // 03 intent to cooperate
    [InlineData("id", "Jepang menjanjikan bantuan kepada Filipina.", "033", "JPN", "PHL", Modality.Asserted)]
    [InlineData("id", "Brasil menerima undangan Kanada untuk hadir di Ottawa.", "036", "BRA", "CAN", Modality.Asserted)]
    // 04 consult
    [InlineData("id", "Jepang berkonsultasi dengan Filipina mengenai keamanan maritim.", "040", "JPN,PHL", "PHL,JPN", Modality.Asserted)]
    [InlineData("id", "Jepang melakukan perundingan dengan Filipina di Manila.", "046", "JPN,PHL", "PHL,JPN", Modality.Asserted)]
    [InlineData("ms", "Malaysia membincangkan isu sempadan dengan Thailand.", "040", "MYS,THA", "THA,MYS", Modality.Asserted)]
    // 05 diplomatic cooperation
    [InlineData("id", "Jepang menandatangani nota kesepahaman dengan Filipina.", "057", "JPN,PHL", "PHL,JPN", Modality.Asserted)]
    [InlineData("id", "Jepang mencapai kesepakatan dengan Vietnam soal perikanan.", "057", "JPN,VNM", "VNM,JPN", Modality.Asserted)]
    [InlineData("id", "Kanada menyampaikan penghargaan kepada Brasil atas bantuan itu.", "051", "CAN", "BRA", Modality.Asserted)]
    [InlineData("ms", "Malaysia menzahirkan penghargaan kepada Jepun atas sumbangan itu.", "051", "MYS", "JPN", Modality.Asserted)]
    // 06 material cooperation
    [InlineData("id", "Filipina menyerahkan buronan itu kepada Jepang.", "063", "PHL", "JPN", Modality.Asserted)]
    // 07 aid
    [InlineData("id", "Jepang menggelontorkan bantuan kepada Filipina.", "070", "JPN", "PHL", Modality.Asserted)]
    [InlineData("id", "Jepang mengirimkan tim SAR ke Filipina.", "073", "JPN", "PHL", Modality.Asserted)]
    [InlineData("ms", "Malaysia menghulurkan bantuan kemanusiaan kepada Filipina.", "073", "MYS", "PHL", Modality.Asserted)]
    // 08 yield
    [InlineData("id", "Kanada menarik mundur pasukannya dari Peru.", "087", "CAN", "PER", Modality.Asserted)]
    // 10 demand
    [InlineData("id", "Kanada menuntut Brasil mencabut sanksi terhadap Peru.", "1054", "CAN", "BRA", Modality.Asserted)]
    // 11 disapprove
    [InlineData("id", "Jepang menyatakan protes keras kepada Tiongkok.", "114", "JPN", "CHN", Modality.Asserted)]
    [InlineData("id", "Tiongkok menuduh Jepang melakukan spionase.", "1125", "CHN", "JPN", Modality.Asserted)]
    // 12 reject
    [InlineData("id", "Tiongkok menolak berunding dengan Filipina.", "125", "CHN", "PHL", Modality.Asserted)]
    // 13 threaten
    [InlineData("id", "Tiongkok mengancam memutuskan hubungan dengan Filipina.", "1313", "CHN", "PHL", Modality.Asserted)]
    [InlineData("id", "Tiongkok memberikan peringatan kepada Filipina.", "130", "CHN", "PHL", Modality.Asserted)]
    // 15 force posture
    [InlineData("id", "Tiongkok mengerahkan kapal induk ke dekat Filipina.", "154", "CHN", "PHL", Modality.Asserted)]
    // 16 reduce relations
    [InlineData("id", "Kanada mengumumkan sanksi terhadap Brasil.", "163", "CAN", "BRA", Modality.Asserted)]
    [InlineData("id", "Kanada menarik utusannya dari Brasil.", "161", "CAN", "BRA", Modality.Asserted)]
    [InlineData("ms", "Malaysia mengumumkan sekatan baharu terhadap Thailand.", "163", "MYS", "THA", Modality.Asserted)]
    // 17 coerce
    [InlineData("id", "Polisi Malaysia membekuk nelayan Indonesia.", "173", "MYS", "IDN", Modality.Asserted)]
    // 19 fight
    [InlineData("id", "Tiongkok melancarkan gempuran udara terhadap Vietnam.", "195", "CHN", "VNM", Modality.Asserted)]
    [InlineData("id", "Tiongkok melakukan serangan terhadap Vietnam.", "190", "CHN", "VNM", Modality.Asserted)]
    // second batch: summons answered, persona non grata in the passive, harassment and ramming in the passive, headline roots
    [InlineData("id", "Duta Besar Kanada memenuhi panggilan Brasil di Brasilia.", "114", "BRA", "CAN", Modality.Asserted)]
    [InlineData("id", "Brasil memanggil wakil kepala misi Kedutaan Besar Kanada.", "114", "BRA", "CAN", Modality.Asserted)]
    [InlineData("id", "Diplomat Kanada dinyatakan persona non grata oleh Brasil.", "161", "BRA", "CAN", Modality.Asserted)]
    [InlineData("id", "Kapal Filipina diganggu oleh kapal Tiongkok.", "170", "CHN", "PHL", Modality.Asserted)]
    [InlineData("id", "Kapal Filipina ditabrak oleh kapal Tiongkok.", "171", "CHN", "PHL", Modality.Asserted)]
    [InlineData("id", "Kanada berkomunikasi dengan Brasil soal insiden itu.", "040", "CAN,BRA", "BRA,CAN", Modality.Asserted)]
    [InlineData("id", "Jepang dan Filipina setuju untuk memperluas kerja sama pertahanan.", "030", "JPN,PHL", "PHL,JPN", Modality.Asserted)]
    [InlineData("id", "Tiongkok Usir Kapal Filipina", "174", "CHN", "PHL", Modality.Asserted)]
    // third batch: destroying vessels, artillery, driving vessels off, Malay warnings
    [InlineData("id", "Indonesia menenggelamkan kapal Vietnam di Natuna.", "1712", "IDN", "VNM", Modality.Asserted)]
    [InlineData("id", "Tiongkok menembakkan artileri ke arah Vietnam.", "194", "CHN", "VNM", Modality.Asserted)]
    [InlineData("ms", "Malaysia menghalau kapal Vietnam dari perairannya.", "174", "MYS", "VNM", Modality.Asserted)]
    [InlineData("ms", "Malaysia mengeluarkan amaran kepada Thailand.", "130", "MYS", "THA", Modality.Asserted)]
    // fourth batch: an invitation received names the inviter after "dari"; peace talks begun
    [InlineData("id", "Brasil mendapat undangan dari Kanada untuk hadir di Ottawa.", "036", "CAN", "BRA", Modality.Asserted)]
    [InlineData("id", "Jepang memulai pembicaraan damai dengan Tiongkok.", "046", "JPN,CHN", "CHN,JPN", Modality.Asserted)]
    public void Coverage_rows_code_through_the_engine(string lang, string text, string code, string source, string target, Modality modality) =>
        TestDocs.AssertCoded(Run(text, lang), code, source, target, modality);

    [Theory]
    // event nouns with their doer right after them
    [InlineData("id", "Nota protes Jepang kepada Tiongkok diserahkan kemarin.", "114", "JPN", "CHN")]
    [InlineData("id", "Pembicaraan telepon antara Jepang dan Filipina berlangsung satu jam.", "041", "JPN,PHL", "PHL,JPN")]
    [InlineData("id", "Penandatanganan perjanjian antara Jepang dan Filipina berlangsung di Tokyo.", "057", "JPN,PHL", "PHL,JPN")]
    public void Coverage_nouns_code_with_their_sides(string lang, string text, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    // a promise or light verb with no act on anyone codes nothing
    [InlineData("id", "Jepang melakukan perbaikan jalan di Tokyo.", "190")]
    [InlineData("id", "Warga Jepang berdemo di Tokyo menuntut kenaikan upah.", "107")]
    // reaching an agreement alone, with no partner, is no signing with anyone
    [InlineData("id", "Parlemen Jepang mencapai kesepakatan soal anggaran.", "057")]
    public void Coverage_rows_do_not_overreach(string lang, string text, string code) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo == code);
}

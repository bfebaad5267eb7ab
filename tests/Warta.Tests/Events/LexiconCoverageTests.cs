using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Lexicon rows added for constructions that recur in real news (Malay parity with Indonesian, missile launches,
/// name-calling, phone calls, appeals for release, threats of response), each checked through the whole coder
/// on sentences written for these tests.
/// </summary>
public sealed class LexiconCoverageTests
{
    private static Document Run(string text, string lang) => TestDocs.RunCountries(text, lang);

    [Theory]
    // ms: protest notes, summons, non-recognition, appeals, condemnation, name-calling
    [InlineData("ms", "Kerajaan Malaysia akan menghantar nota bantahan kepada Filipina berhubung insiden itu.", "114", "MYS", "PHL", Modality.Intended)]
    [InlineData("ms", "Malaysia mengemukakan nota protes kepada Thailand semalam.", "114", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia memanggil pesuruhjaya tinggi Kanada ke Putrajaya.", "114", "MYS", "CAN", Modality.Asserted)]
    [InlineData("ms", "Malaysia tidak mengiktiraf tuntutan Filipina ke atas Sabah.", "120", "MYS", "PHL", Modality.Asserted)]
    [InlineData("ms", "Malaysia menolak dakwaan Thailand mengenai pencerobohan itu.", "120", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia menggesa Thailand membebaskan nelayan yang ditahan.", "0253", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia menyelar tindakan Filipina di perairan itu.", "111", "MYS", "PHL", Modality.Asserted)]
    [InlineData("ms", "Malaysia menyatakan kebimbangan terhadap Filipina.", "012", "MYS", "PHL", Modality.Asserted)]
    // ms: consult, negotiate, sign, support, aid
    [InlineData("ms", "Malaysia bercakap melalui telefon dengan Jepun semalam.", "041", "MYS,JPN", "JPN,MYS", Modality.Asserted)]
    [InlineData("ms", "Malaysia mengadakan rundingan dengan Thailand mengenai sempadan.", "046", "MYS,THA", "THA,MYS", Modality.Asserted)]
    [InlineData("ms", "Malaysia memeterai memorandum persefahaman dengan Jepun.", "057", "MYS,JPN", "JPN,MYS", Modality.Asserted)]
    [InlineData("ms", "Malaysia menzahirkan sokongan terhadap Filipina.", "051", "MYS", "PHL", Modality.Asserted)]
    [InlineData("ms", "Malaysia menyalurkan bantuan kemanusiaan kepada Filipina.", "073", "MYS", "PHL", Modality.Asserted)]
    // ms: force
    [InlineData("ms", "Thailand melepaskan roket ke arah Malaysia.", "195", "THA", "MYS", Modality.Asserted)]
    [InlineData("ms", "Malaysia mengusir duta Thailand.", "161", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia menuntut Thailand membebaskan nelayan itu.", "100", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia dan Thailand mengadakan mesyuarat di Putrajaya.", "040", "MYS,THA", "THA,MYS", Modality.Asserted)]
    // id
    [InlineData("id", "Tiongkok meluncurkan rudal jelajah ke arah Filipina.", "195", "CHN", "PHL", Modality.Asserted)]
    [InlineData("id", "Jepang tetap terbuka terhadap dialog dengan Tiongkok.", "036", "JPN", "CHN", Modality.Asserted)]
    [InlineData("id", "Filipina menyebut Tiongkok sebagai agresor di Laut China Selatan.", "111", "PHL", "CHN", Modality.Asserted)]
    [InlineData("id", "Jepang menjuluki tindakan Tiongkok barbar.", "111", "JPN", "CHN", Modality.Asserted)]
    [InlineData("id", "Tiongkok memperingatkan bahwa hubungan dengan Filipina bisa terputus.", "1313", "CHN", "PHL", Modality.Asserted)]
    [InlineData("id", "Menteri Luar Negeri Jepang melakukan panggilan telepon dengan Filipina.", "041", "JPN,PHL", "PHL,JPN", Modality.Asserted)]
    [InlineData("id", "Jepang menyerukan pembebasan nelayan yang ditahan Tiongkok.", "0253", "JPN", "CHN", Modality.Asserted)]
    [InlineData("id", "Tiongkok akan membalas langkah Filipina itu.", "138", "CHN", "PHL", Modality.Asserted)]
    [InlineData("id", "Tiongkok melayangkan ancaman serangan kepada Filipina.", "138", "CHN", "PHL", Modality.Asserted)]
    [InlineData("ms", "Menteri Luar Jepun mengadakan kunjungan hormat ke atas Malaysia.", "040", "JPN", "MYS", Modality.Asserted)]
    [InlineData("id", "Brasil memblokir pesawat militer Kanada.", "191", "BRA", "CAN", Modality.Asserted)]
    [InlineData("id", "Tiongkok melontarkan ancaman kepada Filipina.", "130", "CHN", "PHL", Modality.Asserted)]
    [InlineData("id", "Jepang siap bekerja sama dengan Vietnam di bidang pertahanan.", "0312", "JPN,VNM", "VNM,JPN", Modality.Intended)]
    // en
    [InlineData("en", "Japan's foreign minister said he had spoken with the Philippines.", "040", "JPN,PHL", "PHL,JPN", Modality.Asserted)]
    [InlineData("en", "China said it had taken necessary measures against Philippine vessels.", "170", "CHN", "PHL", Modality.Asserted)]
    [InlineData("en", "Japan rejected China's allegations about the islands.", "120", "JPN", "CHN", Modality.Asserted)]
    [InlineData("en", "China fired cruise missiles toward the Philippines.", "195", "CHN", "PHL", Modality.Asserted)]
    [InlineData("en", "Canada remains open to talks with Brazil.", "036", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Canada called Brazil's vote illegal.", "111", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Japan is ready to supply weapons to the Philippines.", "0332", "JPN", "PHL", Modality.Intended)]
    [InlineData("en", "China vows to retaliate against Japan.", "138", "CHN", "JPN", Modality.Asserted)]
    public void New_rows_code_through_the_engine(string lang, string text, string code, string source, string target, Modality modality) =>
        TestDocs.AssertCoded(Run(text, lang), code, source, target, modality);

    [Theory]
    [InlineData("Japan neither condemned nor praised China.", "en")]
    [InlineData("Japan did not condemn China.", "en")]
    public void Neither_nor_negates(string text, string lang)
    {
        var doc = Run(text, lang);
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e => Assert.Equal(Modality.Negated, e.Modality));
    }

    [Theory]
    // Blocking a road is protest (144); a state blocking aircraft or shipping restricts movement (191).
    [InlineData("Warga Malaysia memblokir jalan menuju kedutaan Thailand.", "id", "191")]
    // Calling something by a neutral name is not criticism.
    [InlineData("Jepang menyebut Filipina sebagai mitra strategis.", "id", "111")]
    // Talking to reporters or acting against inflation names no counterpart: no event.
    [InlineData("Japan's foreign minister spoke to reporters in Tokyo.", "en", "040")]
    [InlineData("Brazil took measures against inflation.", "en", "170")]
    [InlineData("Jepang menyebut langkah sepihak itu sebagai hal biasa.", "id", "111")]
    [InlineData("Malaysia menolak tuntutan kenaikan gaji.", "ms", "120")]
    [InlineData("Menteri Malaysia berbincang dengan wartawan selepas majlis itu.", "ms", "040")]
    // Malay "menuntut" also means laying claim to territory: no demand without someone it is made of.
    [InlineData("Tiongkok menuntut hampir seluruh perairan itu.", "ms", "100")]
    // A phone call report in Malay is not a visit.
    [InlineData("Malaysia bercakap melalui telefon dengan Jepun.", "ms", "042")]
    public void Rows_do_not_overreach(string text, string lang, string code)
    {
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo == code);
    }
}

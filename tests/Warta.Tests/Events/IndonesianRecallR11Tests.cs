using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Round 11 recall rows for Indonesian and Malay (rows marked "r11 (lexid)"): prisoner exchanges between two sides,
/// a ceasefire "antara X dan Y", envoys sent, condolence messages, orders to free someone, releases by an agent and
/// annoyance. The sentences are written for these tests.
/// </summary>
public sealed class IndonesianRecallR11Tests
{
    private static Document Run(string text, string lang) => TestDocs.RunCountries(text, lang);

    [Theory]
    [InlineData("id", "Jepang dan Filipina pada Selasa bertukar tahanan di perbatasan.", "0841", "JPN,PHL", "PHL,JPN")]
    [InlineData("id", "Kanada melakukan pertukaran tahanan dengan Peru pada Sabtu.", "0841", "CAN,PER", "PER,CAN")]
    [InlineData("ms", "Malaysia dan Thailand bertukar banduan di sempadan pada Isnin.", "0841", "MYS,THA", "THA,MYS")]
    [InlineData("id", "Vietnam mengirimkan perwakilan ke Kamboja untuk menghadiri pertemuan itu.", "042", "VNM", "KHM")]
    [InlineData("ms", "Kerajaan Malaysia menghantar delegasi ke Jepun bagi membincangkan kerjasama ekonomi.", "042", "MYS", "JPN")]
    [InlineData("id", "Jepang menyampaikan pesan berduka kepada rakyat Filipina atas korban banjir.", "018", "JPN", "PHL")]
    [InlineData("ms", "Malaysia menyampaikan mesej takziah kepada rakyat Jepun atas tragedi itu.", "018", "MYS", "JPN")]
    [InlineData("id", "Kanada memerintahkan junta Peru untuk membebaskan presiden yang ditahan.", "1053", "CAN", "PER")]
    [InlineData("ms", "Malaysia mengarahkan junta Thailand supaya membebaskan presiden yang ditahan.", "1053", "MYS", "THA")]
    [InlineData("id", "Dua nelayan Indonesia dibebaskan oleh Malaysia pada Senin.", "0841", "MYS", "IDN")]
    [InlineData("id", "Indonesia menyatakan kekesalan terhadap Malaysia atas penyadapan itu.", "111", "IDN", "MYS")]
    [InlineData("id", "Vietnam memberikan penjelasan kepada Indonesia soal kapal itu.", "010", "VNM", "IDN")]
    public void Rows_code_with_their_sides(string lang, string text, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("id", "Gencatan senjata antara Thailand dan Kamboja mulai berlaku pada Senin pagi.", "0871", "THA,KHM", "KHM,THA")]
    [InlineData("ms", "Gencatan senjata antara Malaysia dan Thailand berkuat kuasa sejak semalam.", "0871", "MYS,THA", "THA,MYS")]
    public void Ceasefire_between_two_sides_is_each_sides_act(string lang, string text, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    // "X tidak …, tetapi menuduh Y": the clause after "tetapi"/"namun" with no subject of its own shares the main subject
    [InlineData("id", "Tiongkok tidak mengonfirmasi adanya korban, tetapi menuduh Vietnam melintasi perbatasan.", "112", "CHN", "VNM")]
    [InlineData("ms", "Malaysia tidak mengulas lanjut, namun mengecam Thailand atas insiden itu.", "111", "MYS", "THA")]
    public void Contrast_clause_without_subject_shares_the_main_subject(string lang, string text, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    // "tiba di sini": a visit "here" is to the dateline's country; with no dateline, or one in the visitor's own country, no target
    [InlineData("ms", "Presiden Vietnam tiba di sini hari ini bagi memulakan lawatan negara selama tiga hari.", "BANDAR SERI BEGAWAN", "BRN", "BRN")]
    [InlineData("id", "Perdana Menteri Jepang tiba di sini pada Senin untuk kunjungan kenegaraan.", "JAKARTA", "IDN", "IDN")]
    [InlineData("id", "Perdana Menteri Jepang tiba di sini pada Senin untuk kunjungan kenegaraan.", null, null, null)]
    [InlineData("id", "Perdana Menteri Jepang tiba di sini pada Senin untuk kunjungan kenegaraan.", "TOKYO", "JPN", null)]
    public void A_visit_here_is_to_the_datelines_country(string lang, string text, string? dateline, string? country, string? target)
    {
        var doc = TestDocs.Build(text, lang, TestDocs.Countries, null, "2025-03-12");
        if (dateline is not null) doc.Metadata.Dateline = new DatelineWithPlace(dateline, new PlaceRef(dateline, country, "city", null, null, null));
        var events = TestDocs.Run(doc).Events.Where(e => e.Cameo == "042").ToList();
        if (target is null) Assert.Empty(events);
        else Assert.Equal(target, TestDocs.Keys(Assert.Single(events).Target));
    }

    [Theory]
    // a ceasefire called for is an appeal, not a ceasefire in force
    [InlineData("id", "Jepang menyerukan gencatan senjata antara Thailand dan Kamboja.", "0871")]
    // a ceasefire with only one side named is no act between sides
    [InlineData("id", "Gencatan senjata di Gaza mulai berlaku pada Senin.", "0871")]
    // an explanation to reporters acts on no one
    [InlineData("id", "Vietnam memberikan penjelasan kepada wartawan di Hanoi.", "010")]
    // released from a charge by no named agent
    [InlineData("id", "Dua warga Jepang dibebaskan dari dakwaan pada Senin.", "0841")]
    public void Rows_do_not_overreach(string lang, string text, string code) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo == code);
}

using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Rows added while walking CAMEO 1.1b3 for codes common in international news (protest notes and summons,
/// expulsions and ties, agreements suspended, sanctions imposed and lifted, relations restored, mediation,
/// regret, humanitarian aid, patrols, captures, deportations, releases, ceasefires) in id, ms and en; each is
/// checked through the whole coder on sentences written for these tests.
/// </summary>
public sealed class CameoCoverageTests
{
    private static Document Run(string text, string lang) => TestDocs.RunCountries(text, lang);

    [Theory]
    // id: protest notes and summons (114)
    [InlineData("id", "Filipina mengajukan protes diplomatik kepada Tiongkok atas insiden itu.", "114", "PHL", "CHN", Modality.Asserted)]
    [InlineData("id", "Vietnam menyampaikan nota protes kepada Tiongkok pada Senin.", "114", "VNM", "CHN", Modality.Asserted)]
    [InlineData("id", "Kanada melayangkan protes keras kepada Brasil.", "114", "CAN", "BRA", Modality.Asserted)]
    [InlineData("id", "Jepang memanggil kuasa usaha Tiongkok di Tokyo.", "114", "JPN", "CHN", Modality.Asserted)]
    // round 6: deputy envoys summoned; imports suspended from a country (163)
    [InlineData("id", "Jepang memanggil wakil duta besar Tiongkok di Tokyo.", "114", "JPN", "CHN", Modality.Asserted)]
    [InlineData("id", "Kanada menangguhkan seluruh impor daging sapi dari Brasil.", "163", "CAN", "BRA", Modality.Asserted)]
    [InlineData("ms", "Malaysia memanggil wakil kedutaan besar Thailand semalam.", "114", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia menggantung import ayam dari Thailand.", "163", "MYS", "THA", Modality.Asserted)]
    [InlineData("en", "Canada suspended imports of beef from Brazil.", "163", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Canada imposed entry bans on two Brazilian officials.", "163", "CAN", "BRA", Modality.Asserted)]
    // round 6: diplomats ordered to leave (161)
    [InlineData("id", "Kanada memerintahkan para diplomat Brasil itu untuk meninggalkan Ottawa.", "161", "CAN", "BRA", Modality.Asserted)]
    [InlineData("ms", "Malaysia mengarahkan diplomat Thailand itu meninggalkan negara ini.", "161", "MYS", "THA", Modality.Asserted)]
    [InlineData("en", "Canada ordered two Brazilian diplomats to leave the country.", "161", "CAN", "BRA", Modality.Asserted)]
    // round 6: a leader received by title (043)
    [InlineData("id", "Presiden Indonesia menerima Perdana Menteri Malaysia di Istana Merdeka.", "043", "IDN", "MYS", Modality.Asserted)]
    [InlineData("ms", "Perdana Menteri Malaysia menerima Presiden Filipina di Putrajaya.", "043", "MYS", "PHL", Modality.Asserted)]
    [InlineData("en", "Japan received the visiting Brazilian president in Tokyo.", "043", "JPN", "BRA", Modality.Asserted)]
    [InlineData("en", "Japan on Friday pledged $10 million in emergency aid for Chile.", "033", "JPN", "CHL", Modality.Asserted)]
    // round 6: disappointment voiced at an actor (111), delisting as a sponsor of terrorism (081), recognition switched away (161)
    [InlineData("id", "Jepang menyatakan kekecewaan atas keputusan Tiongkok.", "111", "JPN", "CHN", Modality.Asserted)]
    [InlineData("ms", "Malaysia menyatakan kekecewaan terhadap Thailand.", "111", "MYS", "THA", Modality.Asserted)]
    [InlineData("en", "Canada expressed its disappointment over Brazil's decision.", "111", "CAN", "BRA", Modality.Asserted)]
    [InlineData("id", "Kanada menghapus Peru dari daftar negara sponsor terorisme.", "081", "CAN", "PER", Modality.Asserted)]
    [InlineData("ms", "Malaysia mengeluarkan Kamboja daripada senarai negara penaja keganasan.", "081", "MYS", "KHM", Modality.Asserted)]
    [InlineData("en", "Canada removed Chile from its list of state sponsors of terrorism.", "081", "CAN", "CHL", Modality.Asserted)]
    [InlineData("id", "Peru mengalihkan pengakuan diplomatik dari Brasil ke Tiongkok.", "161", "PER", "BRA", Modality.Asserted)]
    [InlineData("en", "Chile switched diplomatic recognition from Japan to China.", "161", "CHL", "JPN", Modality.Asserted)]
    // id: expulsion, ties, agreements (16)
    [InlineData("id", "Kanada menyatakan diplomat Brasil itu sebagai persona non grata.", "161", "CAN", "BRA", Modality.Asserted)]
    [InlineData("id", "Peru mengusir atase militer Brasil dari Lima.", "161", "PER", "BRA", Modality.Asserted)]
    [InlineData("id", "Brasil menutup kedutaan besarnya di Kanada.", "161", "BRA", "CAN", Modality.Asserted)]
    [InlineData("id", "Peru menurunkan hubungan diplomatik dengan Brasil.", "161", "PER", "BRA", Modality.Asserted)]
    [InlineData("id", "Kanada menangguhkan perjanjian perdagangan dengan Brasil.", "160", "CAN", "BRA", Modality.Asserted)]
    // id: sanctions imposed and lifted
    [InlineData("id", "Kanada memperketat sanksi terhadap Brasil.", "163", "CAN", "BRA", Modality.Asserted)]
    [InlineData("id", "Kanada mengenakan tarif tinggi terhadap Brasil.", "163", "CAN", "BRA", Modality.Asserted)]
    [InlineData("id", "Kanada mencabut sanksi terhadap Brasil.", "085", "CAN", "BRA", Modality.Asserted)]
    // id: relations, mediation, regret, aid, posture
    [InlineData("id", "Kanada memulihkan hubungan diplomatik dengan Brasil.", "054", "CAN,BRA", "BRA,CAN", Modality.Asserted)]
    [InlineData("id", "Jepang menyatakan penyesalan atas keputusan Tiongkok.", "111", "JPN", "CHN", Modality.Asserted)]
    [InlineData("id", "Malaysia mengirimkan bantuan kemanusiaan ke Filipina.", "073", "MYS", "PHL", Modality.Asserted)]
    [InlineData("id", "Thailand memperketat patroli di perbatasan dengan Malaysia.", "150", "THA", "MYS", Modality.Asserted)]
    // id: coerce and fight
    [InlineData("id", "Malaysia menyita kapal nelayan Indonesia.", "1711", "MYS", "IDN", Modality.Asserted)]
    [InlineData("id", "Pasukan Thailand merebut pos militer Malaysia.", "192", "THA", "MYS", Modality.Asserted)]
    [InlineData("id", "Tiongkok menjatuhkan drone Filipina di atas laut.", "190", "CHN", "PHL", Modality.Asserted)]
    [InlineData("id", "Malaysia membebaskan nelayan Indonesia pekan lalu.", "0841", "MYS", "IDN", Modality.Asserted)]
    [InlineData("id", "Thailand mendeportasi warga Malaysia itu.", "174", "THA", "MYS", Modality.Asserted)]
    [InlineData("id", "Thailand melanggar kesepakatan gencatan senjata dengan Malaysia.", "196", "THA", "MYS", Modality.Asserted)]
    [InlineData("id", "Thailand dan Malaysia menandatangani perjanjian gencatan senjata di Kuala Lumpur.", "0871", "THA,MYS", "MYS,THA", Modality.Asserted)]
    // id: considering an act is only possible
    [InlineData("id", "Filipina mempertimbangkan untuk mengusir diplomat Tiongkok.", "161", "PHL", "CHN", Modality.Possible)]
    // ms
    [InlineData("ms", "Malaysia mengisytiharkan diplomat Thailand itu persona non grata.", "161", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia mengenakan sekatan ekonomi terhadap Thailand.", "163", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia menghantar bantuan kemanusiaan kepada Filipina.", "073", "MYS", "PHL", Modality.Asserted)]
    [InlineData("ms", "Malaysia meningkatkan rondaan di sempadan dengan Thailand.", "150", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia merampas bot nelayan Thailand.", "1711", "MYS", "THA", Modality.Asserted)]
    [InlineData("ms", "Malaysia dan Thailand bersetuju gencatan senjata.", "0871", "MYS,THA", "THA,MYS", Modality.Asserted)]
    [InlineData("ms", "Malaysia menutup kedutaan di Thailand.", "161", "MYS", "THA", Modality.Asserted)]
    // en
    [InlineData("en", "China made solemn demarches to Japan over the visit.", "114", "CHN", "JPN", Modality.Asserted)]
    [InlineData("en", "Canada lodged a formal protest with Brazil.", "114", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Chile declared a Brazilian diplomat persona non grata.", "161", "CHL", "BRA", Modality.Asserted)]
    [InlineData("en", "Canada expelled Brazilian diplomats.", "161", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Chile severed diplomatic ties with Brazil.", "161", "CHL", "BRA", Modality.Asserted)]
    [InlineData("en", "Canada suspended a trade agreement with Brazil.", "160", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Canada imposed tariffs on Brazil.", "163", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Canada lifted sanctions on Brazil.", "085", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Canada restored diplomatic relations with Brazil.", "054", "CAN,BRA", "BRA,CAN", Modality.Asserted)]
    [InlineData("en", "China strongly deplores Japan's decision.", "111", "CHN", "JPN", Modality.Asserted)]
    [InlineData("en", "Canada pressed Brazil to explain the incident.", "100", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Japan sent humanitarian aid to the Philippines.", "073", "JPN", "PHL", Modality.Asserted)]
    [InlineData("en", "Canada sold fighter jets to Brazil.", "072", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Brazil deported Canada's citizens.", "174", "BRA", "CAN", Modality.Asserted)]
    [InlineData("en", "China seized Philippine boats near the shoal.", "1711", "CHN", "PHL", Modality.Asserted)]
    [InlineData("en", "China shot down a Philippine drone.", "190", "CHN", "PHL", Modality.Asserted)]
    [InlineData("en", "China released Philippine fishermen on Monday.", "0841", "CHN", "PHL", Modality.Asserted)]
    [InlineData("en", "Brazil violated the ceasefire with Chile.", "196", "BRA", "CHL", Modality.Asserted)]
    [InlineData("en", "Japan is considering expelling Chinese diplomats.", "161", "JPN", "CHN", Modality.Possible)]
    // round 2: statements, appeals, demands, support, yielding, defiance, courts, repression, posture
    [InlineData("id", "Jepang menyatakan \"penyesalan mendalam\" atas keputusan Tiongkok.", "111", "JPN", "CHN", Modality.Asserted)]
    [InlineData("id", "Vietnam meminta penjelasan kepada Tiongkok soal insiden itu.", "101", "VNM", "CHN", Modality.Asserted)]
    [InlineData("id", "Malaysia meminta Thailand dan Kamboja menahan diri.", "0256", "MYS", "THA,KHM", Modality.Asserted)]
    [InlineData("id", "Indonesia menyatakan solidaritas dengan Filipina.", "051", "IDN", "PHL", Modality.Asserted)]
    [InlineData("id", "Tiongkok mengabaikan putusan arbitrase yang memenangkan Filipina.", "128", "CHN", "", Modality.Asserted)]
    [InlineData("id", "Indonesia mengirim pasukan penjaga perdamaian ke Lebanon.", "074", "IDN", "LBN", Modality.Asserted)]
    [InlineData("id", "Tiongkok menggelar latihan tembak langsung di dekat Filipina.", "150", "CHN", "PHL", Modality.Asserted)]
    [InlineData("id", "Kapal perang Malaysia membayangi kapal perang Tiongkok di perairan itu.", "150", "MYS", "CHN", Modality.Asserted)]
    [InlineData("ms", "Malaysia meminta penjelasan daripada China mengenai insiden itu.", "101", "MYS", "CHN", Modality.Asserted)]
    [InlineData("ms", "Angkatan Tentera Malaysia sedang memantau pergerakan kapal China di perairan itu.", "150", "MYS", "CHN", Modality.Asserted)]
    [InlineData("en", "Japan demanded China give an explanation.", "101", "JPN", "CHN", Modality.Asserted)]
    [InlineData("en", "Chile called for a peaceful resolution between Brazil and Canada.", "027", "CHL", "BRA,CAN", Modality.Asserted)]
    [InlineData("en", "Japan stands with the Philippines.", "051", "JPN", "PHL", Modality.Asserted)]
    [InlineData("en", "Canada deployed peacekeepers to Lebanon.", "074", "CAN", "LBN", Modality.Asserted)]
    [InlineData("en", "Japan extended loans to the Philippines.", "071", "JPN", "PHL", Modality.Asserted)]
    [InlineData("en", "Japan shadowed Chinese warships near its islands.", "150", "JPN", "CHN", Modality.Asserted)]
    [InlineData("en", "Brazil threatened to impose tariffs on Canada.", "1312", "BRA", "CAN", Modality.Asserted)]
    [InlineData("id", "Brasil mengancam akan mengenakan tarif kepada Kanada.", "1312", "BRA", "CAN", Modality.Asserted)]
    [InlineData("id", "Jepang menyayangkan keputusan Tiongkok menahan nelayan itu.", "111", "JPN", "CHN", Modality.Asserted)]
    [InlineData("id", "Filipina menuding Tiongkok mengganggu kapal nelayannya.", "112", "PHL", "CHN", Modality.Asserted)]
    [InlineData("id", "Indonesia berterima kasih kepada Malaysia atas bantuan itu.", "051", "IDN", "MYS", Modality.Asserted)]
    [InlineData("ms", "Malaysia kesal dengan tindakan Thailand menahan nelayan itu.", "111", "MYS", "THA", Modality.Asserted)]
    [InlineData("en", "Japan praises the Philippines for its restraint.", "051", "JPN", "PHL", Modality.Asserted)]
    [InlineData("en", "Brazil withdraws troops from the border with Chile.", "087", "BRA", "CHL", Modality.Asserted)]
    [InlineData("en", "Canada is negotiating with Brazil over trade.", "046", "CAN,BRA", "BRA,CAN", Modality.Asserted)]
    // round 3: high commissioners summoned, ties ended, embassies raided, territorial waters entered, commitments, hosting
    [InlineData("en", "Canada summoned the Brazilian high commissioner over the remarks.", "114", "CAN", "BRA", Modality.Asserted)]
    [InlineData("en", "Chile ended diplomatic ties with Brazil on Sunday.", "161", "CHL", "BRA", Modality.Asserted)]
    [InlineData("en", "Brazilian police stormed the Chinese embassy at night.", "171", "BRA", "CHN", Modality.Asserted)]
    [InlineData("en", "Four Chinese coast guard vessels intruded into Japan's territorial waters.", "150", "CHN", "JPN", Modality.Asserted)]
    [InlineData("en", "Japan reaffirmed its commitment to the Philippines.", "030", "JPN", "PHL", Modality.Asserted)]
    [InlineData("id", "Malaysia memanggil komisaris tinggi Kanada di Kuala Lumpur.", "114", "MYS", "CAN", Modality.Asserted)]
    [InlineData("id", "Peru mengakhiri hubungan diplomatik dengan Brasil.", "161", "PER", "BRA", Modality.Asserted)]
    [InlineData("id", "Polisi Peru menyerbu kedutaan Brasil di Lima.", "171", "PER", "BRA", Modality.Asserted)]
    [InlineData("id", "Kapal penjaga pantai Tiongkok memasuki perairan teritorial Jepang.", "150", "CHN", "JPN", Modality.Asserted)]
    [InlineData("id", "Kanada menegaskan komitmen untuk membantu Filipina.", "030", "CAN", "PHL", Modality.Asserted)]
    [InlineData("ms", "Thailand menamatkan hubungan diplomatik dengan Kamboja.", "161", "THA", "KHM", Modality.Asserted)]
    [InlineData("ms", "Polis Thailand menyerbu kedutaan Kamboja di Bangkok.", "171", "THA", "KHM", Modality.Asserted)]
    [InlineData("ms", "Kapal pengawal pantai China menceroboh perairan wilayah Malaysia.", "150", "CHN", "MYS", Modality.Asserted)]
    [InlineData("ms", "Malaysia menzahirkan komitmen untuk membantu Filipina.", "030", "MYS", "PHL", Modality.Asserted)]
    [InlineData("ms", "Malaysia menyambut kedatangan Presiden Filipina di Putrajaya.", "043", "MYS", "PHL", Modality.Asserted)]
    [InlineData("id", "Tiongkok menuntut Vietnam agar nelayan itu segera dibebaskan.", "1053", "CHN", "VNM", Modality.Asserted)]
    [InlineData("ms", "Malaysia mendesak Thailand supaya nelayan Malaysia itu dibebaskan.", "1053", "MYS", "THA", Modality.Asserted)]
    public void Cameo_rows_code_through_the_engine(string lang, string text, string code, string source, string target, Modality modality) =>
        TestDocs.AssertCoded(Run(text, lang), code, source, target, modality);

    [Theory]
    [InlineData("en", "Canada was summoned to the foreign ministry by Brazil.", "114", "BRA", "CAN")]
    [InlineData("en", "Philippine fishermen were detained by China.", "173", "CHN", "PHL")]
    public void Passive_rows_put_the_agent_first(string lang, string text, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    // A press release, a release sought, a controlled area and "dikuasai" as a description are no events.
    [InlineData("en", "Canada issued a press release about Brazil.", "0841")]
    [InlineData("en", "Canada seeks the release of prisoners held in Brazil.", "0841")]
    [InlineData("id", "Kanada menembakkan rudal ke wilayah yang dikuasai Brasil.", "192")]
    // Protests by football teams to a referee are still protests, but a domestic rally is no summons.
    [InlineData("id", "Warga Kanada berunjuk rasa di depan kedutaan Brasil.", "114")]
    // Breaking the law inside a condemnation is part of the criticism, not a second act.
    [InlineData("id", "Filipina mengecam tindakan itu sebagai berbahaya dan melanggar hukum internasional.", "128")]
    [InlineData("en", "The ministry said any aid to Brazil violates international law.", "128")]
    // Boats of no state in someone's waters, and an attack on an embassy, are not coded as intrusion or raid.
    [InlineData("en", "Canada said fishermen entered waters near the coast.", "150")]
    [InlineData("id", "Kanada menyerang kedutaan Brasil dengan rudal.", "171")]
    public void Rows_do_not_overreach(string lang, string text, string code)
    {
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo == code);
    }

    [Theory]
    // block rows: threatening stability or peace, or warning of something, is no act on anyone.
    [InlineData("en", "Brazil said Canada's actions threatened regional stability.")]
    [InlineData("en", "Chile warned of a humanitarian crisis in Brazil.")]
    [InlineData("id", "Kanada menilai langkah Brasil mengancam stabilitas kawasan.")]
    [InlineData("ms", "Malaysia berkata tindakan Thailand mengancam kestabilan serantau.")]
    // "menangkap ikan" is fishing, not an arrest.
    [InlineData("id", "Nelayan Vietnam menangkap ikan di perairan Indonesia dengan kapal besar.")]
    // A noun "sanctions" is no act: "the sanctions imposed earlier" is coded by its verb, not twice.
    [InlineData("en", "Canada said the sanctions hurt Brazil's economy.")]
    public void Blocked_objects_code_nothing(string lang, string text)
    {
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) || e.Cameo.StartsWith("16", StringComparison.Ordinal) || e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Brazil threatened Canada with war.", "138")]
    [InlineData("en", "Brazil warned of retaliation against Canada.", "138")]
    [InlineData("id", "Brasil mengancam Kanada dengan perang.", "138")]
    public void Unblocked_threats_still_code(string lang, string text, string code)
    {
        Assert.Contains(Run(text, lang).Events, e => e.Cameo == code);
    }
}

using CsCheck;
using Warta.Actors;
using Warta.Documents;

namespace Warta.Tests.Kb;

/// <summary>Linking cases written for these tests (no third-party sentences), each checked with both tokenizations.</summary>
public sealed class MentionLinkerTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>text, publication date, language, mention text, expected code (actor) or "@XXX" for a place country, entity id or "".</summary>
    public static TheoryData<string, string, string, string, string, string> Cases => new()
    {
        // Indonesian: titles, persons by date, role words with countries
        { "Presiden Rusia Vladimir Putin tiba di Hanoi pada Rabu malam.", "2024-06-20", "id", "Vladimir Putin", "RUSGOV", "per:vladimir-putin" },
        { "Presiden Rusia Vladimir Putin tiba di Hanoi pada Rabu malam.", "2024-06-20", "id", "Hanoi", "VNM", "" },
        { "Menteri Luar Negeri, Retno LP Marsudi, membuka rapat itu.", "2023-05-01", "id", "Retno LP Marsudi", "IDNGOV", "per:retno-marsudi" },
        { "Mantan menteri Retno Marsudi kini aktif di lembaga internasional.", "2025-02-01", "id", "Retno Marsudi", "IDNELI", "per:retno-marsudi" },
        { "Joko Widodo meresmikan bendungan di Jawa Tengah.", "2023-01-10", "id", "Joko Widodo", "IDNGOV", "per:joko-widodo" },
        { "Joko Widodo menghadiri acara partai di Solo.", "2025-01-10", "id", "Joko Widodo", "IDNELI", "per:joko-widodo" },
        { "Jokowi berbicara kepada wartawan.", "2024-10-19", "id", "Jokowi", "IDNGOV", "per:joko-widodo" },
        { "Jokowi berbicara kepada wartawan.", "2024-10-21", "id", "Jokowi", "IDNELI", "per:joko-widodo" },
        { "Prabowo Subianto berkampanye di Medan.", "2018-11-01", "id", "Prabowo Subianto", "IDNOPP", "per:prabowo-subianto" },
        { "Menteri Pertahanan Prabowo Subianto meninjau pabrik senjata.", "2021-03-01", "id", "Prabowo Subianto", "IDNGOV", "per:prabowo-subianto" },
        { "Menlu Sugiono bertemu dengan mitranya.", "2025-01-15", "id", "Sugiono", "IDNGOV", "per:sugiono" },
        { "Mohamed Bazoum terpilih sebagai presiden.", "2021-04-10", "id", "Mohamed Bazoum", "NERGOV", "per:mohamed-bazoum" },
        { "Mohamed Bazoum masih ditahan militer.", "2024-01-10", "id", "Mohamed Bazoum", "NEROPP", "per:mohamed-bazoum" },
        { "tentara Israel menyerbu kamp pengungsi di Rafah.", "2024-05-10", "id", "tentara Israel", "ISRMIL", "" },
        { "Kemarin polisi Kenya membubarkan demonstrasi.", "2024-06-25", "id", "polisi Kenya", "KENCOP", "" },
        { "Menlu RI menerima kunjungan Menlu Malaysia di Jakarta.", "2024-02-01", "id", "Menlu RI", "IDNGOV", "" },
        { "Menlu RI menerima kunjungan Menlu Malaysia di Jakarta.", "2024-02-01", "id", "Menlu Malaysia", "MYSGOV", "" },
        { "Kapal penjaga pantai China membayangi nelayan.", "2024-03-01", "id", "Kapal penjaga pantai China", "CHNMIL", "" },
        { "Ratusan warga Rusia meninggalkan kota itu.", "2022-09-25", "id", "warga Rusia", "RUSCVL", "" },
        { "Presiden Kenya Baraka Ochieng berpidato di depan parlemen.", "2030-01-01", "id", "Baraka Ochieng", "KENGOV", "" },
        // Japanese officials written family name first (data/actors/family-first.tsv), short names of recurring officials,
        // and the Pakistani military's press wing by its acronym.
        { "Hayashi Yoshimasa menyampaikan protes kepada Seoul.", "2024-02-01", "id", "Hayashi Yoshimasa", "JPNGOV", "per:yoshimasa-hayashi" },
        { "Tokyo protested, Motegi Toshimitsu said.", "2020-02-01", "en", "Motegi Toshimitsu", "JPNGOV", "per:toshimitsu-motegi" },
        { "Pernyataan itu disampaikan Menlu Retno di Jakarta.", "2022-03-01", "id", "Retno", "IDNGOV", "per:retno-marsudi" },
        { "Panglima TNI Jenderal Moeldoko meninjau pasukan di perbatasan.", "2014-06-01", "id", "Moeldoko", "IDNMIL", "per:moeldoko" },
        { "Menurut ISPR, dua tentara tewas dalam baku tembak itu.", "2024-05-01", "id", "ISPR", "PAKMIL", "PAK-mil" },
        // capitals Phoenix lists as the country itself, hyphenated countries, embassies, apposition after a title
        { "Sirene serangan udara terdengar di Kyiv sepanjang malam.", "2024-01-02", "id", "Kyiv", "UKR", "" },
        { "Air raid sirens sounded in Kiev overnight.", "2023-01-02", "en", "Kiev", "UKR", "" },
        { "The Saudi-led talks ended without a deal.", "2024-02-01", "en", "Saudi-led", "SAU", "SAU" },
        { "Pihak KBRI di Kuala Lumpur mendampingi para WNI tersebut.", "2024-02-20", "id", "KBRI", "IDNGOV", "IDN-kbri" },
        { "Pihak KBRI di Kuala Lumpur mendampingi para WNI tersebut.", "2024-02-20", "id", "WNI", "IDN", "IDN" },
        { "Petugas Jabatan Imigresen Malaysia memeriksa dokumen mereka.", "2024-02-20", "ms", "Jabatan Imigresen Malaysia", "MYSGOV", "MYS-imigresen" },
        { "Kapal Royal Malaysian Navy berpatroli di perairan itu.", "2024-05-18", "en", "Royal Malaysian Navy", "MYSMIL", "MYS-mil" },
        { "Officials at US Central Command said two drones were downed.", "2024-01-10", "en", "US Central Command", "USAMIL", "USA-centcom" },
        { "Sirajuddin Haqqani berbicara di Kabul.", "2023-05-01", "id", "Sirajuddin Haqqani", "AFGGOV", "per:sirajuddin-haqqani" },
        { "Anthony Albanese berkunjung ke Beijing.", "2023-11-04", "id", "Anthony Albanese", "AUSGOV", "per:anthony-albanese" },
        { "Anthony Albanese berkampanye di Sydney.", "2021-11-04", "id", "Anthony Albanese", "AUSOPP", "per:anthony-albanese" },
        { "Kemudian Dubes Jepang untuk Malaysia, Kenji Haruyama, hadir dalam acara itu.", "2024-03-01", "id", "Kenji Haruyama", "JPNGOV", "" },
        { "Kemudian Dubes Jepang untuk Malaysia, Kenji Haruyama, hadir dalam acara itu.", "2024-03-01", "id", "Malaysia", "MYS", "MYS" },
        { "Hal itu disampaikan juru bicara pemerintah Korea Selatan, Park Min-soo, kepada wartawan.", "2024-03-01", "id", "Park Min-soo", "KORGOV", "" },
        { "Governor Ansar Ahmad visited the Riau Islands fishing port.", "2024-05-18", "en", "Riau Islands", "@IDN", "" },
        { "Sejak itu negara-negara Teluk Arab memulihkan hubungan dengan Damaskus.", "2023-04-18", "id", "negara-negara Teluk Arab", "IGOMEAGCC", "IGOGCC" },
        { "Several Gulf states restored ties with Damascus.", "2023-04-18", "en", "Gulf states", "IGOMEAGCC", "IGOGCC" },
        // short forms, case rules, the West
        { "AS dan Korsel menggelar latihan gabungan.", "2024-08-19", "id", "AS", "USA", "USA" },
        { "AS dan Korsel menggelar latihan gabungan.", "2024-08-19", "id", "Korsel", "KOR", "KOR" },
        { "Korut kembali meluncurkan rudal balistik.", "2024-01-14", "id", "Korut", "PRK", "PRK" },
        { "Negara-negara Barat mengecam serangan itu.", "2024-01-14", "id", "Negara-negara Barat", "WST", "WST" },
        { "Mereka menuduh Barat memperpanjang perang.", "2024-01-14", "id", "Barat", "WST", "WST" },
        { "Hujan lebat melanda Jawa Barat sejak pagi.", "2024-01-14", "id", "Jawa Barat", "@IDN", "" },
        { "Pemukim menyerang desa di Tepi Barat.", "2024-01-14", "id", "Tepi Barat", "PSE", "" },
        // seats, capitals, organisations, groups, media
        { "Gedung Putih membantah laporan tersebut.", "2024-01-14", "id", "Gedung Putih", "USAGOV", "USA-gov" },
        { "Kremlin menolak berkomentar.", "2024-01-14", "id", "Kremlin", "RUSGOV", "RUS-gov" },
        { "Moskow menyebut tuduhan itu tidak berdasar.", "2024-01-14", "id", "Moskow", "RUS", "RUS" },
        { "Dewan Keamanan PBB menggelar sidang darurat.", "2024-01-14", "id", "Dewan Keamanan PBB", "IGOUNO", "IGOUNO-sc" },
        { "Sekretaris Jenderal PBB menyerukan gencatan senjata.", "2024-01-14", "id", "PBB", "IGOUNO", "IGOUNO" },
        { "Uni Eropa menjatuhkan sanksi baru.", "2024-01-14", "id", "Uni Eropa", "IGOEUREEC", "IGOEUREEC" },
        { "Para menteri ASEAN bertemu di Vientiane.", "2024-07-25", "id", "ASEAN", "IGOSEAASN", "IGOSEAASN" },
        { "Hamas membebaskan sejumlah sandera.", "2023-11-25", "id", "Hamas", "PSEREB", "PSE-hamas" },
        { "Taliban menguasai ibu kota.", "2021-08-16", "id", "Taliban", "AFGGOV", "AFG-taliban" },
        { "Taliban menyerang pos polisi.", "2019-05-01", "id", "Taliban", "AFGREB", "AFG-taliban" },
        { "Kelompok Houthi menembakkan rudal ke kapal dagang.", "2024-01-14", "id", "Houthi", "YEMREB", "YEM-houthi" },
        { "Kapal perang berpatroli di Laut China Selatan.", "2024-01-14", "id", "Laut China Selatan", "@", "" },
        // partial names remembered within the article
        { "Kim Jong-un menerima tamunya. Kim kemudian mengantar tamunya ke bandara.", "2024-06-19", "id", "Kim", "PRKGOV", "per:kim-jong-un" },
        // Malay
        { "Tentera Pakistan berkata serangan itu dibalas.", "2025-05-07", "ms", "Tentera Pakistan", "PAKMIL", "" },
        { "Kesatuan Eropah dan Amerika Syarikat berunding.", "2025-05-07", "ms", "Kesatuan Eropah", "IGOEUREEC", "IGOEUREEC" },
        { "Kesatuan Eropah dan Amerika Syarikat berunding.", "2025-05-07", "ms", "Amerika Syarikat", "USA", "USA" },
        { "Perdana Menteri Anwar Ibrahim tiba di Putrajaya.", "2024-01-14", "ms", "Anwar Ibrahim", "MYSGOV", "per:anwar-ibrahim" },
        // English
        { "Israeli troops pushed deeper into Rafah on Tuesday.", "2024-05-14", "en", "Israeli troops", "ISRMIL", "" },
        { "Chinese coastguard vessels fired water cannon at a supply boat.", "2024-03-05", "en", "Chinese coastguard vessels", "CHNMIL", "" },
        { "Russian President Vladimir Putin said the talks went well.", "2024-06-20", "en", "Vladimir Putin", "RUSGOV", "per:vladimir-putin" },
        { "The White House declined to comment.", "2024-06-20", "en", "White House", "USAGOV", "USA-gov" },
        { "Officials in the U.S. said the deal was close.", "2024-06-20", "en", "U.S.", "USA", "USA" },
        { "Critics say the West has ignored the region.", "2024-06-20", "en", "the West", "WST", "WST" },
        { "A Philippine boat reached Second Thomas Shoal on Sunday.", "2024-06-20", "en", "Second Thomas Shoal", "@", "" },
        { "Donald Trump spoke at a rally in Ohio.", "2022-06-20", "en", "Donald Trump", "USAELI", "per:donald-trump" },
        { "Donald Trump signed an executive order.", "2025-03-20", "en", "Donald Trump", "USAGOV", "per:donald-trump" },
        { "Benjamin Netanyahu led the opposition in the Knesset.", "2022-03-01", "en", "Benjamin Netanyahu", "ISROPP", "per:benjamin-netanyahu" },
        { "Shehbaz Sharif met the army chief.", "2023-10-01", "en", "Shehbaz Sharif", "PAKELI", "per:shehbaz-sharif" },
        { "Shehbaz Sharif met the army chief.", "2024-05-01", "en", "Shehbaz Sharif", "PAKGOV", "per:shehbaz-sharif" },
        // Armed groups are keyed to the country they fight in, under their local-language names too.
        { "Tentara Pembebasan Nasional Karen menyerang sebuah pos.", "2025-07-01", "id", "Tentara Pembebasan Nasional Karen", "MMRREB", "MMR-knla" },
        { "Pasukan KNLA menguasai bukit itu.", "2025-07-01", "id", "KNLA", "MMRREB", "MMR-knla" },
        { "Pemberontak M23 merebut kota itu pada Januari.", "2025-02-01", "id", "M23", "CODREB", "COD-m23" },
        { "The People's Liberation Army-Navy flotilla sailed south.", "2025-02-22", "en", "People's Liberation Army-Navy", "CHNMIL", "CHN-mil" },
        { "The PLA-N did not give notice of the drill.", "2025-02-22", "en", "PLA-N", "CHNMIL", "CHN-mil" },
        { "Dewan Keamanan Perserikatan Bangsa-Bangsa bersidang pada Senin.", "2025-11-09", "id", "Dewan Keamanan Perserikatan Bangsa-Bangsa", "IGOUNO", "IGOUNO-sc" },
        { "The Balochistan Liberation Army claimed the attack.", "2025-03-12", "en", "Balochistan Liberation Army", "PAKREB", "PAK-bla" },
        // An unknown name after a title and its institution with a country takes the title's sector and the country.
        { "Juru bicara Kementerian Luar Negeri Filipina, Maria Lindawati Reyes, mengatakan protes telah diajukan.", "2023-12-11", "id", "Maria Lindawati Reyes", "PHLGOV", "" },
        { "Jurubicara Kementerian Pertahanan Jepang, Taro Yamanaka mengatakan kapal itu terlihat.", "2024-03-01", "id", "Taro Yamanaka", "JPNGOV", "" },
        { "White House spokesman Maria Lindo said the talks would continue.", "2024-03-01", "en", "Maria Lindo", "USAGOV", "" },
        { "Philippine Foreign Ministry spokesperson Teresa Lindo said a protest was filed.", "2024-03-01", "en", "Teresa Lindo", "PHLGOV", "" },
        { "Foreign Minister Ahmad Faisal of Jordan said the border would stay closed.", "2024-03-01", "en", "Ahmad Faisal", "JORGOV", "" },
        { "Menteri Luar Negeri Jerman Johann Wagner tiba di Jakarta.", "2024-03-01", "id", "Johann Wagner", "DEUGOV", "" },
        { "Grup Wagner menarik pasukannya. Wagner lalu bergerak ke utara.", "2023-06-01", "id", "Grup Wagner", "RUSMIL", "RUS-wagner" },
        // A title, then an armed or political group: the unknown name takes the group's code.
        { "Pemimpin sayap politik KNLA, Saw Htoo Lay, mengonfirmasi serangan itu.", "2025-07-13", "id", "Saw Htoo Lay", "MMRREB", "" },
        { "M23 spokesman Lawrence Kanyo said the town had fallen.", "2025-01-28", "en", "Lawrence Kanyo", "CODREB", "" },
        { "Juru bicara Hamas Abu Karim mengatakan perundingan berlanjut.", "2024-05-01", "id", "Abu Karim", "PSEREB", "" },
        // Navy ship prefixes say whose navy; coastguard acronyms.
        { "KRI Kakap berlayar ke utara pada Senin.", "2024-03-01", "id", "KRI", "IDNMIL", "IDN-navyship" },
        { "The destroyer USS Ralph Larsen sailed through the strait.", "2024-03-01", "en", "USS", "USAMIL", "USA-navyship" },
        { "Kapal-kapal CCG dikesan di perairan itu.", "2025-12-31", "ms", "CCG", "CHNMIL", "CHN-ccg" },
        // Lower-case particles inside an unknown name after a title ("bin", "von").
        { "Menlu Kuwait Sheikh Fahad bin Nasser Al Rumaihi tiba di Jakarta.", "2024-03-01", "id", "Sheikh Fahad bin Nasser Al Rumaihi", "KWTGOV", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Links_the_mention(string text, string date, string lang, string surface, string expected, string entity)
    {
        foreach (var real in new[] { false, true })
        {
            var doc = TestDocs.Link(text, D(date), lang, real);
            var m = doc.Find(surface);
            Assert.True(m is not null, $"'{surface}' not found (real tokenizer: {real}): {doc.Dump()}");
            if (expected.StartsWith('@'))
            {
                Assert.NotNull(m.Place);
                Assert.Equal(expected.Length > 1 ? expected[1..] : null, m.Place.Country);
            }
            else
            {
                Assert.True(m.Actor is not null, $"'{surface}' has no actor: {doc.Dump()}");
                Assert.Equal(expected, m.Actor.Code);
            }
            if (entity.Length > 0) Assert.Equal(entity, m.EntityId);
        }
    }

    [Theory]
    [InlineData("Harga as roda mobil naik tajam.", "as")]
    [InlineData("He told us the plan.", "us")]
    [InlineData("Angin bertiup dari arah barat laut.", "barat")]
    [InlineData("Anda bisa membaca laporan lengkapnya.", "Anda")]
    [InlineData("Lima orang tewas dalam kecelakaan itu.", "Lima")]
    [InlineData("Presiden menyampaikan pidato.", "Presiden")]
    [InlineData("Pelatih Thomas Wagner memuji timnya.", "Wagner")]
    public void Does_not_link_common_words(string text, string word)
    {
        var doc = TestDocs.Link(text, D("2024-01-01"));
        Assert.True(doc.Find(word) is null, doc.Dump());
    }

    [Theory]
    [InlineData("Acara itu dihadiri perwakilan Bank Rakyat Indonesia kemarin.", "Indonesia")]
    [InlineData("Ia kuliah di Universitas Indonesia sejak 2019.", "Indonesia")]
    public void A_country_inside_a_longer_unknown_name_is_left_to_NER(string text, string word)
    {
        var doc = TestDocs.Link(text, D("2024-01-01"));
        Assert.True(doc.Find(word) is null, doc.Dump());
    }

    [Fact]
    public void A_news_organisation_is_a_mention_with_its_entity_but_never_an_actor()
    {
        foreach (var real in new[] { false, true })
        {
            var doc = TestDocs.Link("Laporan itu dikutip dari Reuters dan Antara.", D("2024-01-14"), "id", real);
            var m = doc.Find("Antara");
            Assert.True(m is not null, doc.Dump());
            Assert.Equal("IDN-antara", m.EntityId);
            Assert.Null(m.Actor);
        }
    }

    [Fact]
    public void A_title_is_absorbed_but_its_country_keeps_a_mention()
    {
        var doc = TestDocs.Link("Presiden Rusia Vladimir Putin tiba.", D("2024-06-20"));
        Assert.Equal(2, doc.Mentions.Count);
        Assert.Equal("Rusia", doc.Text[doc.Mentions[0].Start..doc.Mentions[0].End]);
        Assert.Equal("RUS", doc.Mentions[0].Actor!.Code);
        Assert.Equal("Vladimir Putin", doc.Text[doc.Mentions[1].Start..doc.Mentions[1].End]);
        Assert.Equal(EntityType.PER, doc.Mentions[1].Type);
    }

    [Fact]
    public void Generic_Phoenix_institution_names_are_not_tied_to_one_country()
    {
        var doc = TestDocs.Link("Manila's National Security Council met on Monday.", D("2024-06-20"), "en");
        Assert.DoesNotContain(doc.Mentions, m => m.Actor?.Code == "USAGOV");
        var afghan = TestDocs.Link("The Afghan National Army withdrew from the district.", D("2012-06-20"), "en");
        Assert.Equal("AFGMIL", afghan.Find("Afghan National Army")?.Actor?.Code);
        Assert.True(LinkerModel.Default.GenericDropped > 100);
    }

    [Fact]
    public void A_shared_given_name_is_ambiguous_and_stays_unlinked()
    {
        var doc = TestDocs.Link("Kim Jong-un dan Kim Yo-jong hadir. Kim lalu pergi.", D("2024-01-01"));
        Assert.Equal(2, doc.Mentions.Count(m => m.Type == EntityType.PER));
        var lastKim = doc.Text.LastIndexOf("Kim", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Mentions, m => m.Start == lastKim);
    }

    [Theory]
    [InlineData("Deputy Prime Minister Abdullah Karim Zain spoke. Abdullah said the talks went well.", "en")]
    [InlineData("Wakil Perdana Menteri Hassan Karim Zain berucap. Hassan berkata rundingan berjalan lancar.", "ms")]
    public void A_one_word_list_name_that_opens_other_names_is_a_given_name_not_that_person(string text, string lang)
    {
        // Phoenix lists "Abdullah" (a Saudi king) and "Hassan" alone, but both open many other people's names.
        var doc = TestDocs.Link(text, D("2004-01-01"), lang);
        Assert.DoesNotContain(doc.Mentions, m => m.Actor?.Country is "SAU" or "MAR" or "JOR" or "IRN");
    }

    [Fact]
    public void Surname_memory_is_per_document()
    {
        var first = TestDocs.Link("Retno Marsudi tiba. Marsudi lalu berbicara.", D("2023-01-01"));
        Assert.Equal("per:retno-marsudi", first.Find("Marsudi")?.EntityId);
        var second = TestDocs.Link("Marsudi lalu berbicara.", D("2023-01-01"));
        Assert.Null(second.Find("Marsudi"));
    }

    [Theory]
    [InlineData("Pasukan Lebanon bentrok dengan milisi di Tripoli.", "LBN")]
    [InlineData("Pemerintah di Tripoli menolak usul itu.", "LBY")]
    [InlineData("Banjir melanda Pakistan. Kota Hyderabad terendam.", "PAK")]
    [InlineData("Perusahaan teknologi itu membuka kantor di Hyderabad.", "IND")]
    [InlineData("The mayor of Moscow, Russia, met investors.", "RUS")]
    public void Ambiguous_places_follow_population_and_article_context(string text, string country)
    {
        var doc = TestDocs.Link(text, D("2024-01-01"));
        var name = text.Contains("Tripoli") ? "Tripoli" : text.Contains("Hyderabad") ? "Hyderabad" : "Moscow";
        var m = doc.Find(name);
        Assert.True(m?.Place is not null, doc.Dump());
        Assert.Equal(country, m.Place.Country);
        Assert.NotNull(m.Place.GeoNames);
        Assert.NotNull(m.Place.Lat);
    }

    [Fact]
    public void Capitals_are_places_and_stand_for_their_country()
    {
        var doc = TestDocs.Link("Washington dan Pyongyang saling menuduh.", D("2024-01-01"));
        var w = doc.Find("Washington")!;
        Assert.Equal(4140963, w.Place!.GeoNames);
        Assert.Equal("USA", w.Actor!.Key);
        Assert.Equal(EntityType.GPE, w.Type);
        Assert.Equal("PRK", doc.Find("Pyongyang")!.Actor!.Code);
    }

    [Fact]
    public void Mentions_are_ordered_disjoint_and_inside_the_text()
    {
        string[] vocab = ["Rusia", "Putin", "Presiden", "tentara", "Israel", "dan", "di", "Moskow", "Barat", "PBB",
            "Kim", "Jong-un", "warga", ",", ".", "AS", "as", "Laut", "China", "Selatan", "Anda", "the", "West", "U.S.", "Menlu", "RI"];
        Gen.Int[0, vocab.Length - 1].Select(i => vocab[i]).Array[1, 40].Sample(ws =>
        {
            var doc = TestDocs.Link(string.Join(' ', ws), D("2024-06-20"));
            int last = 0;
            foreach (var m in doc.Mentions)
            {
                Assert.True(m.Start >= last && m.End > m.Start && m.End <= doc.Text.Length);
                last = m.End;
            }
        }, iter: 300);
    }

    [Fact]
    public void The_stage_declares_its_layers_and_sits_in_slot_4()
    {
        var stage = new MentionLinker();
        Assert.Equal(Layers.Tokens | Layers.Sentences, stage.Requires);
        Assert.Equal(Layers.Mentions, stage.Provides);
        var stages = Warta.Pipeline.DefaultPipeline.CreateBuilder().Build().Stages;
        Assert.Contains(stages, s => s is MentionLinker);
    }
}

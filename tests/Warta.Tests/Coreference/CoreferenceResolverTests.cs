using Warta.Actors.Coreference;
using Warta.Documents;
using Warta.Tests.Time;

namespace Warta.Tests.Coreference;

public sealed class CoreferenceResolverTests
{
    private static readonly CoreferenceResolver Resolver = new();

    private static ActorRef Country(string code, string name) => new(name, code, code, null, null);

    private static ActorRef Person(string name, string country, string sector = "GOV") =>
        new(name, country + sector, country, sector, "kb:" + name);

    private static readonly ActorRef Putin = Person("Vladimir Putin", "RUS");
    private static readonly ActorRef Kim = Person("Kim Jong-un", "PRK");
    private static readonly ActorRef Jokowi = Person("Joko Widodo", "IDN");
    private static readonly ActorRef Anwar = Person("Anwar Ibrahim", "MYS");
    private static readonly ActorRef Activist = Person("Budi Santoso", "IDN", "CVL");

    /// <summary>The names each test links by hand, longest first so "Vladimir Putin" wins over "Putin".</summary>
    private static readonly (string Surface, EntityType Type, ActorRef Actor)[] Names =
    [
        ("Vladimir Putin", EntityType.PER, Putin),
        ("Putin", EntityType.PER, Putin),
        ("Kim Jong-un", EntityType.PER, Kim),
        ("Kim Il Sung", EntityType.PER, Person("Kim Il Sung", "PRK", "ELI")),
        ("Kim", EntityType.PER, Kim),
        ("Joko Widodo", EntityType.PER, Jokowi),
        ("Anwar Ibrahim", EntityType.PER, Anwar),
        ("Anwar", EntityType.PER, Anwar),
        ("Budi", EntityType.PER, Activist),
        ("Korea Utara", EntityType.GPE, Country("PRK", "Korea Utara")),
        ("North Korea", EntityType.GPE, Country("PRK", "North Korea")),
        ("Rusia", EntityType.GPE, Country("RUS", "Rusia")),
        ("Russia", EntityType.GPE, Country("RUS", "Russia")),
        ("Moskow", EntityType.GPE, Country("RUS", "Moskow")),
        ("Pyongyang", EntityType.GPE, Country("PRK", "Pyongyang")),
        ("Vietnam", EntityType.GPE, Country("VNM", "Vietnam")),
        ("Hanoi", EntityType.GPE, Country("VNM", "Hanoi")),
        ("Ukraina", EntityType.GPE, Country("UKR", "Ukraina")),
        ("Iran", EntityType.GPE, Country("IRN", "Iran")),
        ("India", EntityType.GPE, Country("IND", "India")),
        ("Pakistan", EntityType.GPE, Country("PAK", "Pakistan")),
        ("Seoul", EntityType.GPE, Country("KOR", "Seoul")),
        ("Jakarta", EntityType.GPE, Country("IDN", "Jakarta")),
        ("Philippines", EntityType.GPE, Country("PHL", "Philippines")),
        ("Amerika Serikat", EntityType.GPE, Country("USA", "Amerika Serikat")),
        ("Barat", EntityType.ORG, new ActorRef("Barat", "WST", null, null, null)),
        ("PBB", EntityType.ORG, new ActorRef("PBB", "IGOUNO", null, null, null)),
        ("Hamas", EntityType.ORG, new ActorRef("Hamas", "PSEREB", "PSE", "REB", null)),
    ];

    private static Document Resolve(string text, string language = "id", Split split = Split.Coarse)
    {
        var doc = TestDocuments.Make(text, language: language, split: split);
        foreach (var (surface, type, actor) in Names) AddAll(doc, surface, type, actor);
        Resolver.Process(doc);
        return doc;
    }

    /// <summary>Links every whole-word occurrence of <paramref name="surface"/> not already inside a mention.</summary>
    private static void AddAll(Document doc, string surface, EntityType type, ActorRef actor)
    {
        string t = doc.Text;
        for (int at = t.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = t.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            int end = at + surface.Length;
            if ((at > 0 && char.IsLetterOrDigit(t[at - 1])) || (end < t.Length && char.IsLetterOrDigit(t[end]))) continue;
            if (doc.Mentions.Any(m => m.Start < end && at < m.End)) continue;
            doc.Mentions.Add(new Mention { Start = at, End = end, Type = type, Actor = actor, Source = MentionSource.KnowledgeBase });
        }
    }

    /// <summary>"span→actor code" for every coreference mention, in text order, " | " between them.</summary>
    private static string Describe(Document doc) =>
        string.Join(" | ", doc.Mentions.Where(m => m.Source == MentionSource.Coreference)
            .OrderBy(m => m.Start).ThenBy(m => m.Actor?.Code, StringComparer.Ordinal)
            .Select(m => $"{doc.Text[m.Start..m.End]}→{m.Actor?.Code}"));

    [Theory]
    [InlineData("id", "Putin tiba di Hanoi. Ia bertemu wartawan.", "Ia→RUSGOV")]
    [InlineData("id", "Presiden Rusia Vladimir Putin menyebut Barat bermusuhan. Dalam pidatonya, dia mengulangi hal itu.", "dia→RUSGOV")]
    [InlineData("id", "Putin menyambut Kim di bandara. Ia lalu berpidato.", "Ia→RUSGOV")]
    [InlineData("id", "Putin mengatakan ia tidak akan mundur.", "ia→RUSGOV")]
    [InlineData("id", "Rusia menolak sanksi itu. Ia menyebutnya ilegal.", "")]
    [InlineData("id", "Putin tiba di Hanoi. Hujan turun. Jalan basah. Angin kencang. Ia tersenyum.", "")]
    [InlineData("id", "Putin tiba. Ia berpidato. Dia juga bertemu warga.", "Ia→RUSGOV | Dia→RUSGOV")]
    [InlineData("id", "Putin mengunjungi Korea Utara dan bertemu pemimpinnya, Kim Jong-un.", "pemimpinnya→PRKGOV")]
    [InlineData("id", "Putin mengunjungi Korea Utara dan memuji pemimpinnya.", "pemimpinnya→PRKGOV")]
    [InlineData("id", "Sanksi baru dijatuhkan kepada Iran dan pemerintahnya menolak.", "pemerintahnya→IRNGOV")]
    [InlineData("id", "Ukraina menuduh Rusia dan militernya melanggar gencatan senjata.", "militernya→RUSMIL")]
    [InlineData("id", "Hamas membantah laporan itu dan pemimpinnya menolak berkomentar.", "pemimpinnya→PSEREB")]
    [InlineData("id", "Putin menyampaikan komentar terbarunya di Hanoi.", "")]
    [InlineData("id", "Joko Widodo tiba di Seoul. Sang presiden disambut hangat.", "Sang presiden→IDNGOV")]
    [InlineData("id", "Presiden Joko Widodo bertemu aktivis Budi di Jakarta. Presiden tersebut berjanji membantu.", "Presiden tersebut→IDNGOV")]
    [InlineData("id", "Putin mengunjungi Vietnam pekan ini. Negara itu menyambutnya dengan upacara.", "Negara itu→VNM")]
    [InlineData("id", "Rusia dan Korea Utara menandatangani pakta. Kedua negara berjanji saling membantu.", "Kedua negara→PRK | Kedua negara→RUS")]
    [InlineData("id", "Pejabat di Moskow dan Pyongyang menyambut pakta itu. Kedua negara berjanji saling membantu.", "Kedua negara→PRK | Kedua negara→RUS")]
    [InlineData("id", "Rusia mendekati Korea Utara, dan Rusia memuji hasilnya. Kedua negara tersebut kini bersekutu.", "Kedua negara tersebut→PRK | Kedua negara tersebut→RUS")]
    [InlineData("id", "Rusia memuji pakta itu. Kedua negara kini bersekutu.", "")]
    [InlineData("id", "Rusia dikecam Ukraina. Blok yang terdiri dari 27 negara tersebut sepakat.", "")]
    [InlineData("en", "They toured Kim Il Sung square, after which Putin invited his host to Moscow.", "his→RUSGOV")]
    [InlineData("en", "Kim called Putin a friend and said his country backs Russia.", "his→PRKGOV")]
    [InlineData("id", "Putin bertemu Kim di Pyongyang. Kedua pemimpin menandatangani pakta.", "Kedua pemimpin→PRKGOV | Kedua pemimpin→RUSGOV")]
    [InlineData("id", "Putin disambut oleh pemimpin Korea Utara Kim Jong-un. Keduanya berbincang.", "Keduanya→PRKGOV | Keduanya→RUSGOV")]
    [InlineData("en", "Putin arrived in Hanoi on Thursday. He met reporters.", "He→RUSGOV")]
    [InlineData("en", "Kim hosted Putin in Pyongyang. His aides smiled.", "His→PRKGOV")]
    [InlineData("en", "Putin met Kim and praised him warmly.", "him→PRKGOV")]
    [InlineData("en", "Putin spoke in Hanoi on Monday. Later the foreign minister left for Seoul.", "the foreign minister→RUSGOV")]
    [InlineData("en", "The Philippines summoned the envoy. The country said the attack was illegal.", "The country→PHL")]
    [InlineData("en", "North Korea hosted the summit, and its leader, Kim Jong-un, signed the pact.", "its leader→PRKGOV")]
    [InlineData("en", "Sanctions hit Iran, and its government protested.", "its government→IRNGOV")]
    [InlineData("en", "Putin and Kim signed the pact. The two leaders embraced.", "The two leaders→PRKGOV | The two leaders→RUSGOV")]
    [InlineData("en", "Russia and North Korea signed a pact. Both countries deny arms deals.", "Both countries→PRK | Both countries→RUS")]
    [InlineData("ms", "Perdana Menteri Anwar Ibrahim tiba di Jakarta. Beliau bertemu wartawan.", "Beliau→MYSGOV")]
    [InlineData("ms", "Anwar tiba di Jakarta. Ia berlangsung lancar.", "")]
    [InlineData("ms", "Anwar berkata sidang itu penting. Pemimpin yang hadir ialah Putin, Kim dan Joko Widodo. Beliau menyeru keamanan.", "Beliau→MYSGOV")]
    [InlineData("en", "Anwar said the summit mattered. Those attending were Putin, Kim and Joko Widodo. He called for calm.", "He→MYSGOV")]
    [InlineData("ms", "India dan Pakistan bertempur semula. Kedua-dua negara saling menuduh.", "Kedua-dua negara→IND | Kedua-dua negara→PAK")]
    [InlineData("id", "Putin bertemu Kim di Pyongyang. Kedua menteri itu menandatangani pakta.", "Kedua menteri itu→PRKGOV | Kedua menteri itu→RUSGOV")]
    [InlineData("id", "Putin bertemu Kim di Pyongyang. Kedua diplomat tersebut berbincang.", "Kedua diplomat tersebut→PRKGOV | Kedua diplomat tersebut→RUSGOV")]
    [InlineData("ms", "Anwar bertemu Joko Widodo di Jakarta. Kedua-dua menteri luar itu bersetuju.", "Kedua-dua menteri luar itu→IDNGOV | Kedua-dua menteri luar itu→MYSGOV")]
    [InlineData("en", "Putin met Kim in Pyongyang. The two ministers signed the pact.", "The two ministers→PRKGOV | The two ministers→RUSGOV")]
    [InlineData("id", "Ukraina dan Rusia kembali bertikai. Pejabat Ukraina membantah tuduhan negara seterunya itu.", "negara seterunya itu→RUS")]
    [InlineData("id", "Rusia, Iran dan Vietnam bertemu. India membantah tuduhan negara seterunya.", "")]
    [InlineData("id", "Pasukan Rusia memasuki Ukraina pekan lalu. Rusia mengatakan tidak akan mundur dari negara Eropa Timur itu.", "negara Eropa Timur itu→UKR")]
    [InlineData("id", "Vietnam menyambut tamu. Pejabat itu memuji negara Rusia itu.", "")]
    [InlineData("id", "Vietnam dan Iran bertemu. India mengecam negara Asia itu.", "")]
    [InlineData("id", "India dikecam oleh Pakistan. Negara itu menuding balik Pakistan.", "Negara itu→IND")]
    [InlineData("id", "Kapal penjaga pantai Vietnam mendekati pulau itu. Rusia menuduh kapal tersebut melanggar batas.", "kapal tersebut→VNM")]
    [InlineData("id", "Rusia menuduh kapal tersebut melanggar batas.", "")]
    [InlineData("ms", "Vietnam dan Rusia berbalah. Pegawai Vietnam menolak dakwaan negara jirannya itu.", "negara jirannya itu→RUS")]
    [InlineData("en", "Iran and Russia traded blame. Iran rejected claims by its rival.", "its rival→RUS")]
    [InlineData("en", "A Philippines supply vessel was rammed near the shoal. Russia said the vessel had entered illegally.", "the vessel→PHL")]
    [InlineData("en", "The governments of Iran, Russia and Vietnam protested. India recalled its envoys from those countries.", "those countries→IRN | those countries→RUS | those countries→VNM")]
    [InlineData("id", "Iran dan Rusia mengecam India. Pakistan mendukung negara-negara tersebut.", "negara-negara tersebut→IRN | negara-negara tersebut→RUS")]
    [InlineData("id", "Iran menuduh Rusia. Pakistan mendukung negara-negara tersebut.", "")]
    [InlineData("id", "Iran dan Rusia mengecam India. Pakistan mendukung ketiga negara tersebut.", "")]
    [InlineData("ms", "Iran, Rusia dan Vietnam hadir. Pakistan menyokong ketiga-tiga negara itu.", "ketiga-tiga negara itu→IRN | ketiga-tiga negara itu→RUS | ketiga-tiga negara itu→VNM")]
    [InlineData("id", "Menurut pejabat, Putin dan Kim bertemu di sela-sela forum PBB di Hanoi, Vietnam. Kedua belah pihak sepakat bekerja sama.", "Kedua belah pihak→PRKGOV | Kedua belah pihak→RUSGOV")]
    [InlineData("id", "Putin, Kim dan Anwar bertemu di Hanoi, Vietnam. Kedua belah pihak sepakat bekerja sama.", "")]
    [InlineData("id", "Vietnam menembaki perahu nelayan. Rusia mengecam aksi itu.", "aksi itu→VNM")]
    [InlineData("id", "Vietnam menembaki perahu nelayan. Rusia mengecam aksi yang \"berbahaya, sembrono\" itu.", "aksi→VNM")]
    [InlineData("id", "Vietnam menembaki perahu nelayan. Rusia mengatakan aksi itu sah.", "")]
    [InlineData("id", "Vietnam dan Iran menembaki perahu nelayan. Rusia mengecam aksi itu.", "")]
    [InlineData("id", "Vietnam menembaki perahu nelayan. Aksi itu dikecam luas.", "")]
    [InlineData("en", "Iran seized a tanker on Monday. Russia condemned the move.", "the move→IRN")]
    [InlineData("id", "Kapal penjaga pantai Vietnam menahan perahu nelayan. Muatan kedua kapal itu diperiksa.", "")]
    // "the two ministers" after this sentence named two countries are those countries' ministers, not the last two persons.
    [InlineData("id", "Putin memuji Kim di Pyongyang. Iran dan India bersiap membuka kedutaan, dengan pertemuan kedua menteri luar negeri dijadwalkan bulan depan.", "kedua menteri luar negeri→IND | kedua menteri luar negeri→IRN")]
    [InlineData("id", "Putin memuji Kim. Iran, India dan Pakistan hadir, dan kedua menteri berbincang.", "kedua menteri→PRKGOV | kedua menteri→RUSGOV")]
    public void Resolves(string language, string text, string expected)
    {
        foreach (var split in TestDocuments.AllSplits)
            Assert.Equal(expected, Describe(Resolve(text, language, split)));
    }

    [Fact]
    public void Antecedent_points_at_the_name_even_through_a_chain()
    {
        var doc = Resolve("Putin tiba. Ia berpidato. Dia juga bertemu warga.");
        int putin = doc.Mentions.FindIndex(m => m.Source != MentionSource.Coreference && doc.Text[m.Start..m.End] == "Putin");
        var coref = doc.Mentions.Where(m => m.Source == MentionSource.Coreference).ToList();
        Assert.Equal(2, coref.Count);
        Assert.All(coref, m => Assert.Equal(putin, m.Antecedent));
        Assert.All(coref, m => Assert.Equal(EntityType.PER, m.Type));
    }

    [Fact]
    public void Leader_without_a_name_points_at_the_country_and_gets_its_government_code()
    {
        var doc = Resolve("Putin mengunjungi Korea Utara dan memuji pemimpinnya.");
        var m = Assert.Single(doc.Mentions, x => x.Source == MentionSource.Coreference);
        Assert.Equal(EntityType.PER, m.Type);
        Assert.Equal("Korea Utara", doc.Text[doc.Mentions[m.Antecedent].Start..doc.Mentions[m.Antecedent].End]);
        Assert.Equal(("PRKGOV", "PRK", "GOV"), (m.Actor!.Code, m.Actor.Country, m.Actor.Sector));
    }

    [Fact]
    public void A_pronoun_inside_a_name_is_left_alone()
    {
        var doc = TestDocuments.Make("Aktris Dia Mirza tiba di Jakarta.");
        doc.Mentions.Add(new Mention { Start = 7, End = 16, Type = EntityType.PER, Source = MentionSource.Model });
        Resolver.Process(doc);
        Assert.Single(doc.Mentions);
    }

    [Fact]
    public void Seed_article_pronoun_and_possessive_leader()
    {
        string dir = Path.Combine(TestDocuments.SharedDirectory(), "acceptance", "seed");
        string text = File.ReadAllText(Directory.GetFiles(dir, "*.txt").Single()).Replace("\r\n", "\n");
        var doc = TestDocuments.Make(text);
        foreach (var (surface, type, actor) in Names) AddAll(doc, surface, type, actor);
        int named = doc.Mentions.Count;
        Resolver.Process(doc);
        var coref = doc.Mentions.Skip(named).ToList();

        int ia = text.IndexOf(", ia mengatakan", StringComparison.Ordinal) + 2;
        var pronoun = Assert.Single(coref, m => m.Start == ia);
        Assert.Same(Putin, pronoun.Actor);
        Assert.Equal("Putin", text[doc.Mentions[pronoun.Antecedent].Start..doc.Mentions[pronoun.Antecedent].End]);

        var leader = Assert.Single(coref, m => text[m.Start..m.End] == "pemimpinnya");
        Assert.Same(Kim, leader.Actor);
        Assert.DoesNotContain(coref, m => text[m.Start..m.End].EndsWith("terbarunya", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_article_with_the_real_tokenizer_and_linker()
    {
        string dir = Path.Combine(TestDocuments.SharedDirectory(), "acceptance", "seed");
        string text = File.ReadAllText(Directory.GetFiles(dir, "*.txt").Single()).Replace("\r\n", "\n");
        var doc = TestDocuments.Make(text, split: Split.Real);
        new Warta.Actors.MentionLinker().Process(doc);
        int named = doc.Mentions.Count;
        Resolver.Process(doc);
        var coref = doc.Mentions.Skip(named).ToList();
        int ia = text.IndexOf(", ia mengatakan", StringComparison.Ordinal) + 2;
        Assert.Equal("RUSGOV", Assert.Single(coref, m => m.Start == ia).Actor?.Code);
        Assert.Equal("PRKGOV", Assert.Single(coref, m => text[m.Start..m.End] == "pemimpinnya").Actor?.Code);
    }

    [Fact]
    public void Stage_declares_its_layers()
    {
        Assert.Equal(Layers.Tokens | Layers.Sentences | Layers.Mentions, Resolver.Requires);
        Assert.Equal(Layers.Coreference, Resolver.Provides);
    }
}

using Warta.Actors;

namespace Warta.Tests.Kb;

/// <summary>
/// Names beside a title that carries a country or an organisation (sentences written for these tests): unknown names take
/// the title's actor, and a known person takes the office the title names when the date alone says otherwise.
/// </summary>
public sealed class TitleAppositionTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>text, publication date, language, mention text, expected code, real tokenizer only (English possessives).</summary>
    public static TheoryData<string, string, string, string, string, bool> Cases => new()
    {
        // English possessive before the title: "Country's Title Name".
        { "Fiji's Prime Minister Tavita Loloma said the deal would be signed.", "2024-05-01", "en", "Tavita Loloma", "FJIGOV", true },
        { "Oman's Foreign Minister Sheikh Salim bin Nasser Al Harthy arrived in Tehran.", "2024-05-01", "en", "Sheikh Salim bin Nasser Al Harthy", "OMNGOV", true },
        { "NATO's Secretary General Pieter Haagsma warned of new threats.", "2024-05-01", "en", "Pieter Haagsma", "IGOWSTNAT", true },
        // Nationality adjectives before the title.
        { "Kosovar Prime Minister Arben Dema rejected the plan.", "2023-02-01", "en", "Arben Dema", "XKKGOV", false },
        { "Bruneian Foreign Minister Awang Hamdan met reporters.", "2023-02-01", "en", "Awang Hamdan", "BRNGOV", false },
        // Title, link word, country, then the name.
        { "Officials summoned the high commissioner of Sri Lanka Nimal Perera on Sunday.", "2024-05-01", "en", "Nimal Perera", "LKAGOV", false },
        // Indonesian and Malay titles of organisations and deputies.
        { "Sekretaris Jenderal NATO Pieter Haagsma tiba di Brussel.", "2024-05-01", "id", "Pieter Haagsma", "IGOWSTNAT", false },
        { "Kepala kebijakan luar negeri Uni Eropa Anna Berg menyerukan gencatan senjata.", "2024-05-01", "id", "Anna Berg", "IGOEUREEC", false },
        { "\"Kami menolak tuduhan itu,\" tegas Asisten Menteri Luar Negeri China, Zhang Hemin.", "2024-05-01", "id", "Zhang Hemin", "CHNGOV", false },
        { "Timbalan Menteri Luar Negeri Thailand Somchai Dee tiba di Kuala Lumpur.", "2024-05-01", "ms", "Somchai Dee", "THAGOV", false },
        // A one-word Phoenix name at the start of a longer unknown name is not that person.
        { "Menlu Irak Hassan Jaber berkunjung ke Amman.", "2024-05-01", "id", "Hassan Jaber", "IRQGOV", false },
        // Counterparts: the country before ("his Vietnamese counterpart") or after a link word ("mitranya dari Malaysia,").
        { "The minister met his Vietnamese counterpart Bui Van Tam in Hanoi.", "2024-05-01", "en", "Bui Van Tam", "VNMGOV", false },
        { "Menlu Sugiono bertemu mitranya dari Malaysia, Ahmad Fauzi Rahman, di Jakarta.", "2025-05-01", "id", "Ahmad Fauzi Rahman", "MYSGOV", false },
        { "Beliau bertemu rakan sejawatnya dari Vietnam Tran Van Hoa di Hanoi.", "2024-05-01", "ms", "Tran Van Hoa", "VNMGOV", false },
        // A full unknown name closed by a comma before a title with its country.
        { "The plan was rejected, said Ilir Dervishi, Kosovo's foreign minister, on Monday.", "2024-05-01", "en", "Ilir Dervishi", "XKKGOV", true },
        { "Fadil Zuhdar Almani, Menteri Luar Negeri Irak, tiba di Amman.", "2024-05-01", "id", "Fadil Zuhdar Almani", "IRQGOV", false },
        // "juru bicara Nama, Nama Lengkap": the spokesperson of a known person takes that person's country.
        { "Ketika ditanya, juru bicara Milei, Carlos Rivera, mengatakan tidak ada masalah.", "2024-05-01", "id", "Carlos Rivera", "ARGGOV", false },
        // A bracketed short form between the title and its country.
        { "Menteri Luar Negeri (Menlu) Peru Diego Salas tiba di Lima.", "2024-05-01", "id", "Diego Salas", "PERGOV", true },
        { "Menteri Pertahanan (Menhan) Chile Pablo Rojas Vidal menolak rencana itu.", "2024-05-01", "id", "Pablo Rojas Vidal", "CHLGOV", true },
        // A military rank between the country and the name; the name keeps the office's sector.
        { "Juru bicara pertahanan Nepal Kolonel Dilmaya Bhandelu mengatakan pos itu diserang.", "2024-05-01", "id", "Dilmaya Bhandelu", "NPLGOV", false },
        { "Panglima Angkatan Darat Thailand Letnan Jenderal Somsak Wong tiba di Bangkok.", "2024-05-01", "id", "Somsak Wong", "THAMIL", false },
        { "Indian Army spokesperson Colonel Vikram Singh Rao said two posts were hit.", "2024-05-01", "en", "Vikram Singh Rao", "INDMIL", true },
        // An unlisted portfolio between a bare minister title and its country.
        { "Menteri Informasi Laos, Somphone Keola menyebut jembatan itu rusak.", "2024-05-01", "id", "Somphone Keola", "LAOGOV", false },
        { "Menteri Pariwisata Peru Diego Salas tiba di Lima.", "2024-05-01", "id", "Diego Salas", "PERGOV", false },
        { "Fijian Home Affairs Minister Semi Tukana said the deal was under review.", "2024-05-01", "en", "Semi Tukana", "FJIGOV", true },
        { "In March, Australia's Pacific Minister Tom Hale said there was no role for outside police.", "2024-05-01", "en", "Tom Hale", "AUSGOV", true },
        // Offices added to the role lexicon.
        { "Japan's Chief Cabinet Secretary Kenji Morita told reporters the protest was lodged.", "2024-05-01", "en", "Kenji Morita", "JPNGOV", true },
        { "Officials summoned Nepal's Deputy High Commissioner Hari Prasad Oli on Monday.", "2024-05-01", "en", "Hari Prasad Oli", "NPLGOV", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_unknown_name_takes_the_titles_actor(string text, string date, string lang, string surface, string expected, bool realOnly)
    {
        foreach (var real in realOnly ? new[] { true } : new[] { false, true })
        {
            var doc = TestDocs.Link(text, D(date), lang, real);
            var m = doc.Find(surface);
            Assert.True(m is not null, $"'{surface}' not found (real tokenizer: {real}): {doc.Dump()}");
            Assert.True(m.Actor is not null, $"'{surface}' has no actor: {doc.Dump()}");
            Assert.True(expected == m.Actor.Code, $"'{surface}' is {m.Actor.Code} (real tokenizer: {real}): {doc.Dump()}");
        }
    }

    [Theory]
    // Borrell headed EU foreign policy 2019-2024 and was a Spanish minister before; Stoltenberg led NATO 2014-2024 and
    // Norway's finance ministry after. With no publication date the engine reads the article as of today, so only the title
    // says which office is meant.
    [InlineData("Sekretaris Jenderal NATO Jens Stoltenberg menulis di media sosial.", "id", "Jens Stoltenberg", "IGOWSTNAT")]
    [InlineData("Kepala kebijakan luar negeri Uni Eropa Josep Borrell bertemu kedua pemimpin.", "id", "Josep Borrell", "IGOEUREEC")]
    [InlineData("EU foreign policy chief Josep Borrell met both leaders.", "en", "Josep Borrell", "IGOEUREEC")]
    public void A_known_person_takes_the_office_the_title_names(string text, string lang, string surface, string expected)
    {
        var doc = TestDocs.Link(text, D("2026-11-01"), lang, real: true);
        var m = doc.Find(surface);
        Assert.True(m?.Actor is not null, doc.Dump());
        Assert.Equal(expected, m.Actor.Code);
        // Without the title the date decides: neither is in that office in late 2026.
        var bare = TestDocs.Link(surface + " menulis di media sosial.", D("2026-11-01"), "id", real: true).Find(surface);
        Assert.True(bare?.Actor is not null);
        Assert.NotEqual(expected, bare.Actor.Code);
    }

    [Theory]
    // Lower-case "al" spellings of armed groups; Malay/Indonesian long forms of country names; border forces.
    [InlineData("Militants from al Shabaab attacked the base.", "en", "al Shabaab", "SOMREB")]
    [InlineData("Rombongan dari Persatuan Emirat Arab tiba di Jakarta.", "id", "Persatuan Emirat Arab", "ARE")]
    [InlineData("Penembakan itu dilakukan oleh Border Security Force di perbatasan.", "id", "Border Security Force", "INDMIL")]
    [InlineData("Menteri Luar Negeri, Datuk Seri Zambry Abd Kadir, turut hadir.", "ms", "Zambry Abd Kadir", "MYSGOV")]
    // Romanisations of name parts (data/actors/name-variants.tsv) inside names of three words or more.
    [InlineData("Menteri itu, Mohd Khaled Nordin, berucap di Putrajaya.", "ms", "Mohd Khaled Nordin", "MYSGOV")]
    [InlineData("Sheikh Mohamed bin Abdelrahman Al Thani met the envoy.", "en", "Sheikh Mohamed bin Abdelrahman Al Thani", "QATGOV")]
    public void Spelling_variants_link(string text, string lang, string surface, string expected)
    {
        var doc = TestDocs.Link(text, D("2024-05-01"), lang, real: true);
        var m = doc.Find(surface);
        Assert.True(m?.Actor is not null, doc.Dump());
        Assert.Equal(expected, m.Actor.Code);
    }

    [Fact]
    public void Without_a_publication_date_a_person_takes_the_office_started_last()
    {
        // Borrell's last office is the EU's; the date of today alone would make him a former Spanish minister (ESPELI).
        var doc = TestDocs.Make("Josep Borrell berbicara kepada wartawan.", published: null, language: "id", real: true);
        new MentionLinker().Process(doc);
        var m = doc.Mentions.Single(x => doc.Text[x.Start..x.End] == "Josep Borrell");
        Assert.Equal("IGOEUREEC", m.Actor?.Code);
        var dated = TestDocs.Link("Josep Borrell berbicara kepada wartawan.", D("2025-06-01"), "id", real: true).Find("Josep Borrell");
        Assert.Equal("ESPELI", dated?.Actor?.Code);
        // A minister who sat in parliament afterwards is read as the minister; a spokesman later without office keeps the office.
        foreach (var (name, code) in new[] { ("Marise Payne", "AUSGOV"), ("John Kirby", "USAGOV") })
        {
            var d = TestDocs.Make(name + " berbicara kepada wartawan.", published: null, language: "id", real: true);
            new MentionLinker().Process(d);
            Assert.Equal(code, d.Mentions.Single(x => d.Text[x.Start..x.End] == name).Actor?.Code);
        }
    }

    [Theory]
    // A title, its institution and country, then a name: the institution is one mention with the institution's code.
    [InlineData("Juru bicara Kemenlu Laos Vongsa Keomany membantah laporan itu.", "Kemenlu Laos", "LAOGOV", "Vongsa Keomany")]
    [InlineData("Juru Bicara Kantor Urusan Luar Negeri India, Rajiv Menon mengatakan hal itu.", "Kantor Urusan Luar Negeri India", "INDGOV", "Rajiv Menon")]
    public void The_institution_between_title_and_name_keeps_its_code(string text, string institution, string code, string name)
    {
        foreach (var real in new[] { false, true })
        {
            var doc = TestDocs.Link(text, D("2024-05-01"), "id", real);
            Assert.Equal(code, doc.Find(institution)?.Actor?.Code);
            Assert.Equal(code, doc.Find(name)?.Actor?.Code);
        }
    }

    [Fact]
    public void Two_word_names_get_no_respelt_variants()
    {
        Assert.Empty(NameVariants.Of("Mohamad Hasan"));
        Assert.Contains("Zambry Abd Kadir", NameVariants.Of("Zambry Abdul Kadir"));
    }

    [Fact]
    public void A_Phoenix_person_keeps_the_country_after_the_ranges_closed_at_conversion()
    {
        // Phoenix ranges were closed at 2016-01-01: a later date gives the country (with the Phoenix fallback sector, if any),
        // never a stale GOV and never nothing.
        var kb = ActorKnowledgeBase.Default;
        var e = kb.Entries.First(x => !x.Curated && x.Kind == ActorKind.Person && x.Codes.Count > 0
                                      && x.Codes.All(c => !c.Undated) && x.Codes.All(c => kb.IsCountryCode(c.Code.AsSpan(0, 3)))
                                      && x.Codes.Any(c => c.To == new DateOnly(2016, 1, 1)));
        var late = kb.Resolve(e.Id, D("2022-03-01"));
        Assert.NotNull(late?.Country);
        Assert.Equal(3, late.Code.Length);
    }
}

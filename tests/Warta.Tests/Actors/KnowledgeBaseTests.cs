using Warta.Actors;

namespace Warta.Tests.Kb;

public sealed class KnowledgeBaseTests
{
    private static readonly ActorKnowledgeBase Kb = ActorKnowledgeBase.Default;

    /// <summary>The 193 member states of the United Nations (ISO 3166-1 alpha-3).</summary>
    internal static readonly string[] UnMembers =
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM
    CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
    FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR
    KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
    NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
    SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
    UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Every_UN_member_state_is_a_country_actor_with_its_alpha3_code()
    {
        Assert.Equal(193, UnMembers.Distinct().Count());
        var missing = UnMembers.Where(c => Kb.Find(c) is not { Kind: ActorKind.Country } e || e.Codes[0].Code != c).ToList();
        Assert.Empty(missing);
        Assert.True(Kb.Entries.Count(e => e.Kind == ActorKind.Country) >= 240, "territories are countries too");
    }

    [Fact]
    public void At_least_300_curated_persons_hold_a_dated_role_after_2014()
    {
        var cut = new DateOnly(2014, 1, 1);
        var persons = Kb.Entries.Where(e => e.Curated && e.Kind == ActorKind.Person
            && e.Codes.Any(c => !c.Undated && (c.To is null || c.To > cut))).ToList();
        Assert.True(persons.Count >= 300, $"{persons.Count} curated persons with a role after 2014");
        var ranges = persons.Sum(p => p.Codes.Count(c => !c.Undated && (c.To is null || c.To > cut)));
        Assert.True(ranges >= 400, $"{ranges} dated ranges");
    }

    [Fact]
    public void Phoenix_persons_are_converted_with_dated_codes()
    {
        var phoenix = Kb.Entries.Where(e => !e.Curated && e.Kind == ActorKind.Person).ToList();
        Assert.True(phoenix.Count > 10_000, $"{phoenix.Count} Phoenix persons");
        Assert.True(phoenix.Count(p => p.Codes.Any(c => !c.Undated)) > 5_000);
    }

    [Theory]
    [InlineData("per:vladimir-putin", "2024-06-20", "RUSGOV")]
    [InlineData("per:vladimir-putin", "2009-01-01", "RUSGOV")]
    [InlineData("per:joko-widodo", "2024-10-19", "IDNGOV")]
    [InlineData("per:joko-widodo", "2024-10-20", "IDNELI")]
    [InlineData("per:joko-widodo", "2026-01-01", "IDNELI")]
    [InlineData("per:prabowo-subianto", "2017-03-01", "IDNOPP")]
    [InlineData("per:prabowo-subianto", "2020-05-01", "IDNGOV")]
    [InlineData("per:prabowo-subianto", "2025-05-01", "IDNGOV")]
    [InlineData("per:retno-marsudi", "2014-10-27", "IDNGOV")]
    [InlineData("per:retno-marsudi", "2025-01-01", "IDNELI")]
    [InlineData("per:mohamed-bazoum", "2022-06-01", "NERGOV")]
    [InlineData("per:mohamed-bazoum", "2023-07-26", "NEROPP")]
    [InlineData("per:ferdinand-marcos-jr", "2022-06-29", "PHLELI")]
    [InlineData("per:ferdinand-marcos-jr", "2022-06-30", "PHLGOV")]
    [InlineData("per:donald-trump", "2018-01-01", "USAGOV")]
    [InlineData("per:donald-trump", "2022-01-01", "USAELI")]
    [InlineData("per:donald-trump", "2025-03-01", "USAGOV")]
    [InlineData("per:antony-blinken", "2023-01-01", "USAGOV")]
    [InlineData("per:marco-rubio", "2023-01-01", "USALEG")]
    [InlineData("per:sergei-shoigu", "2023-01-01", "RUSGOV")]
    [InlineData("per:yevgeny-prigozhin", "2023-06-24", "RUSMIL")]
    [InlineData("AFG-taliban", "2020-02-29", "AFGREB")]
    [InlineData("AFG-taliban", "2021-09-01", "AFGGOV")]
    [InlineData("SYR-hts", "2025-01-01", "SYRGOV")]
    [InlineData("per:elon-musk", "2024-01-01", "USABUS")]
    [InlineData("per:elon-musk", "2025-03-01", "USAGOV")]
    public void Resolve_gives_the_code_valid_on_the_date(string id, string date, string code)
    {
        var actor = Kb.Resolve(id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(actor);
        Assert.Equal(code, actor.Code);
        Assert.Equal(code[..3], actor.Country);
        Assert.Equal(code.Length >= 6 ? code.Substring(3, 3) : null, actor.Sector);
        Assert.Equal(id, actor.Id);
    }

    [Fact]
    public void A_person_without_a_role_on_the_date_resolves_to_the_country_alone()
    {
        // Prigozhin died in 2023; no stale MIL code afterwards, no ELI either.
        var a = Kb.Resolve("per:yevgeny-prigozhin", new DateOnly(2024, 1, 1))!;
        Assert.Equal("RUS", a.Code);
        Assert.Null(a.Sector);
    }

    [Fact]
    public void Phoenix_roles_open_at_conversion_are_not_trusted_a_decade_later()
    {
        // Phoenix says Hamid Karzai is AFGGOV from 2004 with no end; he left office in 2014.
        var karzai = Kb.Entries.FirstOrDefault(e => !e.Curated && e.Name == "Hamid Karzai");
        Assert.NotNull(karzai);
        Assert.Equal("AFGGOV", Kb.Resolve(karzai.Id, new DateOnly(2010, 1, 1))!.Code);
        Assert.NotEqual("AFGGOV", Kb.Resolve(karzai.Id, new DateOnly(2020, 1, 1))!.Code);
    }

    [Fact]
    public void Groups_and_IGOs_have_no_country_and_key_by_code()
    {
        Assert.Equal("IGOUNO", Kb.Resolve("IGOUNO", new DateOnly(2024, 1, 1))!.Key);
        Assert.Null(Kb.Resolve("IGOWSTNAT", new DateOnly(2024, 1, 1))!.Country);
        Assert.Equal("WST", Kb.Resolve("WST", new DateOnly(2024, 1, 1))!.Key);
        Assert.Equal("RUS", Kb.Resolve("RUS-sputnik", new DateOnly(2024, 1, 1))!.Key);
        Assert.Equal("RUSMED", Kb.Resolve("RUS-sputnik", new DateOnly(2024, 1, 1))!.Code);
    }

    [Fact]
    public void Every_curated_code_starts_with_a_country_or_a_CAMEO_group_prefix()
    {
        string[] groups = ["IGO", "NGO", "IMG", "WST", "MNC", "UAF"];
        var bad = Kb.Entries.Where(e => e.Curated).SelectMany(e => e.Codes.Select(c => (e.Id, c.Code)))
            .Where(x => x.Code.Length < 3 || x.Code.Length % 3 != 0
                        || !(Kb.IsCountryCode(x.Code.AsSpan(0, 3)) || groups.Contains(x.Code[..3])))
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Curated_ranges_are_ordered_and_ids_unique()
    {
        foreach (var e in Kb.Entries.Where(e => e.Curated))
            foreach (var c in e.Codes)
                if (c.From is { } f && c.To is { } t) Assert.True(f < t, $"{e.Id} {c}");
        Assert.Equal(Kb.Entries.Count, Kb.Entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Agent_lexicons_load_for_all_three_languages()
    {
        var agents = AgentLexicon.Load();
        Assert.Contains(agents, a => a.Phrase == "tentara" && a.Sector == "MIL");
        Assert.Contains(agents, a => a.Phrase == "tentera" && a.Sector == "MIL");
        Assert.Contains(agents, a => a.Phrase == "troops" && a.Sector == "MIL");
        Assert.Contains(agents, a => a.Phrase == "Menlu" && a.Sector == "GOV" && a.Title);
        Assert.Contains(agents, a => a.Phrase == "coastguard" && a.Sector == "MIL");
        Assert.All(agents, a => Assert.Matches("^[A-Z]{3}([A-Z]{3})*$", a.Sector));
        Assert.True(agents.Count > 1000, "Phoenix agents converted");
    }

    [Theory]
    [InlineData("Sputnik", "RUSMED")]
    [InlineData("EFE", "ESPMED")]
    [InlineData("reuters", "GBRMED")]
    [InlineData("Perserikatan Bangsa-Bangsa", "IGOUNO")]
    [InlineData("Vladimir Putin", "RUSGOV")]
    public void Lookup_resolves_a_whole_name_for_a_date(string name, string code)
    {
        Assert.Equal(code, Kb.Lookup(name, new DateOnly(2024, 6, 21))?.Code);
    }

    [Fact]
    public void Phoenix_rows_that_are_countries_are_never_persons()
    {
        // Phoenix files several post-Soviet states as "persons" whose codes run USRxxx -> xxx; they must not survive as persons.
        Assert.Null(Kb.Find("ph:ukraine"));
        var personsWithBareCountryCodes = Kb.Entries.Where(e => e.Kind == ActorKind.Person && !e.Curated && e.Codes.Count > 0
            && ActorKnowledgeBase.Latest(e.Codes).Code is { Length: 3 } c && Kb.IsCountryCode(c)).Select(e => e.Id).ToList();
        Assert.Empty(personsWithBareCountryCodes);
        Assert.Equal("UKR", Kb.Lookup("Kyiv", new DateOnly(2023, 1, 1))?.Code);
        Assert.Equal("KAZ", Kb.Lookup("Kazakhstan", new DateOnly(2023, 1, 1))?.Code);
    }

    [Fact]
    public void A_person_without_a_role_on_the_date_resolves_to_the_latest_country()
    {
        var e = Kb.Find("per:anthony-albanese")!;
        Assert.Equal("AUSGOV", ActorKnowledgeBase.CodeAt(e, new DateOnly(2024, 1, 1)));
        Assert.Equal("AUSOPP", ActorKnowledgeBase.CodeAt(e, new DateOnly(2020, 1, 1)));
        Assert.Equal("AUS", ActorKnowledgeBase.CodeAt(e, new DateOnly(1990, 1, 1)));
    }
}

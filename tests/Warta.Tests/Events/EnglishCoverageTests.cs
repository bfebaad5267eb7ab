using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// The English coverage pass over the CAMEO root families (lang/en/event-verbs.tsv, "coverage pass (lexen)" blocks;
/// event-verbs-nominal.tsv): one theory per family, each row checked through the whole coder on sentences written
/// for these tests, plus the rows that must code nothing.
/// </summary>
public sealed class EnglishCoverageTests
{
    private static readonly TestDocs.Name[] Names =
    [
        .. TestDocs.Countries,
        new("Cambodia", "KHM"), new("Manila", "PHL"), new("Hanoi", "VNM"), new("Tokyo", "JPN"), new("Thai", "THA", EntityType.NORP), new("Malaysian", "MYS", EntityType.NORP),
        new("Malaysians", "MYS", EntityType.NORP), new("Indonesian", "IDN", EntityType.NORP), new("Chilean", "CHL", EntityType.NORP),
    ];

    private static Document Run(string text) => TestDocs.Run(TestDocs.Build(text, "en", Names, null, "2025-03-12"));

    private static void Coded(string text, string code, string source, string target, Modality modality = Modality.Asserted) =>
        TestDocs.AssertCoded(Run(text), code, source, target, modality);

    [Theory]
    [InlineData("Malaysia extended condolences to Indonesia after the earthquake.", "018", "MYS", "IDN")]
    [InlineData("Japan expressed sympathy to the Philippines over the typhoon.", "018", "JPN", "PHL")]
    public void Family01_sympathy(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Thailand sought assistance from Japan after the floods.", "023", "THA", "JPN")]
    [InlineData("Canada urged Brazil to lift sanctions on its farm goods.", "0254", "CAN", "BRA")]
    [InlineData("Japan urged China to exercise restraint in the strait.", "0256", "JPN", "CHN")]
    [InlineData("Malaysia called on Thailand to return to talks.", "026", "MYS", "THA")]
    [InlineData("Vietnam urged China to peacefully resolve the dispute.", "027", "VNM", "CHN")]
    [InlineData("Malaysia appealed to Thailand to show restraint.", "0256", "MYS", "THA")]
    public void Family02_appeals(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Malaysia offered talks to Thailand on the border.", "036", "MYS", "THA")]
    [InlineData("Indonesia offered to mediate between Thailand and Cambodia.", "037", "IDN", "THA,KHM")]
    public void Family03_offers(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Japan held a meeting with Vietnam in Hanoi.", "040", "JPN,VNM", "VNM,JPN")]
    [InlineData("Japan held a telephone conversation with Vietnam on Monday.", "041", "JPN,VNM", "VNM,JPN")]
    [InlineData("The Japanese foreign minister paid a visit to Vietnam last week.", "042", "JPN", "VNM")]
    [InlineData("Malaysia played host to Indonesia's delegation.", "043", "MYS", "IDN")]
    [InlineData("Canada opened talks with Brazil on trade.", "046", "CAN,BRA", "BRA,CAN")]
    public void Family04_consult(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Vietnam expressed gratitude to Japan for the aid.", "051", "VNM", "JPN")]
    [InlineData("Thailand voiced support for Malaysia's proposal.", "051", "THA", "MYS")]
    [InlineData("Malaysia congratulates Indonesia on its election.", "051", "MYS", "IDN")]
    [InlineData("Japan issued an apology to the Philippines.", "055", "JPN", "PHL")]
    [InlineData("Japan signed a memorandum of understanding with Vietnam.", "057", "JPN,VNM", "VNM,JPN")]
    [InlineData("Canada sealed a trade deal with Chile.", "057", "CAN,CHL", "CHL,CAN")]
    public void Family05_diplomatic_cooperation(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Japan held joint naval drills with the Philippines.", "062", "JPN,PHL", "PHL,JPN")]
    [InlineData("Thailand extradited a suspect to Malaysia.", "063", "THA", "MYS")]
    public void Family06_material_cooperation(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Malaysia donated vaccines to the Philippines.", "073", "MYS", "PHL")]
    [InlineData("Japan dispatched rescue teams to Indonesia.", "073", "JPN", "IDN")]
    public void Family07_aid(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Indonesia releases fishermen held from Malaysia's boats to Malaysia.", "0841", "IDN", "MYS")]
    [InlineData("Thailand will withdraw troops from Cambodia.", "087", "THA", "KHM", Modality.Intended)]
    public void Family08_yield(string text, string code, string source, string target, Modality modality = Modality.Asserted) =>
        Coded(text, code, source, target, modality);

    [Fact]
    public void Family09_investigation_needs_a_second_side()
    {
        Coded("Japan opened a probe into China's fishing fleet.", "090", "JPN", "CHN");
        // Investigating with no other party named is no event between actors.
        Assert.DoesNotContain(Run("Japan is probing the cause of the fire.").Events, e => e.Cameo == "090");
    }

    [Theory]
    [InlineData("Malaysia is demanding Indonesia return the boats.", "100", "MYS", "IDN")]
    [InlineData("Japan is seeking China's release of the detained crew.", "1053", "JPN", "CHN")]
    public void Family10_demands(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Japan lashed out at China over the drills.", "111", "JPN", "CHN")]
    [InlineData("The Philippines slams China for the incident.", "111", "PHL", "CHN")]
    [InlineData("Vietnam expressed outrage at China's actions.", "111", "VNM", "CHN")]
    [InlineData("Canada levelled accusations against Brazil over the fire.", "112", "CAN", "BRA")]
    [InlineData("Japan conveyed a strong protest to China over the survey.", "114", "JPN", "CHN")]
    [InlineData("Chile filed a lawsuit against Peru at the court.", "115", "CHL", "PER")]
    public void Family11_disapprove(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Fact]
    public void Family11_hit_out_at_is_criticism_not_a_strike()
    {
        var d = Run("Japan hit out at China over the survey ship.");
        TestDocs.AssertCoded(d, "111", "JPN", "CHN", Modality.Asserted);
        Assert.DoesNotContain(d.Events, e => e.Cameo == "195");
    }

    [Theory]
    [InlineData("Indonesia turned down Malaysia's proposal on the border.", "125", "IDN", "MYS")]
    [InlineData("Thailand rebuffed Cambodia's demands for an apology.", "124", "THA", "KHM")]
    [InlineData("Vietnam is rejecting China's claims to the islands.", "120", "VNM", "CHN")]
    public void Family12_reject(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Canada warned Brazil of sanctions over the dam.", "1312", "CAN", "BRA")]
    [InlineData("China issued a stern warning to Japan over the islands.", "130", "CHN", "JPN")]
    [InlineData("Japan gave an ultimatum to China over the survey.", "139", "JPN", "CHN")]
    public void Family13_threaten(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Indonesian students torched the consulate of Malaysia in Medan.", "145", "IDN", "MYS")]
    [InlineData("Malaysians staged a protest against Indonesia outside the embassy.", "141", "MYS", "IDN")]
    public void Family14_protest(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("China conducted military drills around the Philippines on Monday.", "150", "CHN", "PHL")]
    [InlineData("Chinese aircraft violated Japanese airspace on Monday.", "150", "CHN", "JPN")]
    public void Family15_force_posture(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Canada froze aid to Brazil after the vote.", "162", "CAN", "BRA")]
    [InlineData("Japan hit China with new sanctions on Monday.", "163", "JPN", "CHN")]
    [InlineData("Canada blacklisted Chinese firms on Monday.", "163", "CAN", "CHN")]
    [InlineData("Thailand called off talks with Cambodia.", "164", "THA", "KHM")]
    public void Family16_reduce_relations(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Indonesian police took into custody Malaysian workers in Batam.", "173", "IDN", "MYS")]
    [InlineData("Vietnam expels Chinese nationals for illegal work.", "174", "VNM", "CHN")]
    [InlineData("Chinese vessels harassed Philippine boats near the shoal.", "170", "CHN", "PHL")]
    public void Family17_coerce(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Thai gunmen kidnaps Malaysian tourists near the border.", "181", "THA", "MYS")]
    [InlineData("Peru tortured Chilean prisoners, the report said.", "1822", "PER", "CHL")]
    public void Family18_assault(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("China carried out airstrikes against the Philippines on Monday.", "195", "CHN", "PHL")]
    [InlineData("Thailand and Cambodia exchanged fire along the border on Monday.", "190", "THA,KHM", "KHM,THA")]
    [InlineData("Brazilian troops ambushed Peru's soldiers near the river.", "190", "BRA", "PER")]
    public void Family19_fight(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Fact]
    public void Nouns_name_summons_and_water_cannon_use()
    {
        Coded("Manila's summoning of China's ambassador followed the incident.", "114", "PHL", "CHN");
        Coded("China's use of water cannon against Philippine vessels continued on Monday.", "175", "CHN", "PHL");
        Coded("A phone call between Japan and Vietnam took place on Monday.", "041", "JPN,VNM", "VNM,JPN");
    }

    [Theory]
    [InlineData("Japan called in the ambassador of China over the incident.", "114", "JPN", "CHN")]
    [InlineData("Canada raised tariffs on Brazilian steel on Monday.", "163", "CAN", "BRA")]
    [InlineData("China imposed counter-sanctions on Japanese lawmakers.", "163", "CHN", "JPN")]
    [InlineData("Malaysia revoked visas of Chinese workers.", "172", "MYS", "CHN")]
    [InlineData("Japan announced emergency aid for the Philippines.", "073", "JPN", "PHL")]
    [InlineData("Thailand and Cambodia exchanged prisoners at the border.", "0841", "THA,KHM", "KHM,THA")]
    [InlineData("Chile reopened its embassy in Peru.", "054", "CHL", "PER")]
    [InlineData("Vietnam elevated ties with Japan to a strategic partnership.", "050", "VNM,JPN", "JPN,VNM")]
    [InlineData("Japan extended an invitation to Vietnam for the summit.", "036", "JPN", "VNM")]
    [InlineData("Malaysia questioned China's remarks about the sea.", "111", "MYS", "CHN")]
    [InlineData("Japan dispatched a special envoy to Vietnam.", "042", "JPN", "VNM")]
    [InlineData("Cambodia fired artillery shells at Thailand on Monday.", "194", "KHM", "THA")]
    public void Batch3_envoys_tariffs_visas_aid_swaps_ties(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("Malaysia receives a delegation from Indonesia.", "043", "MYS", "IDN")]
    [InlineData("Japan shares intelligence with the Philippines.", "064", "JPN,PHL", "PHL,JPN")]
    [InlineData("Japan waives tariffs on Chinese rice.", "085", "JPN", "CHN")]
    [InlineData("China brands Japan a threat to the region.", "111", "CHN", "JPN")]
    [InlineData("Chinese vessels were hit by Philippine water cannon fire.", "195", "PHL", "CHN")]
    [InlineData("Malaysian sailors were taken hostage by Thai gunmen.", "181", "THA", "MYS")]
    public void Batch2_inflections_and_irregular_passives(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Theory]
    [InlineData("The arrest of two Japanese nationals by Chinese police was confirmed on Monday.", "173", "CHN", "JPN")]
    [InlineData("The expulsion of Japanese diplomats by China was announced on Monday.", "174", "CHN", "JPN")]
    [InlineData("Tokyo confirmed the detention of nine Japanese in Hanoi, Vietnam on Monday.", "173", "VNM", "JPN")]
    public void Nouns_of_the_victims_by_the_doer(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Fact]
    public void Noun_with_victims_and_no_doer_in_their_own_country_is_no_event()
    {
        // Detained at home with no doer named: nothing says which other actor acted.
        Assert.DoesNotContain(Run("The detention of nine Japanese in Japan was confirmed on Monday.").Events, e => e.Cameo == "173");
    }

    [Theory]
    [InlineData("Japan demanded that China release the crew.", "100", "JPN", "CHN")]
    [InlineData("The Philippines urged that China withdraw its vessels.", "020", "PHL", "CHN")]
    public void Demand_or_appeal_with_a_that_clause_targets_its_lead(string text, string code, string source, string target) => Coded(text, code, source, target);

    [Fact]
    public void Family07_military_hardware_is_military_aid() =>
        Coded("Japan delivered patrol boats to the Philippines under the deal.", "072", "JPN", "PHL");

    [Fact]
    public void Family19_closing_the_border_with_another_side() =>
        Coded("Thailand closed its border with Cambodia after the clashes.", "191", "THA", "KHM");
}

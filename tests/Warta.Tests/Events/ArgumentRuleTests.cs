using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>Who acts on whom, false events and claims: constructions from real news, in sentences written for these tests.</summary>
public sealed class ArgumentRuleTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, .. TestDocs.Officials, new("Beijing", "CHN"), new("Manila", "PHL")];

    private static Document Run(string text, string lang = "id") => TestDocs.Run(TestDocs.Build(text, lang, Names, [], "2025-03-12"));

    private static bool Is(Event e, string prefix) => e.Cameo.StartsWith(prefix, StringComparison.Ordinal);

    [Theory]
    [InlineData("Japan lodged a protest via its embassy in Beijing.", "en")]
    [InlineData("Jepang menyampaikan protes melalui kedutaannya di Beijing.", "id")]
    public void A_channel_and_its_seat_are_not_the_target(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Target.Any(a => a.Key == "CHN"));

    [Theory]
    [InlineData("Jepang meminta warganya berlindung di dalam rumah.", "id")]
    [InlineData("Japan urged its citizens to stay indoors.", "en")]
    public void An_appeal_to_the_actors_own_people_is_domestic(string text, string lang) =>
        Assert.Empty(Run(text, lang).Events);

    [Theory]
    [InlineData("Kapal Vietnam memancing di perairan itu tanpa meminta izin kepada Tiongkok.", "id")]
    [InlineData("Vietnam ships fished there without asking China for permission.", "en")]
    public void Without_plus_verb_is_no_event(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => Is(e, "02"));

    [Theory]
    [InlineData("In Manila, the Philippines summoned Japan's ambassador.", "en")]
    [InlineData("Di Manila, Filipina memanggil duta besar Jepang.", "id")]
    public void A_fronted_place_is_no_conjunct_of_the_subject(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "114");
        Assert.Equal("PHL", TestDocs.Keys(e.Source));
        Assert.Equal("JPN", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_meeting_without_a_partner_is_no_event() =>
        Assert.DoesNotContain(Run("Dewan keamanan nasional Jepang bertemu pada Senin pagi.").Events, e => Is(e, "04"));

    [Fact]
    public void An_actor_does_not_attack_its_own_country() =>
        Assert.DoesNotContain(Run("Tanaka dituding menghancurkan masa depan Jepang.").Events, e => Is(e, "17") || Is(e, "19"));

    [Fact]
    public void A_relative_clause_on_a_generic_head_does_not_borrow_the_sentence_actor() =>
        Assert.DoesNotContain(Run("Serangan Tiongkok ini merupakan jawaban bagi pihak-pihak yang selama ini menyerukan perundingan.").Events,
            e => Is(e, "02") && e.Source.Any(a => a.Key == "CHN"));

    [Theory]
    [InlineData("Filipina menuduh Tiongkok menyerang kapalnya. Tiongkok tidak membantah tuduhan itu.", "id")]
    [InlineData("The Philippines accused China of attacking its ships. China neither denied the allegations nor confirmed them.", "en")]
    public void A_denial_that_is_not_made_codes_no_denial(string text, string lang)
    {
        var d = Run(text, lang);
        Assert.DoesNotContain(d.Events, e => e.Cameo == "016");
        Assert.DoesNotContain(d.Events, e => e.DeniedBy.Count > 0);
    }

    [Fact]
    public void A_denied_accusation_is_answered_to_the_accuser()
    {
        var d = Run("Filipina menyalahkan Tiongkok atas serangan itu, tuduhan yang dibantah Beijing.");
        var e = Assert.Single(d.Events, e => e.Cameo == "016");
        Assert.Equal("CHN", TestDocs.Keys(e.Source));
        Assert.Equal("PHL", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_denial_with_no_accuser_in_sight_answers_the_party_the_denied_clause_names()
    {
        var e = Assert.Single(Run("Tiongkok menyangkal bahwa pasukannya melukai nelayan Vietnam.").Events, e => e.Cameo == "016");
        Assert.Equal("VNM", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Filipina mengatakan telah menembak jatuh dua pesawat Tiongkok.", "id")]
    [InlineData("The Philippines said it had attacked two Chinese ships.", "en")]
    public void A_speaker_reporting_its_own_attack_claims_it(string text, string lang)
    {
        var d = Run(text, lang);
        var e = Assert.Single(d.Events, e => Is(e, "19") || Is(e, "18"));
        Assert.Equal("PHL", TestDocs.Keys(e.Source));
        Assert.Equal("PHL", TestDocs.Keys(e.ClaimedBy));
        Assert.DoesNotContain(d.Events, e => Is(e, "112"));
    }

    [Fact]
    public void Violence_announced_in_the_actors_own_words_is_a_threat()
    {
        var d = Run("Tanaka mengatakan Jepang akan menyerang kapal Tiongkok yang masuk.");
        Assert.Contains(d.Events, e => e.Cameo == "138" && TestDocs.Keys(e.Source) == "JPN");
        Assert.DoesNotContain(d.Events, e => Is(e, "19"));
    }

    [Theory]
    [InlineData("Tanaka mengatakan Jepang akan mengusir staf Tiongkok lainnya.", "id", "161")]
    [InlineData("Tanaka said Japan will expel more Chinese staff.", "en", "161")]
    [InlineData("Tanaka berkata Jepun akan mengusir kakitangan China yang lain.", "ms", "161")]
    [InlineData("Tanaka mengatakan Jepang akan mendeportasi warga Tiongkok itu.", "id", "174")]
    [InlineData("Tanaka said Japan will deport the Chinese nationals.", "en", "174")]
    [InlineData("Tanaka mengatakan Jepang akan menangkap nelayan Tiongkok.", "id", "173")]
    public void An_announced_expulsion_or_arrest_is_that_act_intended_not_a_threat(string text, string lang, string code)
    {
        var d = Run(text, lang);
        var e = Assert.Single(d.Events, e => e.Cameo == code);
        Assert.Equal("JPN", TestDocs.Keys(e.Source));
        Assert.Equal(Modality.Intended, e.Modality);
        Assert.DoesNotContain(d.Events, e => Is(e, "13"));
    }

    [Theory]
    [InlineData("Japan rejected the baseless allegations made by the defence minister of China.", "en")]
    [InlineData("Japan dismissed the accusations levelled by China on Monday.", "en")]
    [InlineData("Jepang menolak tuduhan yang dilontarkan oleh Tiongkok.", "id")]
    public void Rejecting_allegations_made_by_someone_targets_their_maker(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => Is(e, "12") || Is(e, "016"));
        Assert.Equal("JPN", TestDocs.Keys(e.Source));
        Assert.Equal("CHN", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_condemned_attack_with_both_sides_named_is_coded()
    {
        var d = Run("Jepang mengecam serangan udara Tiongkok yang menghantam kota-kota di Filipina.");
        Assert.Contains(d.Events, e => Is(e, "111") && TestDocs.Keys(e.Target) == "CHN");
        Assert.Contains(d.Events, e => Is(e, "19") && TestDocs.Keys(e.Source) == "CHN" && TestDocs.Keys(e.Target) == "PHL");
    }

    [Theory]
    [InlineData("Filipina mengesahkan telah menyerang dua kapal Tiongkok.", "ms")]
    public void An_admission_of_ones_own_attack_is_no_claim(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => Is(e, "19") || Is(e, "18"));
        Assert.Equal("PHL", TestDocs.Keys(e.Source));
        Assert.Empty(e.ClaimedBy);
    }

    [Theory]
    [InlineData("Jepang akhirnya menarik duta besarnya dari Beijing setelah insiden itu.", "id")]
    [InlineData("Jepang memanggil pulang duta besar dari Beijing pada Senin.", "id")]
    [InlineData("Japan recalled its ambassador from Beijing after the incident.", "en")]
    [InlineData("Japan withdrew its envoy from Beijing on Monday.", "en")]
    public void The_post_an_envoy_is_withdrawn_from_is_the_target(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => Is(e, "161"));
        Assert.Equal("JPN", TestDocs.Keys(e.Source));
        Assert.Equal("CHN", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_summoned_high_commissioner_is_coded_against_the_country_of_the_demonym()
    {
        var e = Assert.Single(Run("Manila summoned Chinese High Commissioner Wen Bolin on Monday.", "en").Events, e => Is(e, "114"));
        Assert.Equal("PHL", TestDocs.Keys(e.Source));
        Assert.Equal("CHN", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Japan and China on Monday summoned each other's ambassadors over the dispute.", "en")]
    [InlineData("Japan and China summoned one another’s envoys on Monday.", "en")]
    [InlineData("Jepang dan Tiongkok saling memanggil duta besar pada Senin.", "id")]
    [InlineData("Jepang dan Tiongkok memanggil duta besar satu sama lain pada Senin.", "id")]
    public void A_mutual_act_has_each_side_as_the_others_target(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => Is(e, "114"));
        Assert.Equal(2, e.Source.Count);
        Assert.Equal([.. e.Source.AsEnumerable().Reverse().Select(a => a.Key)], e.Target.Select(a => a.Key).ToArray());
    }

    [Theory]
    [InlineData("Pihak berwenang Filipina menahan sebuah kapal Vietnam pada Senin.", "id")]
    [InlineData("Aparat berwajib Filipina menangkap sembilan nelayan Vietnam pada Senin.", "id")]
    [InlineData("Pihak berkuasa Filipina menahan sebuah kapal Vietnam semalam.", "ms")]
    public void An_actor_after_a_verb_shaped_adjective_is_the_subject(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => Is(e, "17"));
        Assert.Equal("PHL", TestDocs.Keys(e.Source));
        Assert.Equal("VNM", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_speakers_self_claim_names_only_the_speakers_own_side()
    {
        var d = Run("The Philippines said it had attacked Chinese ships and Japanese boats.", "en");
        var e = Assert.Single(d.Events, e => Is(e, "19") || Is(e, "18"));
        Assert.Equal("PHL", TestDocs.Keys(e.ClaimedBy));
    }
}

public sealed class ImplicitForceTests
{
    private static readonly N[] Names =
    [
        new("Filipina", "PHL"), new("Tiongkok", "CHN"),
        new("tentara Filipina", "PHLMIL", EntityType.ORG), new("pasukan Tiongkok", "CHNMIL", EntityType.ORG),
    ];

    private static Document Run(string text) => TestDocs.Run(TestDocs.Build(text, "id", Names, [], "2025-03-12"));

    [Fact]
    public void An_unnamed_killer_is_not_the_force_acting_later_in_the_sentence_nor_the_victims_own()
    {
        var d = Run("Kemarin pasukan Tiongkok berpatroli di perbatasan. Pos tentara Filipina diserang, sementara tentara Filipina menembak jatuh dua drone.");
        Assert.DoesNotContain(d.Events, e => Is(e, "19") && e.Source.Any(a => a.Key == "PHL") && e.Target.Any(a => a.Key == "PHL"));
        Assert.Contains(d.Events, e => Is(e, "19") && TestDocs.Keys(e.Source) == "CHN" && TestDocs.Keys(e.Target) == "PHL");
    }

    private static bool Is(Event e, string prefix) => e.Cameo.StartsWith(prefix, StringComparison.Ordinal);
}

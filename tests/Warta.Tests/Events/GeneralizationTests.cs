using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>Patterns the coder must get right on unseen news, in sentences written for these tests.</summary>
public sealed class GeneralizationTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, .. TestDocs.Officials];

    private static readonly DateValue Monday = new(new DateOnly(2025, 3, 10), DatePrecision.Day);

    private static Document Run(string text, string lang = "id") =>
        TestDocs.Run(TestDocs.Build(text, lang, Names, [("Senin", Monday), ("Monday", Monday)], "2025-03-12"));

    [Theory]
    [InlineData("Presiden Filipina Ramon Cruz dan pemimpin Jepang Hiroshi Tanaka menandatangani perjanjian dagang pada Senin.", "id")]
    [InlineData("Philippine President Ramon Cruz and Japanese Prime Minister Hiroshi Tanaka signed a trade agreement on Monday.", "en")]
    [InlineData("Presiden Filipina Ramon Cruz dan Perdana Menteri Jepang Hiroshi Tanaka menandatangani perjanjian dagang pada Senin.", "ms")]
    public void Conjuncts_with_titles_are_both_signers(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "057");
        Assert.Equal("PHL,JPN", TestDocs.Keys(e.Source));
        Assert.Equal("JPN,PHL", TestDocs.Keys(e.Target));
        Assert.Equal("2025-03-10", e.Date?.Format());
    }

    [Theory]
    [InlineData("Jepang tidak menutup kemungkinan memasok senjata ke Filipina.", "id")]
    [InlineData("Japan does not rule out supplying weapons to the Philippines.", "en")]
    [InlineData("Jepang tidak menolak kemungkinan membekalkan senjata kepada Filipina.", "ms")]
    public void Not_ruling_out_is_possible_not_negated(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("072", e.Cameo);
        Assert.Equal(Modality.Possible, e.Modality);
        Assert.Equal("PHL", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void An_actor_not_ruling_out_its_own_supply_states_intent()
    {
        var e = Assert.Single(Run("Tanaka mengatakan Jepang tidak menutup kemungkinan memasok senjata ke Filipina.").Events);
        Assert.Equal("0332", e.Cameo);
        Assert.Equal(Modality.Possible, e.Modality);
    }

    [Theory]
    [InlineData("Japan condemned the attacks on the Philippines.", "en", "111")]
    // An appeal to stop attacks is an appeal for de-escalation (0256, coverage passes); still no attack of the speaker's.
    [InlineData("Japan called on China to stop attacks on Philippine ships.", "en", "0256")]
    [InlineData("Jepang mendesak Tiongkok menghentikan serangan terhadap Filipina.", "id", "0256")]
    public void What_a_condemnation_or_appeal_speaks_of_is_not_the_speakers_act(string text, string lang, string code)
    {
        var d = Run(text, lang);
        Assert.Contains(d.Events, e => e.Cameo == code && TestDocs.Keys(e.Source) == "JPN");
        Assert.DoesNotContain(d.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_coordinated_act_after_a_condemnation_is_still_coded()
    {
        var d = Run("Jepang mengecam Tiongkok dan menyerang Filipina.");
        Assert.Contains(d.Events, e => e.Cameo == "111" && TestDocs.Keys(e.Target) == "CHN");
        Assert.Contains(d.Events, e => e.Cameo == "190" && TestDocs.Keys(e.Source) == "JPN" && TestDocs.Keys(e.Target) == "PHL");
    }
}

public sealed class ReactionTargetTests
{
    private static readonly N[] Names =
    [
        new("Jepang", "JPN"), new("Filipina", "PHL"), new("Tiongkok", "CHN"), new("Myanmar", "MMR"),
        new("Japan", "JPN"), new("Philippines", "PHL"), new("China", "CHN"), new("Beijing", "CHN"), new("Myanmar", "MMR"),
        new("Chinese", "CHN", EntityType.NORP), new("Philippine", "PHL", EntityType.NORP),
    ];

    private static Document Run(string text, string lang = "id") => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("Jepang mengecam kekerasan di Myanmar.", "id")]
    [InlineData("Japan condemned the violence in Myanmar.", "en")]
    [InlineData("Jepang mengecam keganasan yang berterusan di Myanmar.", "ms")]
    public void Condemning_violence_in_a_country_targets_that_country(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("111", e.Cameo);
        Assert.Equal("MMR", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Tiongkok menyita kapal Filipina. Jepang mengecam tindakan tersebut.", "id", "111")]
    [InlineData("Japan summoned the Chinese ambassador. China rejected the protest.", "en", "120")]
    public void A_reaction_to_that_act_targets_its_actor(string text, string lang, string code)
    {
        var d = Run(text, lang);
        var e = Assert.Single(d.Events, e => e.Cameo == code);
        Assert.NotEqual(TestDocs.Keys(e.Source), TestDocs.Keys(e.Target));
        Assert.Equal(code == "111" ? "CHN" : "JPN", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_reaction_without_an_anaphor_or_place_stays_untargeted()
    {
        var d = Run("Tiongkok menyita kapal Filipina. Jepang mengecam kekerasan.");
        Assert.DoesNotContain(d.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Target.Count > 0);
    }

    [Fact]
    public void A_denied_act_after_an_accusation_is_claimed_by_the_accuser_and_denied()
    {
        var d = Run("The Philippines accused China of ramming its boats. Beijing denied that Chinese personnel had attacked the Philippine crew.", "en");
        var attack = Assert.Single(d.Events, e => e.Cameo == "190");
        Assert.Equal("CHN", TestDocs.Keys(attack.DeniedBy));
        Assert.Equal("PHL", TestDocs.Keys(attack.ClaimedBy));
        Assert.Contains(d.Events, e => e.Cameo == "016" && TestDocs.Keys(e.Source) == "CHN" && TestDocs.Keys(e.Target) == "PHL");
    }
}

public sealed class NominalEventTests
{
    private static readonly N[] Names =
    [
        new("Jepang", "JPN"), new("Filipina", "PHL"), new("Tiongkok", "CHN"),
        new("Japan", "JPN"), new("Philippines", "PHL"), new("China", "CHN"),
        new("Chinese", "CHN", EntityType.NORP), new("Philippine", "PHL", EntityType.NORP),
        new("Hiroshi Tanaka", "JPNGOV", EntityType.PER), new("Tanaka", "JPNGOV", EntityType.PER),
    ];

    private static readonly DateValue Monday = new(new DateOnly(2025, 3, 10), DatePrecision.Day);

    private static Document Run(string text, string lang) =>
        TestDocs.Run(TestDocs.Build(text, lang, Names, [("Senin", Monday), ("Monday", Monday)], "2025-03-12"));

    [Theory]
    [InlineData("Lawatan pertama Tanaka ke Filipina berlangsung pada Senin.", "id", "042", "JPN", "PHL")]
    [InlineData("Invasi Tiongkok ke Filipina dimulai pada Senin.", "id", "190", "CHN", "PHL")]
    [InlineData("Serangan udara Tiongkok di Filipina berlanjut pada Senin.", "id", "195", "CHN", "PHL")]
    [InlineData("China's invasion of the Philippines began on Monday.", "en", "190", "CHN", "PHL")]
    [InlineData("Chinese strikes on Philippine ships continued on Monday.", "en", "195", "CHN", "PHL")]
    [InlineData("The visit by Hiroshi Tanaka to the Philippines ended on Monday.", "en", "042", "JPN", "PHL")]
    [InlineData("Pencerobohan Tiongkok ke atas Filipina bermula pada Senin.", "ms", "190", "CHN", "PHL")]
    [InlineData("Pengiriman senjata Tiongkok ke Filipina dimulai pada Senin.", "id", "072", "CHN", "PHL")]
    [InlineData("Chinese arms deliveries to the Philippines began on Monday.", "en", "072", "CHN", "PHL")]
    public void An_event_noun_with_both_actors_is_coded(string text, string lang, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal(code, e.Cameo);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
        Assert.Equal("2025-03-10", e.Date?.Format());
    }

    [Fact]
    public void An_undated_visit_takes_the_date_of_what_the_visitor_did_there()
    {
        var d = Run("Jepang dan Filipina menandatangani perjanjian dagang di Filipina pada Senin. Itu adalah lawatan pertama Tanaka ke Filipina.", "id");
        var e = Assert.Single(d.Events, e => e.Cameo == "042");
        Assert.Equal("2025-03-10", e.Date?.Format());
    }

    [Fact]
    public void A_visit_named_by_its_clitic_is_the_main_subjects()
    {
        var d = Run("Tanaka tiba di Tiongkok pada Senin, sehari setelah kunjungannya ke Filipina.", "id");
        var e = Assert.Single(d.Events, e => e.Cameo == "042" && TestDocs.Keys(e.Target) == "PHL");
        Assert.Equal("JPN", TestDocs.Keys(e.Source));
        Assert.Equal("2025-03-09", e.Date?.Format());
    }

    [Fact]
    public void An_event_noun_in_reported_speech_is_claimed_without_a_derived_accusation()
    {
        var d = Run("Tanaka mengatakan invasi Tiongkok ke Filipina dimulai pada Senin.", "id");
        var e = Assert.Single(d.Events);
        Assert.Equal("190", e.Cameo);
        Assert.Equal("JPN", TestDocs.Keys(e.ClaimedBy));
    }

    [Theory]
    [InlineData("Japan condemned China's invasion of the Philippines.", "en")]
    [InlineData("Jepang mengecam invasi Tiongkok ke Filipina.", "id")]
    [InlineData("Sejak invasi Tiongkok ke Filipina, harga beras naik.", "id")]
    [InlineData("Since China's invasion of the Philippines, prices have risen.", "en")]
    [InlineData("Serangan itu terjadi pada Senin.", "id")]
    [InlineData("Jepang mengecam pengiriman senjata Tiongkok ke Filipina.", "id")]
    public void Background_or_criticised_event_nouns_are_not_coded(string text, string lang)
    {
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }
}

public sealed class LexiconBreadthTests
{
    private static readonly N[] Names =
    [
        new("Jepang", "JPN"), new("Filipina", "PHL"), new("Tiongkok", "CHN"),
        new("Japan", "JPN"), new("Philippines", "PHL"), new("China", "CHN"),
        new("Chinese", "CHN", EntityType.NORP), new("Philippine", "PHL", EntityType.NORP),
    ];

    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("Japan warned China against further provocations.", "en", "130", "JPN", "CHN")]
    [InlineData("Japan blamed China for the collision.", "en", "112", "JPN", "CHN")]
    [InlineData("Chinese vessels rammed Philippine boats near the shoal.", "en", "171", "CHN", "PHL")]
    [InlineData("China fired rockets at the Philippines.", "en", "195", "CHN", "PHL")]
    [InlineData("Japan congratulated the Philippines on the election.", "en", "051", "JPN", "PHL")]
    [InlineData("Jepang memperingatkan Tiongkok agar tidak memperluas latihan.", "id", "130", "JPN", "CHN")]
    [InlineData("Tiongkok menempatkan pasukan di dekat Filipina.", "id", "154", "CHN", "PHL")]
    [InlineData("Tiongkok merempuh kapal Filipina.", "ms", "171", "CHN", "PHL")]
    [InlineData("Jepang mengenakan sekatan terhadap Tiongkok.", "ms", "163", "JPN", "CHN")]
    [InlineData("Jepang menghantar bantuan kemanusiaan kepada Filipina.", "ms", "073", "JPN", "PHL")]
    [InlineData("Jepang memberi amaran kepada Tiongkok.", "ms", "130", "JPN", "CHN")]
    [InlineData("Japan struck a trade deal with the Philippines.", "en", "057", "JPN,PHL", "PHL,JPN")]
    [InlineData("Jepang memeterai perjanjian pertahanan dengan Filipina.", "ms", "057", "JPN,PHL", "PHL,JPN")]
    public void Common_wire_verbs_are_coded(string text, string lang, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Officials warned that the typhoon would hit on Monday.", "en")]
    [InlineData("Petugas memperingatkan bahwa hujan akan turun.", "id")]
    public void A_warning_with_no_one_warned_is_not_a_threat(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
}

public sealed class ResponseTargetTests
{
    private static readonly N[] Names = [new("Jepang", "JPN"), new("Filipina", "PHL"), new("Tiongkok", "CHN"), new("Moskow", "RUS"), new("Rusia", "RUS"), new("Uni Eropa", "IGOEUREEC", EntityType.ORG)];

    private static Document Run(string text) => TestDocs.Run(TestDocs.Build(text, "id", Names, null, "2025-03-12"));

    [Fact]
    public void A_threat_to_retaliate_answers_the_act_done_to_the_threatener()
    {
        var d = Run("Uni Eropa menjatuhkan sanksi terhadap Rusia. Harga gas naik. Moskow mengancam akan membalas.");
        var e = Assert.Single(d.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal("RUS", TestDocs.Keys(e.Source));
        Assert.Equal("IGOEUREEC", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_threat_is_not_aimed_at_an_uninvolved_actor()
    {
        var d = Run("Tiongkok menyita kapal Filipina. Jepang mengancam akan membalas.");
        Assert.DoesNotContain(d.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.Target.Count > 0);
    }
}

public sealed class NegotiationTests
{
    private static readonly N[] Names =
        [new("Jepang", "JPN"), new("Filipina", "PHL"), new("Japan", "JPN"), new("Philippines", "PHL")];

    private static readonly DateValue Monday = new(new DateOnly(2025, 3, 10), DatePrecision.Day);

    private static Document Run(string text, string lang) =>
        TestDocs.Run(TestDocs.Build(text, lang, Names, [("Monday", Monday)], "2025-03-12"));

    [Theory]
    [InlineData("Jepang akan melanjutkan perundingan dengan Filipina bulan depan.", "id", Modality.Intended)]
    [InlineData("Japan will continue talks with the Philippines next month.", "en", Modality.Intended)]
    [InlineData("Japan resumed talks with the Philippines on Monday.", "en", Modality.Asserted)]
    public void Continuing_or_resuming_talks_is_negotiation(string text, string lang, Modality modality)
    {
        var e = Assert.Single(Run(text, lang).Events);
        Assert.Equal("046", e.Cameo);
        Assert.Equal(modality, e.Modality);
        Assert.Equal("JPN,PHL", TestDocs.Keys(e.Source));
    }
}

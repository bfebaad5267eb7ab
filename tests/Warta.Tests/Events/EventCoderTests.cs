using Warta.Documents;
using Warta.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

public sealed class EventCoderTests
{
    private static readonly N[] Names =
    [
        new("Jepang", "JPN"), new("Filipina", "PHL"), new("Tiongkok", "CHN"), new("Beijing", "CHN"), new("Kamboja", "KHM"),
        new("Manila", "PHL"), new("Tokyo", "JPN"), new("Vietnam", "VNM"), new("Hanoi", "VNM"),
        new("Hiroshi Tanaka", "JPNGOV", EntityType.PER), new("Tanaka", "JPNGOV", EntityType.PER),
        new("Philippines", "PHL"), new("China", "CHN"), new("Japan", "JPN"), new("Chinese", "CHN", EntityType.NORP), new("Philippine", "PHL", EntityType.NORP),
    ];

    private static readonly DateValue Monday = new(new DateOnly(2025, 3, 10), DatePrecision.Day);

    private static Document Run(string text, string lang = "id", string? published = "2025-03-12") =>
        TestDocs.Run(TestDocs.Build(text, lang, Names, [("Senin", Monday), ("Monday", Monday)], published));

    private static Event One(Document d, string code) => Assert.Single(d.Events, e => e.Cameo == code);

    [Fact]
    public void Subject_and_object_give_source_and_target()
    {
        var d = Run("Jepang mengecam Tiongkok atas latihan militer di dekat Taiwan.");
        var e = One(d, "111");
        Assert.Equal("JPN", TestDocs.Keys(e.Source));
        Assert.Equal("CHN", TestDocs.Keys(e.Target));
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Equal(3, e.Quad);
        Assert.Equal(-2.0, e.Goldstein);
    }

    [Fact]
    public void Passive_agent_after_oleh_is_the_source_and_compound_signers_are_mutual()
    {
        var d = Run("Perjanjian yang ditandatangani oleh Jepang dan Filipina pada Senin itu mulai berlaku tahun depan.");
        var e = One(d, "057");
        Assert.Equal("JPN,PHL", TestDocs.Keys(e.Source));
        Assert.Equal("PHL,JPN", TestDocs.Keys(e.Target));
        Assert.Equal("2025-03-10", e.Date?.Format());
        Assert.Equal("Senin", e.DateText);
        Assert.Equal("SUPPORT", e.Plover?.Type);
    }

    [Fact]
    public void Reciprocal_verb_with_dengan_puts_both_sides_in_source_and_target()
    {
        var d = Run("Jepang menandatangani perjanjian dagang dengan Filipina di Tokyo.");
        var e = One(d, "057");
        Assert.Equal("JPN,PHL", TestDocs.Keys(e.Source));
        Assert.Equal("PHL,JPN", TestDocs.Keys(e.Target));
        Assert.Equal("JPN", e.Place?.Country);
    }

    [Theory]
    [InlineData("Jepang mungkin memasok senjata ke Filipina.", "072", Modality.Possible)]
    [InlineData("Jepang akan memasok senjata ke Filipina.", "072", Modality.Intended)]
    [InlineData("Jepang memasok senjata ke Filipina.", "072", Modality.Asserted)]
    [InlineData("Jepang tidak menyerang Filipina.", "190", Modality.Negated)]
    [InlineData("Jika Jepang menyerang Filipina, perang akan meluas.", "190", Modality.Hypothetical)]
    public void Modality_comes_from_cue_words_and_intent_changes_the_code(string text, string code, Modality modality)
    {
        var e = Assert.Single(Run(text).Events);
        Assert.Equal(code, e.Cameo);
        Assert.Equal(modality, e.Modality);
        Assert.Equal("JPN", TestDocs.Keys(e.Source));
        Assert.Equal("PHL", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Jepang mengatakan bahwa Jepang mungkin memasok senjata ke Filipina.", Modality.Possible)]
    [InlineData("Jepang mengatakan, Jepang akan memasok senjata ke Filipina.", Modality.Intended)]
    public void The_actor_stating_its_own_possible_or_planned_aid_is_coded_as_intent(string text, Modality modality)
    {
        var e = One(Run(text), "0332");
        Assert.Equal(modality, e.Modality);
        Assert.Equal("PHL", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void English_modals_and_negation()
    {
        Assert.Equal(Modality.Possible, Assert.Single(Run("Japan may attack China.", "en").Events).Modality);
        Assert.Equal(Modality.Negated, Assert.Single(Run("Japan did not attack China.", "en").Events).Modality);
    }

    [Fact]
    public void A_third_party_claim_is_claimed_and_denied_with_accusation_and_denial_events()
    {
        var d = Run("Filipina mengatakan, Tiongkok telah memasok senjata ke Kamboja, yang dibantah oleh Beijing.");
        var e = One(d, "072");
        Assert.Equal("CHN", TestDocs.Keys(e.Source));
        Assert.Equal("KHM", TestDocs.Keys(e.Target));
        Assert.Equal("PHL", TestDocs.Keys(e.ClaimedBy));
        Assert.Equal("CHN", TestDocs.Keys(e.DeniedBy));
        var accuse = One(d, "112");
        Assert.Equal("PHL", TestDocs.Keys(accuse.Source));
        Assert.Equal("CHN,KHM", TestDocs.Keys(accuse.Target));
        var deny = One(d, "016");
        Assert.Equal("CHN", TestDocs.Keys(deny.Source));
        Assert.Equal("PHL", TestDocs.Keys(deny.Target));
        Assert.Equal(e.EvidenceStart, deny.EvidenceStart);
    }

    [Fact]
    public void An_actor_stating_its_own_plan_is_not_a_claim_and_is_dated_to_the_report()
    {
        var d = Run("Tanaka mengatakan bahwa Jepang mungkin memasok senjata ke Filipina.");
        var e = One(d, "0332");
        Assert.Empty(e.ClaimedBy);
        Assert.DoesNotContain(d.Events, x => x.Cameo == "112");
        Assert.Equal("2025-03-12", e.Date?.Format());
        Assert.Null(e.DateText);
    }

    [Fact]
    public void Background_clause_inside_reported_speech_is_not_part_of_the_claim()
    {
        var d = Run("Tanaka mengatakan bahwa Jepang mungkin memasok senjata ke Filipina karena Tiongkok memasok senjata ke Kamboja.");
        var e = Assert.Single(d.Events, x => x.Cameo == "072");
        Assert.Equal("CHN", TestDocs.Keys(e.Source));
        Assert.Empty(e.ClaimedBy);
        Assert.Null(e.Date);
    }

    [Fact]
    public void English_accusation_makes_the_accused_the_source_of_the_alleged_act()
    {
        var d = Run("The Philippines accused China of attacking Philippine vessels near the shoal.", "en");
        var accuse = One(d, "112");
        Assert.Equal("PHL", TestDocs.Keys(accuse.Source));
        Assert.Equal("CHN", TestDocs.Keys(accuse.Target));
        var attack = One(d, "190");
        Assert.Equal("CHN", TestDocs.Keys(attack.Source));
        Assert.Equal("PHL", TestDocs.Keys(attack.Target));
        Assert.Equal("PHL", TestDocs.Keys(attack.ClaimedBy));
    }

    [Fact]
    public void Sehari_setelah_dates_the_earlier_clause_from_its_partner_and_merges_duplicates()
    {
        var d = Run("Tanaka berbicara di Hanoi, sehari setelah mengunjungi Vietnam dan menandatangani perjanjian dengan Vietnam. Perjanjian yang ditandatangani oleh Jepang dan Vietnam pada Senin itu mencakup pertahanan.");
        var sign = One(d, "057");
        Assert.Equal("2025-03-10", sign.Date?.Format());
        Assert.Equal(2, sign.AllEvidence.Count);
        Assert.Equal(sign.EvidenceStart, sign.AllEvidence[0].Start);
        var visit = One(d, "042");
        Assert.Equal("JPN", TestDocs.Keys(visit.Source));
        Assert.Equal("VNM", TestDocs.Keys(visit.Target));
        Assert.Equal("2025-03-10", visit.Date?.Format());
        Assert.Equal("VNM", visit.Place?.Country);
    }

    [Fact]
    public void Relative_clause_without_an_actor_head_codes_nothing()
    {
        var d = Run("Program rudal yang menentang sanksi itu terus berjalan.");
        Assert.Empty(d.Events);
    }

    [Fact]
    public void Ontology_maps_quad_goldstein_and_plover_and_leaves_statements_without_plover()
    {
        var o = CameoOntology.Default;
        Assert.True(o.Count > 290);
        Assert.Equal(4, o.Info("195")!.Quad);
        Assert.Equal(-10.0, o.Info("195")!.Goldstein);
        Assert.Equal("ASSAULT", o.Plover("195")!.Type);
        Assert.Null(o.Plover("010"));
        Assert.Equal(["military"], o.Plover("0332")!.Context);
    }
}

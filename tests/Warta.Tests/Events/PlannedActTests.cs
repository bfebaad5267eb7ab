using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>
/// Planned acts stay planned: a participle clause after "selain"/"besides" takes the main clause's tense, a later noun
/// mention of a planned visit is the same plan, "not only" does not negate, and a condemned attack accuses its doer, not
/// its victim (own sentences).
/// </summary>
public sealed class PlannedActTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, .. TestDocs.Officials];

    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("Tanaka mengatakan, selain melakukan pertemuan dengan Cruz, selama berada di Manila Jepang juga akan menghadiri forum bisnis.", "id")]
    [InlineData("Tanaka berkata, selain daripada mengadakan pertemuan dengan Cruz, Jepun juga akan menghadiri forum perniagaan.", "ms")]
    public void A_besides_clause_takes_the_main_clauses_intent(string text, string lang)
    {
        var doc = Run(text, lang);
        var meet = Assert.Single(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) || e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(Modality.Intended, meet.Modality);
    }

    [Fact]
    public void A_besides_clause_before_a_done_act_stays_asserted()
    {
        var doc = Run("Tanaka mengatakan, selain melakukan pertemuan dengan Cruz, Jepang juga menandatangani perjanjian dagang.", "id");
        var meet = Assert.Single(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) || e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(Modality.Asserted, meet.Modality);
    }

    [Theory]
    [InlineData("Tanaka direncanakan akan melakukan kunjungan ke Filipina pekan depan. Kunjungan Tanaka ke Filipina merupakan kunjungan kenegaraan.", "id")]
    public void A_noun_mention_of_a_planned_visit_is_still_planned(string text, string lang)
    {
        var doc = Run(text, lang);
        // The noun mention is coded and merges into the plan: the planned visit carries both sentences as evidence.
        var plan = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Modality == Modality.Intended);
        Assert.Equal(2, plan.AllEvidence.Count);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_noun_mention_of_an_earlier_visit_with_other_actors_stays_asserted()
    {
        var doc = Run("Tanaka direncanakan akan melakukan kunjungan ke Filipina pekan depan. Kunjungan Cruz ke Jepang merupakan kunjungan kenegaraan.", "id");
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Modality == Modality.Asserted && TestDocs.Keys(e.Source) == "PHL");
    }

    [Theory]
    [InlineData("Indonesia tidak hanya mengecam Tiongkok, tetapi juga menyerukan dialog.", "id")]
    [InlineData("Indonesia bukan sahaja mengecam China, malah menggesa dialog.", "ms")]
    [InlineData("Indonesia not only condemned China but also called for dialogue.", "en")]
    public void Not_only_does_not_negate(string text, string lang)
    {
        var doc = Run(text, lang);
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Theory]
    [InlineData("\"We condemn the brutal Chinese drone attack against Philippine vessels,\" Tanaka told reporters.", "en")]
    [InlineData("\"Kami mengecam serangan Tiongkok terhadap kapal Filipina,\" kata Tanaka kepada wartawan.", "id")]
    public void A_condemned_attack_accuses_its_doer_not_its_victim(string text, string lang)
    {
        var doc = Run(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Target.Any(a => a.Key == "PHL"));
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && TestDocs.Keys(e.Target) == "CHN");
    }

    [Theory]
    [InlineData("Tanaka mengadakan lawatan ke Filipina bermula esok.", "ms", "esok", 1, Modality.Intended)]
    [InlineData("Tanaka visits the Philippines on Friday.", "en", "Friday", 2, Modality.Intended)]
    [InlineData("Tanaka melakukan kunjungan ke Filipina pada Senin.", "id", "Senin", -2, Modality.Asserted)]
    [InlineData("Tanaka visits the Philippines on that day.", "en", "that day", 30, Modality.Asserted)]
    public void An_act_dated_in_the_two_weeks_after_the_report_is_still_to_come(string text, string lang, string when, int days, Modality expected)
    {
        var date = new DateValue(new DateOnly(2025, 3, 12).AddDays(days), DatePrecision.Day);
        var doc = TestDocs.Run(TestDocs.Build(text, lang, Names, [(when, date)], "2025-03-12"));
        var visit = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(expected, visit.Modality);
    }
}

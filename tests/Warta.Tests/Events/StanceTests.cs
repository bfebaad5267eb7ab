using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>Criticism, accusation and appeal constructions, in sentences written for these tests.</summary>
public sealed class StanceTests
{
    private static readonly N[] Names =
    [
        .. TestDocs.Countries,
        new("Kolombia", "COL"), new("Colombia", "COL"), new("Ekuador", "ECU"), new("Ecuador", "ECU"),
        new("Quito", "ECU"), new("Bogota", "COL"), new("PBB", "IGOUNO", EntityType.ORG), new("United Nations", "IGOUNO", EntityType.ORG),
        new("Russia", "RUS"), new("Rusia", "RUS"), new("Kyiv", "UKR"), new("Lebanon", "LBN"), new("Lubnan", "LBN"), new("Israel", "ISR"),
        new("Venezuelan government", "VENGOV", EntityType.ORG), new("pemerintah Venezuela", "VENGOV", EntityType.ORG), new("Venezuela", "VEN"),
    ];

    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("Peru mengecam serangan oleh Kolombia di Quito.", "id")]
    [InlineData("Peru mengecam sekeras-kerasnya serangan udara oleh Kolombia yang menyasarkan sebuah sekolah di Quito.", "ms")]
    [InlineData("Peru condemned the attack by Colombia on a school in Quito.", "en")]
    public void The_agent_of_a_condemned_act_is_the_target_not_its_place(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "111");
        Assert.Equal("PER", TestDocs.Keys(e.Source));
        Assert.Equal("COL", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Peru mengecam serangan oleh milisi bersenjata di Quito.", "id")]
    [InlineData("Peru condemned the attack by armed militias in Quito.", "en")]
    public void An_unnamed_agent_keeps_the_place_of_the_victim_out_of_the_target(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Target.Any(a => a.Code == "ECU"));

    [Theory]
    [InlineData("Peru menyeru masyarakat antarabangsa serta PBB untuk mengutuk tindakan Kolombia.", "ms")]
    [InlineData("Peru meminta PBB untuk mengecam Kolombia.", "id")]
    [InlineData("Peru urged the United Nations to condemn Colombia.", "en")]
    public void An_act_the_addressee_is_asked_to_do_is_no_fact(string text, string lang)
    {
        var d = Run(text, lang);
        var appeal = Assert.Single(d.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal("PER", TestDocs.Keys(appeal.Source));
        Assert.Equal("IGOUNO", TestDocs.Keys(appeal.Target));
        Assert.DoesNotContain(d.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Source.Any(a => a.Code == "IGOUNO"));
    }

    [Fact]
    public void An_appeal_then_a_clause_of_its_own_keeps_the_addressees_act()
    {
        var d = Run("Peru meminta Kolombia berunding, tetapi Kolombia mengecam Peru.", "id");
        Assert.Contains(d.Events, e => e.Cameo == "111" && TestDocs.Keys(e.Source) == "COL" && TestDocs.Keys(e.Target) == "PER");
    }

    [Theory]
    [InlineData("Peru menyatakan \"kecaman keras\" terhadap Kolombia.", "id")]
    [InlineData("Peru menyampaikan kecaman atas serangan Kolombia terhadap Ekuador.", "id")]
    [InlineData("Peru menzahirkan kecaman terhadap Kolombia.", "ms")]
    [InlineData("Peru expressed strong condemnation of Colombia.", "en")]
    public void Stated_condemnation_is_a_condemnation(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "111");
        Assert.Equal("PER", TestDocs.Keys(e.Source));
        Assert.Equal("COL", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Peru menolak keras tuduhan Kolombia bahwa Ekuador menyerang.", "id", "COL", "ECU")]
    [InlineData("Pejabat Ekuador membantah tuduhan Kolombia bahwa Peru melanggar perbatasan.", "id", "COL", "PER")]
    [InlineData("Ekuador menafikan tuduhan Kolombia bahawa Peru melanggar sempadan.", "ms", "COL", "PER")]
    public void A_named_accusation_accuses_the_subject_of_its_clause(string text, string lang, string accuser, string accused)
    {
        var d = Run(text, lang);
        Assert.Contains(d.Events, e => e.Cameo == "112" && TestDocs.Keys(e.Source) == accuser && TestDocs.Keys(e.Target) == accused);
    }

    [Theory]
    [InlineData("Peru menyesalkan keputusan dari pemerintah Venezuela.", "id")]
    [InlineData("Peru kesal dengan keputusan dari pemerintah Venezuela.", "ms")]
    [InlineData("Peru issued a statement regretting the decision of the Venezuelan government.", "en")]
    public void Criticising_a_decision_of_X_targets_X(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "111");
        Assert.Equal("PER", TestDocs.Keys(e.Source));
        Assert.Equal("VEN", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Peru mengeluarkan pernyataan yang mengecam tindakan Kolombia.", "id")]
    [InlineData("Peru mengeluarkan kenyataan yang mengecam tindakan Kolombia.", "ms")]
    public void A_statement_that_condemns_speaks_for_its_issuer(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "111");
        Assert.Equal("PER", TestDocs.Keys(e.Source));
        Assert.Equal("COL", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_group_that_condemns_is_not_the_one_that_supports_it()
    {
        var d = Run("Peru mendukung kelompok yang mengecam Kolombia.", "id");
        Assert.DoesNotContain(d.Events, e => e.Cameo == "111" && TestDocs.Keys(e.Source) == "PER");
    }

    [Theory]
    [InlineData("Peru memperingatkan bahwa Kolombia tidak boleh salah menilai situasi.", "id")]
    [InlineData("Peru warned that Colombia must not misjudge the situation.", "en")]
    public void A_warning_about_what_an_actor_must_not_do_targets_it(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal("PER", TestDocs.Keys(e.Source));
        Assert.Equal("COL", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Peru menyerukan agar kekerasan di Ekuador segera diakhiri.", "id")]
    [InlineData("Peru menggesa supaya keganasan di Ekuador dihentikan.", "ms")]
    public void An_appeal_to_end_violence_in_a_country_targets_it(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal("PER", TestDocs.Keys(e.Source));
        Assert.Equal("ECU", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("\"Keputusan Kolombia tidak dapat diterima,\" kata Menteri Luar Negeri Peru.", "id")]
    [InlineData("\"Keputusan Kolombia tidak boleh diterima,\" kata Menteri Luar Negeri Peru.", "ms")]
    [InlineData("\"Colombia's decision is unacceptable,\" Peru's foreign minister said.", "en")]
    public void An_evaluative_predicate_in_someones_words_judges_the_subjects_actor(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "111");
        Assert.Equal("PER", TestDocs.Keys(e.Source));
        Assert.Equal("COL", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Situasi di perbatasan mengkhawatirkan.", "id")]
    [InlineData("Colombia's decision is unacceptable.", "en")]
    public void An_evaluative_predicate_without_a_speaker_or_actor_codes_nothing(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo == "111");

    [Theory]
    [InlineData("\"Israel harus berunding dengan Lebanon,\" kata Menteri Luar Negeri Malaysia.", "id")]
    [InlineData("Malaysia berkata Israel mesti berunding dengan Lubnan.", "ms")]
    public void What_others_must_do_in_someones_words_is_the_speakers_appeal(string text, string lang)
    {
        var d = Run(text, lang);
        var e = Assert.Single(d.Events);
        Assert.Equal("026", e.Cameo);
        Assert.Equal("MYS", TestDocs.Keys(e.Source));
        Assert.Contains(e.Target, a => a.Code == "ISR");
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Theory]
    [InlineData("Israel harus berunding dengan Lebanon.", "id")]
    [InlineData("Israel must negotiate with Lebanon.", "en")]
    public void An_act_that_must_be_done_is_no_fact(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Modality == Modality.Asserted);

    [Theory]
    [InlineData("Peru menyambut baik langkah yang diambil oleh Kolombia.", "id", "051", "COL")]
    [InlineData("Peru welcomed the steps taken by Colombia.", "en", "051", "COL")]
    [InlineData("Jepang menyatakan keprihatinan atas serangan oleh Rusia di Kyiv.", "id", "012", "RUS")]
    [InlineData("Japan expressed deep concern over the attack by Russia in Kyiv.", "en", "012", "RUS")]
    public void Praise_and_concern_aim_at_the_doer_of_the_act_they_speak_of(string text, string lang, string code, string target)
    {
        var d = Run(text, lang);
        var e = Assert.Single(d.Events, e => e.Cameo == code);
        Assert.Equal(target, TestDocs.Keys(e.Target));
        // The attack a concern speaks of is not the concerned actor's own.
        Assert.DoesNotContain(d.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && TestDocs.Keys(e.Source) == TestDocs.Keys(d.Events[0].Source));
    }
}

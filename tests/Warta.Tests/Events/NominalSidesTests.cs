using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>Events named by nouns with their sides ("talks between X and Y", "serangan oleh X"), in sentences written for these tests.</summary>
public sealed class NominalSidesTests
{
    [Theory]
    [InlineData("Pembicaraan darurat antara Filipina dan Vietnam digelar pada Senin.", "id", "040")]
    [InlineData("Rapat Komite Perbatasan antara Filipina dan Vietnam berlangsung di Hanoi.", "id", "040")]
    [InlineData("Perundingan antara Filipina dan Vietnam dimulai pekan lalu.", "id", "046")]
    [InlineData("Mesyuarat Jawatankuasa Sempadan antara Filipina dan Vietnam diadakan semalam.", "ms", "040")]
    [InlineData("Emergency talks between the Philippines and Vietnam collapsed on Monday.", "en", "040")]
    [InlineData("The negotiations between Chile and Peru resumed in Lima.", "en", "046")]
    public void A_meeting_noun_between_two_sides_is_mutual(string text, string lang, string code)
    {
        var e = Assert.Single(TestDocs.RunCountries(text, lang).Events);
        Assert.Equal(code, e.Cameo);
        Assert.Equal(2, e.Source.Count);
        Assert.Equal(TestDocs.Keys(e.Source.AsEnumerable().Reverse()), TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Malaysia memfasilitasi pertukaran tahanan antara Filipina dan Vietnam pada Senin.", "id")]
    [InlineData("Malaysia mediated a prisoner swap between the Philippines and Vietnam on Monday.", "en")]
    public void Mediating_between_two_sides_targets_both_and_the_exchange_is_mutual(string text, string lang)
    {
        var d = TestDocs.RunCountries(text, lang);
        var m = Assert.Single(d.Events, e => e.Cameo == "045");
        Assert.Equal("MYS", TestDocs.Keys(m.Source));
        Assert.Equal("PHL,VNM", TestDocs.Keys(m.Target));
        var x = Assert.Single(d.Events, e => e.Cameo == "0841");
        Assert.Equal("PHL,VNM", TestDocs.Keys(x.Source));
        Assert.Equal("VNM,PHL", TestDocs.Keys(x.Target));
    }

    [Fact]
    public void Facilitating_with_no_party_named_is_no_mediation() =>
        Assert.Empty(TestDocs.RunCountries("Malaysia memfasilitasi pemulangan para pekerja pada Senin.", "id").Events);

    [Theory]
    [InlineData("Pembicaraan itu digelar di Vietnam pada Senin.", "id")]
    [InlineData("Rapat antara pejabat Vietnam berlangsung tertutup.", "id")]
    [InlineData("The talks were held in Vietnam on Monday.", "en")]
    [InlineData("Relations between Chile and Peru remain tense.", "en")]
    public void A_meeting_noun_without_both_sides_is_no_event(string text, string lang) =>
        Assert.Empty(TestDocs.RunCountries(text, lang).Events);

    [Theory]
    [InlineData("Chile sent an envoy to Peru to study the attacks on its embassy.")]
    [InlineData("Chile said its attacks were over.")]
    [InlineData("Chile will study these attacks on its consulates in Peru.")]
    public void A_verb_form_after_a_determiner_is_a_noun_not_the_subjects_act(string text) =>
        // "the attacks", "its attacks", "these attacks": the subject of the clause did not attack anyone.
        Assert.DoesNotContain(TestDocs.RunCountries(text, "en").Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && TestDocs.Keys(e.Source) == "CHL");

    [Fact]
    public void An_attack_noun_with_an_agent_and_a_relative_clause_names_doer_and_target()
    {
        var d = TestDocs.RunCountries("Serangan udara oleh Tiongkok yang menyasar sebuah pangkalan di Filipina terjadi pada Senin.", "id");
        var e = Assert.Single(d.Events);
        Assert.Equal("195", e.Cameo);
        Assert.Equal("CHN", TestDocs.Keys(e.Source));
        Assert.Equal("PHL", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Unjuk rasa oleh warga Kamboja di Kedutaan Besar Thailand berlangsung ricuh.", "id")]
    [InlineData("Tunjuk perasaan oleh rakyat Kamboja di Kedutaan Besar Thailand berlangsung aman.", "ms")]
    public void A_protest_noun_with_an_agent_at_an_embassy_is_a_protest_against_its_country(string text, string lang) =>
        TestDocs.AssertCoded(TestDocs.RunCountries(text, lang), "141", "KHM", "THA", Modality.Asserted);

    [Theory]
    [InlineData("Hubungan kedua negara sangat baik dan Malaysia bersedia meningkatkan kerja sama ke tahap lebih tinggi.", "id")]
    [InlineData("Hubungan kedua negara amat baik dan Malaysia bersedia meningkatkan kerjasama ke tahap lebih tinggi.", "ms")]
    public void A_pledge_with_no_partner_named_is_to_the_other_of_both_countries(string text, string lang)
    {
        var doc = TestDocs.Build(text, lang, TestDocs.Countries, null, "2025-03-12");
        // "kedua negara" as the coreference stage leaves it: one mention per antecedent over the same span.
        int at = text.IndexOf("kedua negara", StringComparison.Ordinal);
        foreach (var code in new[] { "MYS", "VNM" })
            doc.Mentions.Add(new Mention { Start = at, End = at + "kedua negara".Length, Type = EntityType.GPE, Actor = TestDocs.Actor(code), Source = MentionSource.Coreference });
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var e = Assert.Single(TestDocs.Run(doc).Events);
        Assert.StartsWith("03", e.Cameo, StringComparison.Ordinal);
        Assert.Equal("MYS", TestDocs.Keys(e.Source));
        Assert.Equal("VNM", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Indonesia bakal membuat nota diplomatik berupa protes kepada Malaysia.", Modality.Intended)]
    [InlineData("Indonesia mengeluarkan nota protes kepada Malaysia.", Modality.Asserted)]
    public void A_protest_note_is_a_protest(string text, Modality modality) =>
        TestDocs.AssertCoded(TestDocs.RunCountries(text, "id"), "114", "IDN", "MYS", modality);
}

using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Event nouns whose doer follows "dari"/"from" ("kritik terhadap X datang dari Y"), meeting nouns whose partner follows
/// "dengan"/"with" ("setelah pertemuan dengan X"), and two sides joined by "antara X dengan Y"; sentences written for these tests.
/// </summary>
public sealed class NominalFromWithTests
{
    [Theory]
    [InlineData("Kritik terhadap Filipina juga datang dari Vietnam pada Senin.", "id")]
    [InlineData("Kecaman keras dari Vietnam terhadap Filipina muncul setelah insiden itu.", "id")]
    [InlineData("Kritikan terhadap Filipina turut datang daripada Vietnam semalam.", "ms")]
    [InlineData("Criticism of the Philippines also came from Vietnam on Monday.", "en")]
    public void A_reaction_noun_with_from_and_against_phrases_is_the_from_sides_criticism(string text, string lang) =>
        TestDocs.AssertCoded(TestDocs.RunCountries(text, lang), "111", "VNM", "PHL", Modality.Asserted);

    [Theory]
    [InlineData("Vietnam menanggapi kritik itu dengan tenang.", "id")]
    [InlineData("Kecaman dari Vietnam muncul pada Senin.", "id")]
    [InlineData("Criticism from Vietnam grew on Monday.", "en")]
    public void A_reaction_noun_without_both_sides_is_no_event(string text, string lang) =>
        Assert.DoesNotContain(TestDocs.RunCountries(text, lang).Events, e => e.Cameo == "111");

    [Theory]
    [InlineData("Menlu Vietnam mengumumkan rencana itu setelah pembicaraan pekan lalu dengan Presiden Filipina.", "id")]
    [InlineData("Vietnam menyatakan sikapnya setelah pertemuan dengan duta besar Filipina.", "id")]
    [InlineData("Vietnam announced the plan after talks last week with the Philippines.", "en")]
    [InlineData("Setelah pertemuan dengan Menlu Filipina, Vietnam mengumumkan rencana itu.", "id")]
    [InlineData("Vietnam mengatakan pertemuan dengan Filipina berlangsung hangat.", "id")]
    public void A_meeting_noun_with_a_partner_is_held_by_the_clause_subject(string text, string lang) =>
        Assert.Contains(TestDocs.RunCountries(text, lang).Events,
            e => e.Cameo == "040" && TestDocs.Keys(e.Source) == "VNM" && TestDocs.Keys(e.Target) == "PHL");

    [Theory]
    [InlineData("Pertemuan dengan duta besar Filipina berlangsung tertutup.", "id")]
    [InlineData("The meeting with the Philippines was closed.", "en")]
    [InlineData("Setelah pertemuan dengan Menlu Filipina, rencana itu diumumkan.", "id")]
    public void A_meeting_noun_with_no_host_named_is_no_event(string text, string lang) =>
        Assert.DoesNotContain(TestDocs.RunCountries(text, lang).Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));

    [Theory]
    [InlineData("Presiden menyaksikan penandatanganan tiga dokumen kerja sama antara Filipina dengan Vietnam.", "id", "057")]
    [InlineData("Pertempuran antara pasukan Filipina dan pasukan Vietnam menewaskan puluhan orang.", "id", "190")]
    public void A_noun_between_two_sides_joined_by_dengan_or_dan_is_mutual(string text, string lang, string code)
    {
        var e = Assert.Single(TestDocs.RunCountries(text, lang).Events, e => e.Cameo == code);
        Assert.Equal("PHL,VNM", TestDocs.Keys(e.Source));
        Assert.Equal("VNM,PHL", TestDocs.Keys(e.Target));
    }
}

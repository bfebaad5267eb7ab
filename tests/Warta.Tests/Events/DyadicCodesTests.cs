using Warta.Documents;
using Warta.Events;

namespace Warta.Tests.Events;

/// <summary>Acts toward another actor need that actor (data/ontology/cameo-dyadic.tsv), in sentences written for these tests.</summary>
public sealed class DyadicCodesTests
{
    [Theory]
    [InlineData("040", true)]
    [InlineData("057", true)]
    [InlineData("0711", true)]
    [InlineData("161", true)]
    [InlineData("173", true)]
    [InlineData("170", false)]
    [InlineData("010", true)]
    [InlineData("112", true)]
    [InlineData("190", true)]
    [InlineData("141", false)]
    [InlineData("1822", false)]
    [InlineData("195", false)]
    [InlineData("202", false)]
    [InlineData("128", false)]
    public void Relational_codes_need_a_target(string code, bool needs) =>
        Assert.Equal(needs, CameoOntology.Default.NeedsTarget(code));

    [Theory]
    [InlineData("Indonesia mengirimkan bantuan kemanusiaan kepada Filipina pada Senin.", "id")]
    [InlineData("Japan sent humanitarian aid to the Philippines on Monday.", "en")]
    public void Aid_with_a_recipient_is_coded(string text, string lang) =>
        Assert.Contains(TestDocs.RunCountries(text, lang).Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal) && e.Target.Count > 0);

    [Theory]
    [InlineData("Indonesia mengirimkan bantuan kemanusiaan pada Senin.", "id")]
    [InlineData("Japan sent humanitarian aid on Monday.", "en")]
    public void Aid_with_no_recipient_named_is_no_event(string text, string lang) =>
        Assert.DoesNotContain(TestDocs.RunCountries(text, lang).Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));

    [Theory]
    [InlineData("Pemerintah Malaysia mengecam keras aksi terorisme itu pada Selasa.", "ms")]
    [InlineData("The Thai foreign ministry condemned terrorism in all its forms on Tuesday.", "en")]
    public void Condemnation_of_nobody_in_particular_is_no_event(string text, string lang) =>
        Assert.DoesNotContain(TestDocs.RunCountries(text, lang).Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));

    [Theory]
    [InlineData("Ribuan warga Thailand berunjuk rasa di Bangkok pada Minggu.", "id")]
    public void Protest_with_no_addressee_is_still_an_event(string text, string lang) =>
        Assert.Contains(TestDocs.RunCountries(text, lang).Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
}

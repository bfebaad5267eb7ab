using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>Water cannon is violent repression (CAMEO 175), not armed force (19x); sentences written for these tests.</summary>
public sealed class WaterCannonTests
{
    [Theory]
    [InlineData("Kapal penjaga pantai Tiongkok menembakkan meriam air ke kapal nelayan Vietnam pada Kamis.", "id")]
    [InlineData("Kapal Tiongkok menggunakan meriam air terhadap perahu Vietnam pada Kamis.", "id")]
    [InlineData("Chinese coast guard ships fired water cannon at a Vietnam fishing boat on Thursday.", "en")]
    [InlineData("Kapal China menggunakan meriam air terhadap bot Vietnam pada Khamis.", "ms")]
    public void Water_cannon_is_repression_not_armed_attack(string text, string lang)
    {
        var doc = TestDocs.RunCountries(text, lang);
        TestDocs.AssertCoded(doc, "175", "CHN", "VNM", Modality.Asserted);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }
}

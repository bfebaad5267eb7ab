using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>Acts named and then said to be still under consideration, in sentences written for these tests.</summary>
public sealed class WeighedActTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, new("Kolombia", "COL"), new("Colombia", "COL")];

    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("Peru menyebut, menyatakan Duta Besar Kolombia sebagai persona non grata di Lima merupakan langkah yang harus dipertimbangkan secara serius.", "id")]
    [InlineData("Peru berkata, mengisytiharkan duta Kolombia sebagai persona non grata di Lima ialah langkah yang perlu dipertimbangkan.", "ms")]
    public void An_act_said_to_be_under_consideration_is_not_done(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void An_act_without_such_a_cue_stays_asserted()
    {
        var e = Assert.Single(Run("Peru menyatakan Duta Besar Kolombia sebagai persona non grata di Lima pada Senin.", "id").Events,
            e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
        Assert.Equal(Modality.Asserted, e.Modality);
    }
}

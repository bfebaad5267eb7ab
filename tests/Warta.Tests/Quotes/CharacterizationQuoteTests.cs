using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>"X menyebut Y sebagai …", "X menyifatkan …", "X described …": a characterization is reported speech.</summary>
public sealed class CharacterizationQuoteTests
{
    private static readonly N[] Names =
    [
        new("Budi", "IDNGOV", EntityType.PER), new("Jepang", "JPN"), new("Japan", "JPN"), new("Filipina", "PHL"), new("Philippines", "PHL"),
    ];

    [Theory]
    [InlineData("Budi menyebut Jepang sebagai mitra paling penting Indonesia.", "id", "mitra paling penting")]
    [InlineData("Budi menyifatkan hubungan dengan Jepang berada pada tahap terbaik.", "ms", "tahap terbaik")]
    [InlineData("Japan described the agreement as a turning point for the region.", "en", "a turning point")]
    public void A_characterization_is_an_indirect_quote_of_its_speaker(string text, string lang, string content)
    {
        var doc = TestDocs.Build(text, lang, Names);
        new QuoteAttributor().Process(doc);
        var q = Assert.Single(doc.Quotes);
        Assert.False(q.Direct);
        Assert.Contains(content, doc.Text[q.Start..q.End]);
        Assert.NotNull(q.Speaker?.Actor);
    }
}

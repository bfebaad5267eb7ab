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

public sealed class AppositiveSpeakerTests
{
    private static readonly N[] Names = [new("Jepang", "JPN"), new("Japan", "JPN"), new("ASEAN", "IGOSEAASN", EntityType.ORG), new("Filipina", "PHL")];

    [Theory]
    [InlineData("Japan, which chairs ASEAN this year, said its envoy would continue talks with all sides.", "en")]
    [InlineData("Jepang, yang memimpin ASEAN tahun ini, mengatakan utusannya akan melanjutkan pembicaraan.", "id")]
    public void The_head_of_a_relative_clause_is_the_speaker(string text, string lang)
    {
        var doc = TestDocs.Build(text, lang, Names);
        new QuoteAttributor().Process(doc);
        Assert.Equal("JPN", Assert.Single(doc.Quotes).Speaker?.Actor?.Key);
    }
}

using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>
/// Reported-speech cues added in round 13 (issue 5): a stated pretext "X berdalih, …" / "berdalih bahwa/bahawa" (id, ms)
/// and Malay "X dilapor berkata …" (reported as having said).
/// </summary>
public sealed class PretextAndReportedCueTests
{
    private static readonly N[] Names =
    [
        new("Rusia", "RUS"), new("Siti Rahmah", "MYSGOV", EntityType.PER), new("Malaysia", "MYS"),
    ];

    private static Document Run(string text, string lang) =>
        QuoteTestDocs.Attribute(text, lang, Names);

    private static Quote With(Document d, string content) => QuoteTestDocs.Containing(d, content);

    [Fact]
    public void Berdalih_with_a_comma_reports_the_clause_after_it()
    {
        var doc = Run("Rusia berdalih, pasukannya hanya menyerang gudang senjata di pinggir kota.", "id");
        var q = With(doc, "pasukannya hanya menyerang");
        Assert.Equal("RUS", q.Speaker?.Actor?.Key);
        Assert.False(q.Direct);
    }

    [Fact]
    public void Berdalih_bahawa_reports_the_clause_in_malay()
    {
        var doc = Run("Siti Rahmah berdalih bahawa keputusan itu dibuat demi keselamatan rakyat.", "ms");
        var q = With(doc, "keputusan itu dibuat");
        Assert.Equal("MYS", q.Speaker?.Actor?.Country);
    }

    [Fact]
    public void Dilapor_berkata_reports_the_clause_in_malay()
    {
        var doc = Run("Siti Rahmah dilapor berkata rundingan itu akan diteruskan bulan depan.", "ms");
        var q = With(doc, "rundingan itu akan diteruskan");
        Assert.StartsWith("rundingan", doc.Text[q.Start..q.End]);
        Assert.Equal("MYS", q.Speaker?.Actor?.Country);
    }

    [Fact]
    public void A_narrative_sentence_without_a_cue_gives_no_quote()
    {
        var doc = Run("Rusia menyerang gudang senjata di pinggir kota pada malam hari.", "id");
        Assert.Empty(doc.Quotes);
    }
}

using Warta.Documents;
using Warta.Input;

namespace Warta.Tests.Gazetteers;

public sealed class DatelinePlaceResolverTests
{
    private static Document Run(string text)
    {
        var engine = WartaEngine.CreateDefault();
        return engine.Process(new RawArticle { SourceName = "t.txt", Text = text, Published = "2024-06-21" });
    }

    [Fact]
    public void A_capital_dateline_gets_its_place()
    {
        var doc = Run("HANOI - Perdana Menteri Vietnam bertemu dengan delegasi dagang dari Jepang pada Kamis.");
        var dl = Assert.IsType<DatelineWithPlace>(doc.Metadata.Dateline);
        Assert.Equal("VNM", dl.Place.Country);
        Assert.NotNull(dl.Place.Lat);
    }

    [Fact]
    public void An_ambiguous_dateline_follows_the_article_country()
    {
        // Moscow, Russia, not Moscow, Idaho: the article is about Russia.
        var doc = Run("MOSCOW - Russia said on Thursday it would expand trade with India and China.");
        var dl = Assert.IsType<DatelineWithPlace>(doc.Metadata.Dateline);
        Assert.Equal("RUS", dl.Place.Country);
    }

    [Fact]
    public void An_article_without_a_dateline_keeps_none()
    {
        var doc = Run("Pemerintah mengumumkan kebijakan baru soal impor beras pada Senin.");
        Assert.Null(doc.Metadata.Dateline);
    }
}

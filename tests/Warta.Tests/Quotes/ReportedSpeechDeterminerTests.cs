using Warta.Input;

namespace Warta.Tests.Quotes;

public sealed class ReportedSpeechDeterminerTests
{
    [Theory]
    [InlineData("Joko Widodo visited Tokyo on Monday. Widodo said the visit would deepen trade ties.", "the visit would deepen trade ties")]
    [InlineData("Joko Widodo visited Tokyo on Monday. Widodo said a new agreement was close.", "a new agreement was close")]
    public void Reported_clause_may_open_with_a_determiner(string text, string expected)
    {
        var doc = WartaEngine.CreateDefault().Process(new RawArticle { SourceName = "t.txt", Text = text, Published = "2019-10-07", Language = "en" });
        Assert.Contains(doc.Quotes, q => doc.Text[q.Start..q.End] == expected && q.Speaker?.Actor?.Country == "IDN");
    }
}

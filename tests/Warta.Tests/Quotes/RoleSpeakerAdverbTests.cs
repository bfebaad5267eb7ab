using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>
/// Role speakers with a manner adverb before the cue ("the spokesperson firmly stated that …") and a trailing role cue
/// followed by a participle ("…, the spokesperson said, adding …").
/// </summary>
public sealed class RoleSpeakerAdverbTests
{
    private static readonly N[] Names = [new("Norway", "NOR"), new("Norwegian", "NOR"), new("Chile", "CHL")];

    private static Quote Covering(Document doc, string content) =>
        Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains(content, StringComparison.Ordinal));

    [Fact]
    public void A_manner_adverb_between_role_and_cue_keeps_the_role_speaker()
    {
        var doc = TestDocs.Build(
            "A Norwegian foreign ministry spokesperson said the talks with Chile had stalled. " +
            "The spokesperson firmly stated that Norway will answer any breach of its waters.", "en", Names);
        new QuoteAttributor().Process(doc);
        var q = Covering(doc, "will answer any breach");
        Assert.Equal("NOR", q.Speaker?.Actor?.Country);
        Assert.DoesNotContain("firmly", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_trailing_role_cue_followed_by_a_participle_speaks_the_clause_before_it()
    {
        var doc = TestDocs.Build(
            "A Norwegian foreign ministry spokesperson said the talks with Chile had stalled. " +
            "Everyone in the region knows the record of the fleet, the spokesperson said, adding that the facts cannot be hidden.", "en", Names);
        new QuoteAttributor().Process(doc);
        var q = Covering(doc, "knows the record of the fleet");
        Assert.Equal("NOR", q.Speaker?.Actor?.Country);
        Assert.DoesNotContain("spokesperson", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_qualified_spokesperson_skips_an_earlier_spokesperson_of_another_body()
    {
        // "NO" qualifies the role; the nearer spokesperson is Chile's, so the actor comes from the earlier body speaker.
        var doc = TestDocs.Build(
            "Norway rejected the claims, calling them baseless and reckless. Norwegian Office (NO) spokesperson stated this on Monday. " +
            "The remarks came after comments by the spokesperson of the Chile foreign ministry last week. " +
            "Everyone in the region knows the record of the Chilean fleet, NO spokesperson said, adding that the facts cannot be hidden.", "en",
            [.. Names, new("Chilean", "CHL")]);
        new QuoteAttributor().Process(doc);
        var q = Covering(doc, "knows the record of the");
        Assert.NotEqual("CHL", q.Speaker?.Actor?.Country);
    }
}

using Warta.Actors.Coreference;
using Warta.Documents;
using Warta.Tests.Time;

namespace Warta.Tests.Coreference;

/// <summary>A person named only inside a direct quote is not what a pronoun outside the quote means (round 8). Own sentences.</summary>
public sealed class QuotedNameAntecedentTests
{
    private static readonly ActorRef Minister = new("Ahmad Rahim", "MYSGOV", "MYS", "GOV", null);
    private static readonly ActorRef Activist = new("Peter Wong", "MYSCVL", "MYS", "CVL", null);

    [Fact]
    public void A_pronoun_after_a_quote_means_the_speaker_not_the_person_quoted_about()
    {
        var doc = TestDocuments.Make("Ahmad Rahim said the ministry had spoken to Wong.\n\"We will ask Wong for more details,\" he said.", language: "en");
        Add(doc, "Ahmad Rahim", Minister);
        Add(doc, "Wong", Activist);
        new CoreferenceResolver().Process(doc);
        var he = Assert.Single(doc.Mentions, m => m.Source == MentionSource.Coreference && doc.Text[m.Start..m.End] == "he");
        Assert.Equal("MYSGOV", he.Actor?.Code);
    }

    private static void Add(Document doc, string surface, ActorRef actor)
    {
        for (int at = doc.Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = doc.Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            doc.Mentions.Add(new Mention { Start = at, End = at + surface.Length, Type = EntityType.PER, Actor = actor, Source = MentionSource.KnowledgeBase });
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}

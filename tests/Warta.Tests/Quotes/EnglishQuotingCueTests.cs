using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>
/// English cues missed on real news (round 8): "the agency quoted X as saying", "was quoted as saying", "went on to
/// say", "…, stating that …", and "X told Bernama he would …" without "that". Own sentences.
/// </summary>
public sealed class EnglishQuotingCueTests
{
    private static readonly N[] Names =
    [
        new("Maria Lopez", "PHLGOV", EntityType.PER), new("Lopez", "PHLGOV", EntityType.PER),
        new("Ken Tanaka", "JPNGOV", EntityType.PER), new("Tanaka", "JPNGOV", EntityType.PER),
        new("Philippines", "PHL"), new("Japan", "JPN"), new("Vietnam", "VNM"), new("U.S.", "USA"),
        new("The ministry", "KORGOV", EntityType.ORG),
    ];

    private static Document Run(string text) =>
        QuoteTestDocs.Attribute(text, "en", Names);

    private static string? SpeakerOf(Document d, string content)
    {
        var q = d.Quotes.Where(q => d.Text[q.Start..q.End].Contains(content, StringComparison.Ordinal)).ToList();
        Assert.True(q.Count == 1, $"{q.Count} quotes hold '{content}': " + string.Join(" | ", d.Quotes.Select(x => d.Text[x.Start..x.End])));
        return q[0].Speaker?.Actor?.Key;
    }

    [Fact]
    public void A_source_quoting_a_speaker_before_the_clause() =>
        Assert.Equal("PHL", SpeakerOf(Run("The fishing fleet would return to the shoal next month, the agency quoted Foreign Secretary Maria Lopez as saying."),
            "fishing fleet would return"));

    [Fact]
    public void A_source_quoting_a_speaker_with_that() =>
        Assert.Equal("JPN", SpeakerOf(Run("The newspaper quoted Ken Tanaka as saying on Friday that the talks with Vietnam had stalled."),
            "talks with Vietnam had stalled"));

    [Fact]
    public void A_direct_quote_quoted_by_a_source() =>
        Assert.Equal("JPN", SpeakerOf(Run("\"We will not accept any change to the status quo by force,\" the broadcaster quoted Ken Tanaka as saying."),
            "status quo by force"));

    [Fact]
    public void Was_quoted_as_saying_after_a_direct_quote() =>
        Assert.Equal("PHL", SpeakerOf(Run("Maria Lopez spoke in Manila. \"Clearly some people are not happy with the Philippines at all,\" Lopez was quoted as saying by a daily."),
            "not happy with the Philippines"));

    [Fact]
    public void Went_on_to_say() =>
        Assert.Equal("KOR", SpeakerOf(Run("The ministry went on to say that the launches would only deepen the isolation of the regime."),
            "launches would only deepen"));

    [Fact]
    public void A_stating_participle() =>
        Assert.Equal("JPN", SpeakerOf(Run("Ken Tanaka criticized the drills, stating that they threaten the stability of the region."),
            "threaten the stability"));

    [Fact]
    public void Told_an_outlet_with_a_pronoun_clause() =>
        Assert.Equal("JPN", SpeakerOf(Run("Ken Tanaka told the agency he would fly to Hanoi on Monday with two aides."),
            "would fly to Hanoi"));

    [Fact]
    public void A_role_after_a_dotted_short_form_takes_its_country() =>
        Assert.Equal("USA", SpeakerOf(Run("Vietnam said it had seized two boats near the islands. A U.S. official said the two boats were never seized by anyone."),
            "boats were never seized"));

    [Fact]
    public void A_subject_set_off_by_a_parenthetical() =>
        Assert.Equal("KOR", SpeakerOf(Run("The ministry, in addition, said the government will strengthen its alliance with Japan."),
            "strengthen its alliance"));

    [Fact]
    public void Said_with_a_clause_after_a_comma_is_not_a_closing_speaker() =>
        Assert.DoesNotContain(Run("The ministry, in addition, said Vietnam will strengthen its alliance with Japan.").Quotes,
            q => q.Speaker?.Actor?.Key == "VNM");

    [Fact]
    public void Clarified_reports_speech() =>
        Assert.Equal("JPN", SpeakerOf(Run("Ken Tanaka clarified that the patrols near the islands would continue."), "patrols near the islands"));

    [Fact]
    public void Was_quoted_by_an_outlet_as_saying_that() =>
        Assert.Equal("JPN", SpeakerOf(Run("Ken Tanaka was quoted by the local media as saying that the patrols would continue."), "patrols would continue"));

    [Fact]
    public void Said_the_statement_after_a_clause() =>
        Assert.Equal("KOR", SpeakerOf(Run("The ministry said the launches violate every resolution. Its envoy has asked for an urgent meeting of the council, said the statement."),
            "urgent meeting of the council"));

    [Fact]
    public void Said_the_statement_as_a_subject_clause_stays_the_subjects_speech() =>
        Assert.Equal("JPN", SpeakerOf(Run("Ken Tanaka said the statement from Vietnam was not helpful at all."), "was not helpful"));
}

using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// English recall on unseen news (round 11): taking a matter up with another side (040), a speech verb's
/// complementizer keeping the speaker as the reported subject ("said that it …"), a turned-down request standing for
/// its requester, and fishing craft as ships for the ship descriptions. Sentences written for these tests.
/// </summary>
public sealed class EnglishRecallRound11Tests
{
    private static readonly TestDocs.Name[] Names =
    [
        .. TestDocs.Countries,
        new("Cambodian", "KHM", EntityType.NORP), new("Cambodia", "KHM"), new("Thai", "THA", EntityType.NORP),
    ];

    private static Document Run(string text) => TestDocs.Run(TestDocs.Build(text, "en", Names, null, "2025-03-12"));

    private static readonly Lazy<Warta.WartaEngine> Full = new(Warta.WartaEngine.CreateDefault);

    private static Document Engine(string text) =>
        Full.Value.Process(new Warta.Input.RawArticle { SourceName = "test", Language = "en", Text = "Border talks\n\n" + text });

    [Theory]
    [InlineData("Thailand raised the matter with Cambodia at the summit.", "THA", "KHM")]
    [InlineData("Japan has raised the issue with China several times.", "JPN", "CHN")]
    [InlineData("Canada took up the matter with Brazil last week.", "CAN", "BRA")]
    [InlineData("The Thai minister said he had discussed the issue with Cambodia.", "THA", "KHM")]
    public void Taking_a_matter_up_with_a_side_consults_it(string text, string source, string target)
    {
        var e = Assert.Single(Run(text).Events, x => x.Cameo == "040");
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Fact]
    public void Raising_a_matter_with_no_side_named_is_no_event() =>
        Assert.DoesNotContain(Run("Thailand raised the matter at the summit.").Events, x => x.Cameo == "040");

    [Theory]
    [InlineData("Thailand said that it had lodged a protest with Cambodia.")]
    [InlineData("Thailand said on Monday that it has lodged a protest with Cambodia.")]
    [InlineData("Thailand said Monday that it lodged a protest with Cambodia.")]
    public void A_speech_verbs_complementizer_keeps_the_speaker_as_subject(string text) =>
        TestDocs.AssertCoded(Run(text), "114", "THA", "KHM", Modality.Asserted);

    [Fact]
    public void A_complementizer_after_a_named_object_is_not_the_speakers_clause()
    {
        // "that" after a noun (not a speech verb) opens a relative: the verb's subject is not the sentence's subject.
        var doc = Run("Thailand rejected a report that warships lodged a protest with Cambodia.");
        Assert.DoesNotContain(doc.Events, x => x.Cameo == "114" && TestDocs.Keys(x.Source) == "THA");
    }

    [Theory]
    [InlineData("Thailand asked Cambodia to reopen the border crossing. Cambodia rejected the request on Monday.", "KHM", "THA")]
    [InlineData("Japan urged China to release the sailors. China turned down the demand.", "CHN", "JPN")]
    public void A_turned_down_request_stands_for_its_requester(string text, string source, string target)
    {
        var e = Assert.Single(Engine(text).Events, x => x.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal(source, e.Source[0].Country);
        Assert.Equal(target, e.Target[0].Country);
    }

    [Fact]
    public void A_decision_regretted_is_aimed_at_its_maker()
    {
        var doc = Engine("Canada expelled the Brazilian ambassador on Monday.\n\nBrazil deeply regrets this decision, a spokesman said.");
        var e = Assert.Single(doc.Events, x => x.Cameo == "111");
        Assert.Equal("BRA", e.Source[0].Country);
        Assert.Equal("CAN", e.Target[0].Country);
    }

    [Fact]
    public void A_trawler_named_before_is_the_target_of_an_attack_on_the_trawler()
    {
        var doc = Engine("Thai sailors boarded a Cambodian trawler near the island on Saturday.\n\n"
            + "Cambodia said the trawler was attacked by an armed Thai ship.");
        var e = Assert.Single(doc.Events, x => x.Cameo == "190");
        Assert.Equal("THA", e.Source[0].Country);
        Assert.Equal("KHM", e.Target[0].Country);
    }

    [Theory]
    [InlineData("Thailand called for the release of its fishermen from Cambodia.", "0253", "THA", "KHM")]
    [InlineData("Thailand asked for the release of its fishermen from Cambodia.", "0253", "THA", "KHM")]
    [InlineData("Japan requested the immediate release of the Japanese sailors held by China.", "0253", "JPN", "CHN")]
    [InlineData("Japan demanded the immediate release of the Japanese sailors held by China.", "1053", "JPN", "CHN")]
    public void A_release_appeal_is_aimed_at_the_captor(string text, string code, string source, string target) =>
        TestDocs.AssertCoded(Run(text), code, source, target, Modality.Asserted);

    [Fact]
    public void A_release_appeal_for_own_people_with_no_captor_stays_domestic() =>
        Assert.DoesNotContain(Run("Thailand called for the release of its fishermen.").Events, x => x.Cameo == "0253");

    [Fact]
    public void Warning_shots_at_a_side_are_a_show_of_force() =>
        TestDocs.AssertCoded(Run("The Philippines fired warning shots at Chinese boats near the reef."), "150", "PHL", "CHN", Modality.Asserted);

    [Fact]
    public void Warning_shots_at_no_one_named_are_no_event() =>
        Assert.DoesNotContain(Run("The Philippines fired warning shots into the air.").Events, x => x.Cameo == "150");
}

using Warta.Evaluation;
using static Warta.Tests.Evaluation.EvalFixtures;

namespace Warta.Tests.Evaluation;

public sealed class ArticleScorerTests
{
    // A small gold file written for these tests: AAA hosts BBB (core), AAA threatens BBB (optional),
    // a claimed transfer from BBB to CCC that AAA and BBB deny, and a statement with an optional target.
    private const string GoldJson = """
    {
      "article": "a1.txt", "language": "id", "published": "2024-03-05", "published_time": "09:15",
      "dateline": "Jakarta", "authors": ["Ani Wijaya"], "credits": [{"name": "Antara", "role": "photo"}],
      "cited_sources": ["Reuters"],
      "mentions": [ {"text": "Negeri A", "key": "AAA"}, {"text": "PBB", "key": "IGOUNO"}, {"text": "Kota B", "key": "BBB"} ],
      "quotes": [
        {"contains": "kami siap berunding", "speaker": ["AAA"], "direct": true},
        {"contains": "tidak ada pengiriman", "speaker": ["BBB", "AAA"], "direct": false}
      ],
      "events": [
        {"source": ["AAA"], "target": ["BBB"], "cameo": "042", "cameo_alt": ["036"], "modality": "asserted",
         "date": "2024-03-04", "date_alt": ["2024-03-03"], "claimed_by": [], "denied_by": [], "core": true},
        {"source": ["AAA"], "target": ["BBB"], "cameo": "138", "cameo_alt": [], "modality": "possible",
         "date": null, "date_alt": [], "claimed_by": [], "denied_by": [], "core": false},
        {"source": ["BBB"], "target": ["CCC"], "cameo": "072", "cameo_alt": ["062"], "modality": "asserted",
         "date": null, "date_alt": [], "claimed_by": ["DDD"], "denied_by": ["AAA", "BBB"], "core": true},
        {"source": ["IGOUNO"], "target": ["EEE"], "target_optional": true, "cameo": "010", "cameo_alt": [],
         "modality": "asserted", "date": null, "date_alt": [], "claimed_by": [], "denied_by": [], "core": true},
        {"source": ["FFF"], "target": [], "cameo": "051", "cameo_alt": [], "modality": "asserted",
         "date": null, "date_alt": [], "claimed_by": [], "denied_by": [], "core": true}
      ],
      "forbidden": [
        {"source": ["BBB"], "target": ["CCC"], "cameo_root": "07", "unless": ["claimed", "hypothetical"], "why": "only alleged"},
        {"source": ["AAA"], "target": ["BBB"], "cameo_root": "19", "unless": "negated", "why": "AAA says it will not fight"}
      ]
    }
    """;

    private static ArticleScore ScoreEvents(params string[] events) =>
        ArticleScorer.Score(Gold(GoldJson), Parse(Record("a1.txt", events)));

    [Fact]
    public void Gold_file_is_read_with_defaults_and_string_or_list_unless()
    {
        var g = Gold(GoldJson);
        Assert.Equal("a1.txt", g.Article);
        Assert.Equal(5, g.Events.Count);
        Assert.True(g.Events[3].TargetOptional);
        Assert.False(g.Events[0].TargetOptional);
        Assert.Equal(["claimed", "hypothetical"], g.Forbidden[0].Unless);
        Assert.Equal(["negated"], g.Forbidden[1].Unless);
        Assert.Equal("09:15", g.PublishedTime);
    }

    [Fact]
    public void Root_must_equal_the_gold_root_or_an_alternative_root()
    {
        Assert.Equal(1, ScoreEvents(Event(["AAA"], ["BBB"], "043")).CoreMatched);   // root 04 = gold 042
        Assert.Equal(1, ScoreEvents(Event(["AAA"], ["BBB"], "0311")).CoreMatched);  // root 03 = alternative 036
        var wrong = ScoreEvents(Event(["AAA"], ["BBB"], "051"));                     // root 05: neither
        Assert.Equal(0, wrong.CoreMatched);
        Assert.Equal(0, wrong.ProducedMatched);
    }

    [Fact]
    public void Source_sets_must_share_a_key()
    {
        Assert.Equal(1, ScoreEvents(Event(["ZZZ", "AAA"], ["BBB"], "042")).CoreMatched);
        Assert.Equal(0, ScoreEvents(Event(["ZZZ"], ["BBB"], "042")).CoreMatched);
    }

    [Fact]
    public void Target_sets_must_share_a_key_or_both_be_empty_or_the_gold_target_be_optional()
    {
        Assert.Equal(1, ScoreEvents(Event(["AAA"], ["BBB", "QQQ"], "042")).CoreMatched);
        Assert.Equal(0, ScoreEvents(Event(["AAA"], ["QQQ"], "042")).CoreMatched);
        Assert.Equal(0, ScoreEvents(Event(["AAA"], [], "042")).CoreMatched);        // gold has a target, not optional
        Assert.Equal(1, ScoreEvents(Event(["FFF"], [], "051")).CoreMatched);        // both empty
        Assert.Equal(0, ScoreEvents(Event(["FFF"], ["AAA"], "051")).CoreMatched);   // gold empty, produced not
        Assert.Equal(1, ScoreEvents(Event(["IGOUNO"], ["QQQ"], "010")).CoreMatched); // optional: any target
        Assert.Equal(1, ScoreEvents(Event(["IGOUNO"], [], "010")).CoreMatched);      // optional: or none
    }

    [Fact]
    public void Actor_key_is_the_country_when_present_else_the_code()
    {
        // An actor with country AAA but a code of a different country still keys as AAA.
        const string odd = """{"name":"x","code":"ZZZGOV","country":"AAA","sector":"GOV","id":null}""";
        var rec = Parse(Record("a1.txt", [Event(["BBB"], ["BBB"], "042").Replace("\"source\":" + ActorList("BBB"), "\"source\":[" + odd + "]")]));
        Assert.Equal(["AAA"], rec.Events[0].Source);
        // IGOUNO has no country, so its code is the key.
        Assert.Equal(["IGOUNO"], Parse(Record("a1.txt", [Event(["IGOUNO"], [], "010")])).Events[0].Source);
    }

    [Fact]
    public void Precision_counts_optional_matches_and_recall_only_core_events()
    {
        var s = ScoreEvents(
            Event(["AAA"], ["BBB"], "138", "possible"),    // matches the optional threat only
            Event(["AAA"], ["BBB"], "042"),                // core
            Event(["QQQ"], ["RRR"], "190"));               // nothing
        Assert.Equal(3, s.Produced);
        Assert.Equal(2, s.ProducedMatched);
        Assert.Equal(4, s.CoreGold);
        Assert.Equal(1, s.CoreMatched);
        Assert.Single(s.Unmatched);
        Assert.Equal("190", s.Unmatched[0].Cameo);
        var report = new EvalReport();
        report.Articles.Add(s);
        Assert.Equal(2.0 / 3, report.Precision.Value!.Value, 6);
        Assert.Equal(0.25, report.CoreRecall.Value!.Value, 6);
        double p = 2.0 / 3, r = 0.25;
        Assert.Equal(2 * p * r / (p + r), report.F1!.Value, 6);
    }

    [Fact]
    public void Forbidden_rule_hits_an_unqualified_event_and_reports_why()
    {
        var s = ScoreEvents(Event(["BBB"], ["CCC"], "071"));
        var hit = Assert.Single(s.ForbiddenHits);
        Assert.Equal("only alleged", hit.Rule.Why);
        // Still a match for precision: the gold event is matched regardless of claim attribution.
        Assert.Equal(1, s.ProducedMatched);
    }

    [Fact]
    public void Forbidden_rule_spares_claimed_denied_negated_and_hypothetical_events_when_allowed()
    {
        Assert.Empty(ScoreEvents(Event(["BBB"], ["CCC"], "071", claimedBy: ["DDD"])).ForbiddenHits);
        Assert.Empty(ScoreEvents(Event(["BBB"], ["CCC"], "071", deniedBy: ["AAA"])).ForbiddenHits);
        Assert.Empty(ScoreEvents(Event(["BBB"], ["CCC"], "071", "possible")).ForbiddenHits);
        Assert.Empty(ScoreEvents(Event(["BBB"], ["CCC"], "071", "intended")).ForbiddenHits);
        Assert.Empty(ScoreEvents(Event(["BBB"], ["CCC"], "071", "hypothetical")).ForbiddenHits);
        // "negated" is not among this rule's exemptions.
        Assert.Single(ScoreEvents(Event(["BBB"], ["CCC"], "071", "negated")).ForbiddenHits);
        // The second rule's unless is a bare string.
        Assert.Empty(ScoreEvents(Event(["AAA"], ["BBB"], "190", "negated")).ForbiddenHits);
        Assert.Single(ScoreEvents(Event(["AAA"], ["BBB"], "190", "hypothetical")).ForbiddenHits);
        Assert.Single(ScoreEvents(Event(["AAA"], ["BBB"], "195", claimedBy: ["DDD"])).ForbiddenHits);
    }

    [Fact]
    public void Forbidden_rule_needs_root_source_and_target_to_agree()
    {
        Assert.Empty(ScoreEvents(Event(["BBB"], ["CCC"], "061")).ForbiddenHits);   // other root
        Assert.Empty(ScoreEvents(Event(["CCC"], ["BBB"], "071")).ForbiddenHits);   // reversed
        Assert.Empty(ScoreEvents(Event(["BBB"], ["QQQ"], "071")).ForbiddenHits);   // other target
    }

    [Fact]
    public void Dates_match_the_gold_date_or_an_alternative()
    {
        Assert.Equal(1, ScoreEvents(Event(["AAA"], ["BBB"], "042", date: "2024-03-04")).DateOk);
        Assert.Equal(1, ScoreEvents(Event(["AAA"], ["BBB"], "042", date: "2024-03-03")).DateOk);
        var wrong = ScoreEvents(Event(["AAA"], ["BBB"], "042", date: "2024-03-05"));
        Assert.Equal(0, wrong.DateOk);
        Assert.Equal(1, wrong.DateTotal);
        Assert.Equal(0, ScoreEvents(Event(["AAA"], ["BBB"], "042")).DateOk);   // gold has a date, produced none
    }

    [Fact]
    public void A_null_gold_date_matches_no_date_or_the_publication_day()
    {
        Assert.Equal(1, ScoreEvents(Event(["FFF"], [], "051")).DateOk);
        Assert.Equal(1, ScoreEvents(Event(["FFF"], [], "051", date: "2024-03-05")).DateOk);
        Assert.Equal(0, ScoreEvents(Event(["FFF"], [], "051", date: "2024-03-01")).DateOk);
    }

    [Fact]
    public void Modality_and_claims_are_scored_on_matched_pairs()
    {
        var s = ScoreEvents(
            Event(["AAA"], ["BBB"], "138", "asserted"),                                  // gold: possible
            Event(["BBB"], ["CCC"], "072", claimedBy: ["DDD"], deniedBy: ["BBB", "AAA"]), // all right
            Event(["AAA"], ["BBB"], "042"));
        Assert.Equal(3, s.ModalityTotal);
        Assert.Equal(2, s.ModalityOk);
        Assert.Equal(3, s.ClaimTotal);
        Assert.Equal(3, s.ClaimOk);
        var wrongClaim = ScoreEvents(Event(["BBB"], ["CCC"], "072", claimedBy: ["DDD"], deniedBy: ["AAA"]));
        Assert.Equal(0, wrongClaim.ClaimOk);
        Assert.Equal(1, wrongClaim.ClaimTotal);
        var pair = wrongClaim.Events.Single(e => e.Produced is not null);
        Assert.False(pair.ClaimOk);
    }

    [Fact]
    public void Pairing_prefers_an_unused_event_then_the_exact_code()
    {
        // Two produced hosting events: the exact code 042 pairs with the gold 042 event.
        var s = ScoreEvents(Event(["AAA"], ["BBB"], "043", date: "2024-01-01"), Event(["AAA"], ["BBB"], "042", date: "2024-03-04"));
        Assert.Equal(1, s.DateOk);
    }

    private static string Quote(string text, string? speaker, bool direct)
    {
        string sp = speaker is null ? "null" : "{\"name\":\"s\",\"actor\":" + Actor(speaker) + ",\"mention\":{\"start\":0,\"end\":1}}";
        return "{\"start\":0,\"end\":1,\"text\":\"" + text + "\",\"direct\":" + (direct ? "true" : "false") +
               ",\"speaker\":" + sp + ",\"cue\":\"kata\",\"via\":[]}";
    }

    [Fact]
    public void Quotes_are_found_by_containment_ignoring_case_and_quote_marks_with_a_gold_speaker()
    {
        var g = Gold(GoldJson);
        var ok = ArticleScorer.Score(g, Parse(Record("a1.txt", quotes: "[" +
            Quote("“Kami SIAP  berunding,” katanya", "AAA", true) + "," +
            Quote("Ia berkata tidak ada \\\"pengiriman\\\" senjata", "AAA", true) + "]")));
        Assert.Equal(2, ok.QuotesFound);
        Assert.Equal(2, ok.DirectTotal);
        Assert.Equal(1, ok.DirectOk);   // the second is reported speech in gold

        var wrongSpeaker = ArticleScorer.Score(g, Parse(Record("a1.txt", quotes: "[" + Quote("kami siap berunding", "CCC", true) + "]")));
        Assert.Equal(0, wrongSpeaker.QuotesFound);
        var noSpeaker = ArticleScorer.Score(g, Parse(Record("a1.txt", quotes: "[" + Quote("kami siap berunding", null, true) + "]")));
        Assert.Equal(0, noSpeaker.QuotesFound);
        var partial = ArticleScorer.Score(g, Parse(Record("a1.txt", quotes: "[" + Quote("kami siap", "AAA", true) + "]")));
        Assert.Equal(0, partial.QuotesFound);
    }

    [Fact]
    public void Mentions_are_found_by_text_and_actor_key_or_place_country()
    {
        const string mentions = """
        [ {"start":0,"end":8,"text":"negeri a","type":"GPE","actor":{"name":"A","code":"AAA","country":"AAA","sector":null,"id":null},"place":null},
          {"start":9,"end":12,"text":"PBB","type":"ORG","actor":{"name":"UN","code":"IGOUNO","country":null,"sector":null,"id":null},"place":null},
          {"start":13,"end":19,"text":"Kota B","type":"LOC","actor":null,"place":{"name":"Kota B","country":"CCC","kind":"city","geonames":null,"lat":null,"lon":null}} ]
        """;
        var s = ArticleScorer.Score(Gold(GoldJson), Parse(Record("a1.txt", mentions: mentions)));
        Assert.Equal(3, s.MentionsGold);
        Assert.Equal(2, s.MentionsFound);
        var miss = Assert.Single(s.MentionMisses);
        Assert.Equal("Kota B", miss.Text);   // linked to the wrong country

        var placed = ArticleScorer.Score(Gold(GoldJson), Parse(Record("a1.txt", mentions: mentions.Replace("\"country\":\"CCC\"", "\"country\":\"BBB\""))));
        Assert.Equal(3, placed.MentionsFound);
    }

    [Theory]
    [InlineData("penjaga pantai China", "China", true)]
    [InlineData("China", "china", true)]
    [InlineData("Chinatown", "China", false)]
    [InlineData("Korea Utara", "Korea", true)]
    [InlineData("Kor", "Korea", false)]
    public void A_gold_name_may_be_a_whole_word_part_of_a_mention(string mention, string name, bool expected) =>
        Assert.Equal(expected, ArticleScorer.NameOccurs(mention, name));

    [Fact]
    public void A_resolved_dateline_counts_as_an_occurrence_of_its_place()
    {
        const string mentions = """
        [ {"start":0,"end":8,"text":"negeri a","type":"GPE","actor":{"name":"A","code":"AAA","country":"AAA","sector":null,"id":null},"place":null},
          {"start":9,"end":12,"text":"PBB","type":"ORG","actor":{"name":"UN","code":"IGOUNO","country":null,"sector":null,"id":null},"place":null} ]
        """;
        string record = Record("a1.txt", mentions: mentions, dateline: "Kota B");
        Assert.Equal(2, ArticleScorer.Score(Gold(GoldJson), Parse(record)).MentionsFound);
        string placed = record.Replace("""{"text":"Kota B","place":null}""",
            """{"text":"Kota B","place":{"name":"Kota B","country":"BBB","kind":"city","geonames":null,"lat":null,"lon":null}}""");
        Assert.Equal(3, ArticleScorer.Score(Gold(GoldJson), Parse(placed)).MentionsFound);
    }

    [Fact]
    public void Metadata_fields_are_each_one_item()
    {
        var all = ArticleScorer.Score(Gold(GoldJson), Parse(Record("a1.txt", published: "2024-03-05T09:15:00+07:00",
            dateline: "JAKARTA", authors: "[\"Ani Wijaya\"]", credits: "[{\"name\":\"Antara\",\"role\":\"photo\"}]",
            cited: "[{\"name\":\"Reuters\",\"actor\":null}]")));
        Assert.Equal(7, all.Metadata.Count);
        Assert.Equal(7, all.MetadataOk);

        var some = ArticleScorer.Score(Gold(GoldJson), Parse(Record("a1.txt", language: "ms", published: "2024-03-05",
            credits: "[{\"name\":\"Antara\",\"role\":\"wire\"}]")));
        var wrong = some.Metadata.Where(m => !m.Ok).Select(m => m.Name).ToHashSet();
        Assert.Equal(new[] { "language", "published_time", "dateline", "authors", "credits", "cited_sources" }.Order(), wrong.Order());
        Assert.Equal(1, some.MetadataOk);   // the day is right
    }

    [Theory]
    [InlineData("Aljazeera", "Al Jazeera")]
    [InlineData("Associated Press", "AP")]
    [InlineData("  Reuters ", "REUTERS")]
    [InlineData("Unknown Daily", "Unknown Daily")]
    public void Cited_source_names_compare_through_canonical_names(string gold, string predicted) =>
        Assert.Equal(ArticleScorer.CanonicalSource(gold), ArticleScorer.CanonicalSource(predicted));

    [Fact]
    public void Different_outlets_stay_different() =>
        Assert.NotEqual(ArticleScorer.CanonicalSource("IRNA"), ArticleScorer.CanonicalSource("Tasnim"));
}

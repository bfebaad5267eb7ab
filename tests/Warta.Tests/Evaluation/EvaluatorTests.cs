using Warta.Cli.Commands;
using Warta.Evaluation;
using static Warta.Tests.Evaluation.EvalFixtures;

namespace Warta.Tests.Evaluation;

public sealed class EvaluatorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string GoldFor(string article, string cameo, string source = "AAA", string target = "BBB") => $$"""
    { "article": "{{article}}", "language": "id",
      "events": [ {"source": ["{{source}}"], "target": ["{{target}}"], "cameo": "{{cameo}}", "core": true,
                   "date": null, "modality": "asserted", "claimed_by": [], "denied_by": []} ],
      "forbidden": [ {"source": ["AAA"], "target": ["BBB"], "cameo_root": "19", "unless": "negated", "why": "they only talked"} ] }
    """;

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Gold_pairs_with_the_record_whose_input_file_name_equals_the_article()
    {
        var gold = new[] { Gold(GoldFor("b.txt", "042")), Gold(GoldFor("a.txt", "051")) };
        var recs = new[]
        {
            Parse(Record("/in/dir/a.txt", [Event(["AAA"], ["BBB"], "051")])),
            Parse(Record("/in/dir/b.txt", [Event(["AAA"], ["BBB"], "042")])),
        };
        var r = Evaluator.Evaluate(gold, recs);
        Assert.All(r.Articles, a => Assert.Equal(1, a.CoreMatched));
        Assert.Equal("/in/dir/b.txt", r.Articles[0].Input);
        Assert.Empty(r.UnpairedRecords);
    }

    [Fact]
    public void Json_lines_inputs_pair_by_path_and_line()
    {
        var gold = new[] { Gold(GoldFor("feed.jsonl:2", "042")), Gold(GoldFor("feed.jsonl:1", "051")) };
        var recs = new[]
        {
            Parse(Record("data/feed.jsonl:1", [Event(["AAA"], ["BBB"], "051")])),
            Parse(Record("data/feed.jsonl:2", [Event(["AAA"], ["BBB"], "042")])),
        };
        var r = Evaluator.Evaluate(gold, recs);
        Assert.Equal(2, r.CoreRecall.Num);
    }

    [Fact]
    public void A_gold_article_with_a_folder_pairs_by_path_suffix()
    {
        Assert.True(Evaluator.NamesInput(Parse(Record("/data/seed/a.txt")), "seed/a.txt"));
        Assert.False(Evaluator.NamesInput(Parse(Record("/data/other/a.txt")), "seed/a.txt"));
        Assert.False(Evaluator.NamesInput(Parse(Record("/data/seed/b.txt")), "a.txt"));
    }

    [Fact]
    public void One_gold_and_one_record_pair_whatever_their_names()
    {
        var r = Evaluator.Evaluate([Gold(GoldFor("x.txt", "042"))], [Parse(Record("other.html", [Event(["AAA"], ["BBB"], "042")]))]);
        Assert.True(r.Articles[0].HasRecord);
        Assert.Equal(1, r.CoreRecall.Num);
    }

    [Fact]
    public void A_gold_file_without_a_record_scores_as_empty_and_extra_records_are_listed()
    {
        var gold = new[] { Gold(GoldFor("a.txt", "042")), Gold(GoldFor("b.txt", "042")) };
        var recs = new[] { Parse(Record("a.txt", [Event(["AAA"], ["BBB"], "042")])), Parse(Record("c.txt")) };
        var r = Evaluator.Evaluate(gold, recs);
        Assert.False(r.Articles[1].HasRecord);
        Assert.Equal(new Ratio(1, 2), r.CoreRecall);
        Assert.Equal(["c.txt"], r.UnpairedRecords);
    }

    [Fact]
    public void Scores_are_micro_averaged_over_articles()
    {
        // Article a: 1 of 1 produced matches; article b: 1 of 3. Micro precision is 2/4, not the mean 0.667.
        var gold = new[] { Gold(GoldFor("a.txt", "042")), Gold(GoldFor("b.txt", "042")) };
        var recs = new[]
        {
            Parse(Record("a.txt", [Event(["AAA"], ["BBB"], "042")])),
            Parse(Record("b.txt", [Event(["AAA"], ["BBB"], "042"), Event(["QQQ"], ["BBB"], "042"), Event(["AAA"], ["BBB"], "150")])),
        };
        var r = Evaluator.Evaluate(gold, recs);
        Assert.Equal(new Ratio(2, 4), r.Precision);
        Assert.Equal(0.5, r.Precision.Value);
    }

    [Fact]
    public void Prediction_files_may_be_json_lines_an_array_or_indented_records()
    {
        string a = Record("a.txt"), b = Record("b.txt");
        Assert.Equal(2, PredictedArticle.ReadAll(System.Text.Encoding.UTF8.GetBytes(Jsonl(a, b))).Count);
        Assert.Equal(2, PredictedArticle.ReadAll(System.Text.Encoding.UTF8.GetBytes("[" + a + "," + b + "]")).Count);
        Assert.Equal(2, PredictedArticle.ReadAll(System.Text.Encoding.UTF8.GetBytes(a + "\n" + b)).Count);
    }

    [Fact]
    public void Cli_prints_a_summary_and_verbose_details_and_exits_zero_even_when_scores_are_low()
    {
        Write("gold/a.json", GoldFor("a.txt", "042"));
        Write("gold/b.json", GoldFor("b.txt", "042"));
        string pred = Write("pred.jsonl", Jsonl(
            Record("in/a.txt", [Event(["AAA"], ["BBB"], "190")]),
            Record("in/b.txt", [Event(["AAA"], ["BBB"], "042")])));
        var o = new StringWriter();
        var e = new StringWriter();
        int rc = EvalCommand.Run(Path.Combine(_dir, "gold"), pred, verbose: true, o, e);
        Assert.Equal(0, rc);
        string text = o.ToString();
        Assert.Contains("event precision           0.500 (1/2)", text);
        Assert.Contains("event core recall         0.500 (1/2)", text);
        Assert.Contains("MISSED   AAA -> BBB 042", text);
        Assert.Contains("UNMATCHED", text);
        Assert.Contains("FORBIDDEN", text);
        Assert.Contains("they only talked", text);
    }

    [Fact]
    public void Cli_exits_three_on_unreadable_or_invalid_files()
    {
        string gold = Write("g.json", GoldFor("a.txt", "042"));
        string pred = Write("p.jsonl", Jsonl(Record("a.txt")));
        var e = new StringWriter();
        Assert.Equal(3, EvalCommand.Run(Path.Combine(_dir, "missing.json"), pred, false, new StringWriter(), e));
        Assert.Equal(3, EvalCommand.Run(gold, Path.Combine(_dir, "missing.jsonl"), false, new StringWriter(), e));
        Assert.Equal(3, EvalCommand.Run(Write("bad.json", "{ not json"), pred, false, new StringWriter(), e));
        Assert.Equal(3, EvalCommand.Run(gold, Write("bad.jsonl", "{\"input\": 1,"), false, new StringWriter(), e));
        Assert.Equal(0, EvalCommand.Run(gold, pred, false, new StringWriter(), e));
    }

    [Fact]
    public void Seed_gold_file_parses()
    {
        string shared = SharedDir.Root();
        var g = Evaluator.LoadGold(Path.Combine(shared, "acceptance", "seed", "expected.json"));
        var seed = Assert.Single(g);
        Assert.Equal(7, seed.Events.Count(e => e.Core));
        Assert.Equal(4, seed.Forbidden.Count);
        Assert.Equal(["negated"], seed.Forbidden[2].Unless);
    }
}

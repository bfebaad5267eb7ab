using System.Text;
using Warta.Evaluation;
using Warta.Input;
using Warta.Output;
using Xunit.Abstractions;

namespace Warta.Tests.Events;

/// <summary>
/// The default engine over samples/articles.jsonl (12 short id/en/ms items), scored with the Warta.Evaluation API
/// against gold in data/gold-samples/ written by a second coder before seeing the engine's output. When the gold
/// was written the engine reached precision 16/25, core recall 18/35, 2 forbidden hits, quotes 12/19; a later
/// round of general lexicon and argument work (measured, not special-cased, on these files, so they are no longer
/// fully held out) reached precision 28/28, core recall 29/35, 0 forbidden, quotes 16/19, mentions 60/60,
/// dates 0.83; splitting English possessives ("Putin's") then found 3 more core events (32/35), most of them
/// undated, so date accuracy over the larger matched set is 0.73. The floors sit a little below that, so a regression fails while small gains pass.
/// </summary>
public sealed class SampleGoldTests(ITestOutputHelper output)
{
    private static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("Warta.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static EvalReport Run()
    {
        string root = RepoRoot;
        var engine = WartaEngine.CreateDefault();
        var jsonl = new StringBuilder();
        int items = 0;
        foreach (var item in InputReader.ReadFile(Path.Combine(root, "samples", "articles.jsonl")))
        {
            Assert.Null(item.Error);
            jsonl.Append(ArticleRecordWriter.ToJson(engine.Process(item.Article!))).Append('\n');
            items++;
        }
        Assert.Equal(12, items);
        var records = PredictedArticle.ReadAll(Encoding.UTF8.GetBytes(jsonl.ToString()));
        var gold = Evaluator.LoadGold(Path.Combine(root, "tests", "Warta.Tests", "data", "gold-samples"));
        Assert.Equal(12, gold.Count);
        return Evaluator.Evaluate(gold, records);
    }

    [Fact]
    public void Held_out_samples_stay_above_their_floors()
    {
        var r = Run();
        output.WriteLine(r.FormatSummary());
        output.WriteLine(r.FormatDetails());
        Assert.Empty(r.UnpairedRecords);
        Assert.All(r.Articles, a => Assert.True(a.HasRecord, $"{a.Article} has no record"));

        Assert.True(r.CoreRecall.Num >= 27, $"core recall {r.CoreRecall}");
        Assert.True(r.Precision.Value >= 0.85, $"precision {r.Precision}");
        Assert.True(r.ForbiddenHits <= 1, $"forbidden hits {r.ForbiddenHits}");
        Assert.True(r.QuoteRecall.Num >= 15, $"quote recall {r.QuoteRecall}");
        Assert.True(r.MentionRecall.Num >= 57, $"mention recall {r.MentionRecall}");
        Assert.True(r.MetadataAccuracy.Num >= 69, $"metadata {r.MetadataAccuracy}");
        Assert.True(r.ModalityAccuracy.Value >= 0.8, $"modality {r.ModalityAccuracy}");
        Assert.True(r.DateAccuracy.Value >= 0.7, $"dates {r.DateAccuracy}");
    }

    [Fact]
    public void Sample_gold_files_are_well_formed()
    {
        var gold = Evaluator.LoadGold(Path.Combine(RepoRoot, "tests", "Warta.Tests", "data", "gold-samples"));
        Assert.Equal(12, gold.Count);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"articles.jsonl:{i}"), gold.Select(g => g.Article));
        foreach (var g in gold)
        {
            Assert.NotEmpty(g.Events);
            Assert.Contains(g.Events, e => e.Core);
            Assert.All(g.Events, e => Assert.NotEmpty(e.Source));
        }
    }
}

using Warta.Documents;
using Warta.Input;
using Xunit.Abstractions;

namespace Warta.Tests.Events;

/// <summary>
/// The whole default engine (tokens, mentions, coreference, times, quotes, events) on the seed article and the
/// eight development articles, scored against their gold files. The floors are what the engine measured when
/// the quote and event stages landed (seed: 7/7 core, 7/7 quotes; articles: 24/24 core, 23/24 quotes), less a margin.
/// </summary>
public sealed class EngineGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<WartaEngine> Engine = new(WartaEngine.CreateDefault);

    private static Document Process(string path)
    {
        var item = Assert.Single(InputReader.ReadFile(path));
        Assert.Null(item.Error);
        return Engine.Value.Process(item.Article!);
    }

    [Fact]
    public void Seed_article_through_the_default_engine()
    {
        var doc = Process(Path.Combine(SharedData.Root, "acceptance", "seed", "000_35e225720d3e7703.txt"));
        var r = GoldCheck.Report([GoldCheck.Score(GoldCheck.Load(Path.Combine(SharedData.Root, "acceptance", "seed", "expected.json")), doc)]);
        output.WriteLine(GoldCheck.Describe(r));
        Assert.Equal(r.CoreRecall.Den, r.CoreRecall.Num);
        Assert.Equal(0, r.ForbiddenHits);
        Assert.True(r.QuoteRecall.Num >= 6, $"quotes {r.QuoteRecall}");
        Assert.True(r.DateAccuracy.Value >= 0.8 && r.ModalityAccuracy.Value >= 0.8, $"date {r.DateAccuracy}, modality {r.ModalityAccuracy}");
    }

    [Fact]
    public void Development_articles_through_the_default_engine()
    {
        var r = GoldCheck.Report(Directory.GetFiles(ArticleHarnessTests.GoldDir, "*.json").Order(StringComparer.Ordinal).Select(file =>
            GoldCheck.Score(GoldCheck.Load(file), Process(Path.Combine(SharedData.Root, "articles", Path.GetFileName(file))))));
        output.WriteLine(GoldCheck.Describe(r));
        Assert.Equal(0, r.ForbiddenHits);
        Assert.True(r.CoreRecall.Value >= 0.85, $"core recall {r.CoreRecall}");
        Assert.True(r.Precision.Value >= 0.75, $"precision {r.Precision}");
        Assert.True(r.QuoteRecall.Value >= 0.85, $"quotes {r.QuoteRecall}");
    }
}

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

    private void Log(string name, GoldScorer.Result r)
    {
        output.WriteLine($"== {name}: core {r.CoreFound}/{r.CoreTotal} precision {r.ProducedMatched}/{r.Produced} quotes {r.QuotesFound}/{r.QuotesTotal} forbidden {r.ForbiddenHits} date {r.DateOk}/{r.Pairs} modality {r.ModalityOk}/{r.Pairs}");
        foreach (var line in r.Log) output.WriteLine("   " + line);
    }

    [Fact]
    public void Seed_article_through_the_default_engine()
    {
        var doc = Process(Path.Combine(SharedData.Root, "acceptance", "seed", "000_35e225720d3e7703.txt"));
        var r = GoldScorer.Load(Path.Combine(SharedData.Root, "acceptance", "seed", "expected.json")).Score(doc);
        Log("seed", r);
        Assert.Equal(r.CoreTotal, r.CoreFound);
        Assert.Equal(0, r.ForbiddenHits);
        Assert.True(r.QuotesFound >= 6, $"quotes {r.QuotesFound}/{r.QuotesTotal}");
        Assert.True(r.DateOk >= 0.8 * r.Pairs && r.ModalityOk >= 0.8 * r.Pairs, $"date {r.DateOk}, modality {r.ModalityOk} of {r.Pairs}");
    }

    [Fact]
    public void Development_articles_through_the_default_engine()
    {
        int core = 0, found = 0, produced = 0, matched = 0, forbidden = 0, quotes = 0, quotesFound = 0;
        foreach (var file in Directory.GetFiles(ArticleHarnessTests.GoldDir, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldScorer.Load(file);
            var doc = Process(Path.Combine(SharedData.Root, "articles", Path.GetFileName(file)));
            var r = gold.Score(doc);
            Log(Path.GetFileName(file), r);
            core += r.CoreTotal; found += r.CoreFound; produced += r.Produced; matched += r.ProducedMatched;
            forbidden += r.ForbiddenHits; quotes += r.QuotesTotal; quotesFound += r.QuotesFound;
        }
        output.WriteLine($"TOTAL core {found}/{core} precision {matched}/{produced} quotes {quotesFound}/{quotes} forbidden {forbidden}");
        Assert.Equal(0, forbidden);
        Assert.True(found >= 0.85 * core, $"core recall {found}/{core}");
        Assert.True(matched >= 0.75 * produced, $"precision {matched}/{produced}");
        Assert.True(quotesFound >= 0.85 * quotes, $"quotes {quotesFound}/{quotes}");
    }
}

using System.Text.Json;
using Warta.Documents;
using Xunit.Abstractions;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>
/// The eight development articles (shared/articles) through the quote and event stages with hand-placed actor
/// mentions, scored against tests/Warta.Tests/data/gold. Measures this layer's rules apart from linking errors.
/// </summary>
public sealed class ArticleHarnessTests(ITestOutputHelper output)
{
    private static readonly N[] Names =
    [
        new("Vladimir Putin", "RUSGOV", EntityType.PER), new("Putin", "RUSGOV", EntityType.PER),
        new("Kim Jong-un", "PRKGOV", EntityType.PER), new("Kim Jong Un", "PRKGOV", EntityType.PER), new("Kim", "PRKGOV", EntityType.PER),
        new("Korea Utara", "PRK"), new("North Korea", "PRK"), new("North Korean", "PRK", EntityType.NORP), new("DPRK", "PRK"), new("Pyongyang", "PRK"),
        new("Rusia", "RUS"), new("Russia", "RUS"), new("Russian", "RUS", EntityType.NORP), new("Moskow", "RUS"), new("Moscow", "RUS"),
        new("Kremlin", "RUSGOV", EntityType.ORG), new("Media Rusia", "RUSMED", EntityType.ORG),
        new("Seoul", "KOR"), new("Washington", "USA"), new("China", "CHN"), new("Chinese", "CHN", EntityType.NORP), new("Beijing", "CHN"),
        new("Ukraina", "UKR"), new("Retno LP Marsudi", "IDNGOV", EntityType.PER), new("Retno", "IDNGOV", EntityType.PER),
        new("ASEAN", "IGOSEAASN", EntityType.ORG), new("Myanmar", "MMR"), new("Indonesia", "IDN"), new("Malaysia", "MYS"),
        new("Dewan Keamanan PBB", "IGOUNO", EntityType.ORG), new("PBB", "IGOUNO", EntityType.ORG), new("Perserikatan Bangsa-Bangsa", "IGOUNO", EntityType.ORG),
        new("Mohamed Bazoum", "NERGOV", EntityType.PER), new("Bazoum", "NERGOV", EntityType.PER), new("Niger", "NER"),
        new("tentara Niger", "NERMIL", EntityType.ORG), new("Amadou Abdramane", "NERMIL", EntityType.PER),
        new("Amerika Serikat", "USA"), new("AS", "USA"), new("Uni Eropa", "IGOEUREEC", EntityType.ORG), new("Komisi Eropa", "IGOEUREEC", EntityType.ORG),
        new("Roman Abramovich", "RUSBUS", EntityType.PER),
        new("Philippines", "PHL"), new("Philippine", "PHL", EntityType.NORP), new("Manila", "PHL"),
        new("Ferdinand Marcos Jr", "PHLGOV", EntityType.PER), new("Marcos", "PHLGOV", EntityType.PER), new("Jonathan Malaya", "PHLGOV", EntityType.PER),
        new("India", "IND"), new("Pakistan", "PAK"), new("Shehbaz Sharif", "PAKGOV", EntityType.PER), new("Sharif", "PAKGOV", EntityType.PER),
        new("Islamabad", "PAK"), new("New Delhi", "IND"), new("Tentera Pakistan", "PAKMIL", EntityType.ORG), new("Tentera India", "INDMIL", EntityType.ORG),
        new("Rajnath Singh", "INDGOV", EntityType.PER), new("Ahmed Sharif Chaudhry", "PAKMIL", EntityType.PER),
    ];

    internal static string GoldDir => Path.Combine(AppContext.BaseDirectory, "data", "gold");

    internal static (Document Doc, GoldScorer Gold) Load(string goldFile)
    {
        var gold = GoldScorer.Load(goldFile);
        using var g = JsonDocument.Parse(File.ReadAllText(goldFile));
        string article = g.RootElement.GetProperty("article").GetString()!;
        using var a = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.Root, "articles", article)));
        string text = Warta.Structure.TextNormalizer.Normalize(a.RootElement.GetProperty("text").GetString()!);
        string lang = a.RootElement.GetProperty("language").GetString()!;
        string? published = a.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        return (TestDocs.Run(TestDocs.Build(text, lang, Names, null, published)), gold);
    }

    [Fact]
    public void Development_articles_reach_the_recorded_floor()
    {
        int core = 0, found = 0, produced = 0, matched = 0, forbidden = 0, quotes = 0, quotesFound = 0;
        foreach (var file in Directory.GetFiles(GoldDir, "*.json").Order(StringComparer.Ordinal))
        {
            var (doc, gold) = Load(file);
            var r = gold.Score(doc);
            output.WriteLine($"== {Path.GetFileName(file)}: core {r.CoreFound}/{r.CoreTotal} precision {r.ProducedMatched}/{r.Produced} quotes {r.QuotesFound}/{r.QuotesTotal} forbidden {r.ForbiddenHits} date {r.DateOk}/{r.Pairs} modality {r.ModalityOk}/{r.Pairs}");
            foreach (var line in r.Log) output.WriteLine("   " + line);
            core += r.CoreTotal; found += r.CoreFound; produced += r.Produced; matched += r.ProducedMatched;
            forbidden += r.ForbiddenHits; quotes += r.QuotesTotal; quotesFound += r.QuotesFound;
        }
        output.WriteLine($"TOTAL core {found}/{core} precision {matched}/{produced} quotes {quotesFound}/{quotes} forbidden {forbidden}");
        Assert.Equal(0, forbidden);
        Assert.True(found >= 0.6 * core, $"core recall {found}/{core}");
        Assert.True(quotesFound >= 0.7 * quotes, $"quotes {quotesFound}/{quotes}");
    }
}

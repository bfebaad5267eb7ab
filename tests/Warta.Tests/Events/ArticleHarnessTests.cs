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

    internal static (Document Doc, Warta.Evaluation.GoldArticle Gold) Load(string goldFile)
    {
        var gold = GoldCheck.Load(goldFile);
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
        var r = GoldCheck.Report(Directory.GetFiles(GoldDir, "*.json").Order(StringComparer.Ordinal).Select(file =>
        {
            var (doc, gold) = Load(file);
            return GoldCheck.Score(gold, doc);
        }));
        output.WriteLine(GoldCheck.Describe(r));
        Assert.Equal(0, r.ForbiddenHits);
        Assert.True(r.CoreRecall.Value >= 0.6, $"core recall {r.CoreRecall}");
        Assert.True(r.QuoteRecall.Value >= 0.7, $"quotes {r.QuoteRecall}");
    }
}

using Warta.Documents;
using Xunit.Abstractions;

namespace Warta.Tests.Events;

/// <summary>
/// The seed article through the quote and event stages, with mentions and times given by hand (the upstream
/// stages are tested on their own): isolates this layer's rules from linking and time-resolution errors.
/// </summary>
public sealed class SeedHarnessTests(ITestOutputHelper output)
{
    private static readonly TestDocs.Name[] Names =
    [
        new("Vladimir Putin", "RUSGOV", EntityType.PER, "Vladimir Putin"), new("Putin", "RUSGOV", EntityType.PER, "Vladimir Putin"),
        new("Kim Jong-un", "PRKGOV", EntityType.PER, "Kim Jong-un"), new("Kim", "PRKGOV", EntityType.PER, "Kim Jong-un"),
        new("Korea Utara", "PRK"), new("Korut", "PRK"), new("Rusia", "RUS"), new("Moskow", "RUS"), new("Pyongyang", "PRK"),
        new("Vietnam", "VNM"), new("Hanoi", "VNM"), new("Ukraina", "UKR"), new("Amerika Serikat", "USA"),
        new("PBB", "IGOUNO", EntityType.ORG), new("Negara-negara Barat", "WST", EntityType.NORP), new("Barat", "WST", EntityType.NORP),
    ];

    internal static Document Seed()
    {
        string text = File.ReadAllText(Path.Combine(SharedData.Root, "acceptance", "seed", "000_35e225720d3e7703.txt"));
        var times = new (string, DateValue)[]
        {
            ("Rabu", new DateValue(new DateOnly(2024, 6, 19), DatePrecision.Day)),
            ("Jumat 21 Juni 2024", new DateValue(new DateOnly(2024, 6, 21), DatePrecision.Day)),
            ("awal bulan ini", new DateValue(new DateOnly(2024, 6, 1), DatePrecision.Month)),
        };
        var doc = TestDocs.Build(text, "id", Names, times, "2024-06-21");
        doc.Metadata.CitedSources.Add(new CitedSource("Sputnik", text.IndexOf("Sputnik", StringComparison.Ordinal), text.IndexOf("Sputnik", StringComparison.Ordinal) + 7));
        return TestDocs.Run(doc);
    }

    [Fact]
    public void Seed_core_events_quotes_dates_and_modality_meet_the_acceptance_bar()
    {
        var doc = Seed();
        var r = GoldCheck.Report([GoldCheck.Score(GoldCheck.Load(Path.Combine(SharedData.Root, "acceptance", "seed", "expected.json")), doc)]);
        output.WriteLine(GoldCheck.Describe(r));
        foreach (var q in doc.Quotes) output.WriteLine($"Q {(q.Direct ? "D" : "R")} {q.Speaker?.Name}/{q.Speaker?.Actor?.Key} [{q.Cue}] via={string.Join(",", q.Via)} «{doc.Text[q.Start..Math.Min(q.End, q.Start + 70)]}»");
        foreach (var e in doc.Events) output.WriteLine($"E {e.Cameo} {TestDocs.Keys(e.Source)}→{TestDocs.Keys(e.Target)} {e.Modality} {e.Date?.Format()} place={e.Place?.Country} c={TestDocs.Keys(e.ClaimedBy)} d={TestDocs.Keys(e.DeniedBy)}");
        Assert.Equal(r.CoreRecall.Den, r.CoreRecall.Num);
        Assert.Equal(0, r.ForbiddenHits);
        Assert.True(r.QuoteRecall.Num >= 6, $"quotes {r.QuoteRecall}");
        Assert.True(r.DateAccuracy.Value >= 0.8, $"date {r.DateAccuracy}");
        Assert.True(r.ModalityAccuracy.Value >= 0.8, $"modality {r.ModalityAccuracy}");
    }
}

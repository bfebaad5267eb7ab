using BenchmarkDotNet.Attributes;
using Warta.Corpus;

namespace Warta.Bench;

/// <summary>
/// Query latency on a 100,000-article synthetic corpus (generated once into WARTA_BENCH_DB, default
/// /tmp/warta-bench-100k.db). Targets: events by dyad and month under 100 ms; dyad by week under 200 ms.
/// Run: dotnet run -c Release --project bench/Warta.Bench -- --filter '*CorpusQuery*' --job short
/// </summary>
[MemoryDiagnoser(false)]
public class CorpusQueryBenchmarks
{
    private SqliteCorpusStore _store = null!;
    private int _month;

    public static string DatabasePath => Environment.GetEnvironmentVariable("WARTA_BENCH_DB") ?? Path.Combine(Path.GetTempPath(), "warta-bench-100k.db");

    [GlobalSetup]
    public void Setup()
    {
        CorpusGenerator.Ensure(DatabasePath, 100_000, Console.Out);
        _store = new SqliteCorpusStore(DatabasePath);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>`warta events --source RUS --target CHN --from … --to …` for one month, a different month each call.</summary>
    [Benchmark]
    public int EventsByDyadAndMonth()
    {
        var first = new DateOnly(2015, 1, 1).AddMonths(_month++ % 120);
        return _store.Events(new EventQuery { SourceKey = "RUS", TargetKey = "CHN", From = first, To = first.AddMonths(1).AddDays(-1) }).Count;
    }

    /// <summary>`warta events --source USA --target RUS --from … --to …` for one month: the busiest dyad.</summary>
    [Benchmark]
    public int EventsByBusiestDyadAndMonth()
    {
        var first = new DateOnly(2015, 1, 1).AddMonths(_month++ % 120);
        return _store.Events(new EventQuery { SourceKey = "USA", TargetKey = "RUS", From = first, To = first.AddMonths(1).AddDays(-1) }).Count;
    }

    /// <summary>`warta dyad USA RUS --by week` over the whole ten years.</summary>
    [Benchmark]
    public int DyadByWeek() => _store.Dyad("USA", "RUS", DyadPeriod.Week).Count;

    /// <summary>`warta dyad RUS PRK --by week` over the whole ten years.</summary>
    [Benchmark]
    public int DyadByWeekSmallDyad() => _store.Dyad("RUS", "PRK", DyadPeriod.Week).Count;
}

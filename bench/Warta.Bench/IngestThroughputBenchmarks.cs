using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Warta.Corpus;
using Warta.Input;

namespace Warta.Bench;

/// <summary>
/// Ingest throughput of the real pipeline (WartaEngine.CreateDefault + store, every core): the articles of
/// samples/articles.jsonl repeated <see cref="Copies"/> times, each copy with its own first line so it is a
/// new article (and a near-duplicate of the first copy, as syndicated wire copies are).
/// articles/s = Copies × 12 / Mean.
/// Run: dotnet run -c Release --project bench/Warta.Bench -- --filter '*IngestThroughput*' --job short
/// </summary>
public class IngestThroughputBenchmarks
{
    private List<RawArticle> _articles = [];
    private WartaEngine _engine = null!;
    private string _dir = "";

    [Params(20)]
    public int Copies { get; set; }

    public static string SamplesFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string f = Path.Combine(dir.FullName, "samples", "articles.jsonl");
            if (File.Exists(f)) return f;
        }
        throw new FileNotFoundException("samples/articles.jsonl not found above " + AppContext.BaseDirectory);
    }

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadAllLines(SamplesFile()).Where(l => l.Length > 0).ToList();
        for (int c = 0; c < Copies; c++)
        {
            foreach (var line in lines)
            {
                using var d = JsonDocument.Parse(line);
                var r = d.RootElement;
                string? S(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                _articles.Add(new RawArticle
                {
                    SourceName = $"copy{c}:{S("url")}",
                    Url = S("url"),
                    Title = S("title"),
                    Published = S("published"),
                    Language = S("language"),
                    Outlet = S("outlet"),
                    Text = $"Salinan {c}.\n" + S("text"),
                });
            }
        }
        _engine = WartaEngine.CreateDefault();
        _dir = Directory.CreateTempSubdirectory("warta-ingest-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, true);

    [Benchmark]
    public int Ingest()
    {
        string db = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db");
        using var store = new SqliteCorpusStore(db);
        var r = new CorpusIngestor(store, _engine.Process).Run(_articles.Select(InputItem.Ok));
        if (r.Added != _articles.Count) throw new InvalidOperationException($"stored {r.Added} of {_articles.Count}");
        return r.Added;
    }
}

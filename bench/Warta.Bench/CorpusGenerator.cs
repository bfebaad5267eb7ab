using System.Diagnostics;
using Warta.Corpus;

namespace Warta.Bench;

/// <summary>
/// Synthetic corpus for query benchmarks: article records with events written straight into the store
/// (no NLP). Actors are drawn Zipf-like from 40 countries, dates spread over 2015–2024, three events per
/// article on average, so the busiest dyads hold thousands of events as real news corpora do.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Countries =
    [
        "USA", "RUS", "CHN", "UKR", "PRK", "KOR", "IDN", "IND", "PAK", "IRN", "ISR", "PSE", "MYS", "PHL", "VNM", "JPN", "GBR", "FRA", "DEU", "TUR",
        "SAU", "SYR", "AFG", "MMR", "THA", "SGP", "AUS", "BRA", "MEX", "NGA", "EGY", "ZAF", "ETH", "SDN", "YEM", "IRQ", "QAT", "NER", "BGD", "LKA",
    ];

    private static readonly string[] Sectors = ["GOV", "MIL", "", "", "COP", "BUS"];

    private static readonly (string Cameo, int Quad, double Goldstein)[] Codes =
    [
        ("010", 1, 0.0), ("036", 1, 4.0), ("040", 1, 1.0), ("042", 1, 1.9), ("043", 1, 2.8), ("046", 1, 7.0), ("051", 1, 3.4), ("057", 1, 8.0),
        ("061", 2, 6.4), ("071", 2, 7.4), ("111", 3, -2.0), ("112", 3, -2.0), ("120", 3, -4.0), ("130", 3, -4.4), ("163", 4, -8.0), ("172", 4, -5.0),
        ("173", 4, -5.0), ("190", 4, -10.0), ("193", 4, -10.0), ("195", 4, -10.0),
    ];

    private static readonly string[] Vocabulary = BuildVocabulary();

    private static string[] BuildVocabulary()
    {
        // Pronounceable made-up words: enough of them that random texts share no shingles by chance.
        string[] syl = ["ka", "ri", "mu", "so", "ta", "ne", "lo", "pi", "du", "ga", "be", "wa", "ha", "si", "ru", "me", "no", "ja", "ti", "ko"];
        var words = new List<string>();
        foreach (var a in syl) foreach (var b in syl) foreach (var c in syl) words.Add(a + b + c);
        return [.. words];
    }

    private static int Zipf(Random rng, int n)
    {
        // Rank r with probability ∝ 1/(r+1): a few countries dominate.
        double h = 0;
        for (int i = 1; i <= n; i++) h += 1.0 / i;
        double u = rng.NextDouble() * h, acc = 0;
        for (int i = 1; i <= n; i++)
        {
            acc += 1.0 / i;
            if (u <= acc) return i - 1;
        }
        return n - 1;
    }

    public static StoredArticle Article(Random rng, int i)
    {
        var day = new DateOnly(2015, 1, 1).AddDays(rng.Next(3652));
        var words = new string[80];
        for (int w = 0; w < words.Length; w++) words[w] = Vocabulary[rng.Next(Vocabulary.Length)];
        string text = $"Synthetic article {i}. " + string.Join(' ', words) + ".";
        int nEvents = 1 + rng.Next(5);
        var events = new List<StoredEvent>(nEvents);
        for (int e = 0; e < nEvents; e++)
        {
            string s = Countries[Zipf(rng, Countries.Length)], t = Countries[Zipf(rng, Countries.Length)];
            if (s == t) t = Countries[(Array.IndexOf(Countries, s) + 1) % Countries.Length];
            string sec = Sectors[rng.Next(Sectors.Length)];
            var code = Codes[rng.Next(Codes.Length)];
            events.Add(new StoredEvent
            {
                Ordinal = e,
                Source = [new StoredActor(s + " actor", s + sec, s, sec.Length == 0 ? null : sec, null)],
                Target = [new StoredActor(t + " actor", t, t, null, null)],
                Cameo = code.Cameo,
                Quad = code.Quad,
                Goldstein = code.Goldstein,
                Date = day.AddDays(-rng.Next(3)),
                Sentence = 0,
                EvidenceStart = 0,
                EvidenceEnd = Math.Min(40, text.Length),
                Evidence = text[..Math.Min(40, text.Length)],
                Confidence = 0.5 + rng.NextDouble() / 2,
            });
        }
        return new StoredArticle
        {
            Id = $"synthetic{i:D10}",
            Input = $"synthetic:{i}",
            InputHash = $"synthetic:{i}",
            Url = $"https://outlet{rng.Next(300)}.example/{i}",
            Language = (i % 3) switch { 0 => "id", 1 => "en", _ => "ms" },
            Published = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            PublishedDate = day,
            Text = text,
            Sentences = [(0, text.Length)],
            Events = events,
            Signature = MinHash.Compute(text),
        };
    }

    /// <summary>Fills <paramref name="path"/> with <paramref name="count"/> articles unless it holds them already.</summary>
    public static string Ensure(string path, int count, TextWriter? log = null)
    {
        using var store = new SqliteCorpusStore(path);
        long have = store.TableCounts()["articles"];
        if (have >= count) return path;
        var rng = new Random(20240619);
        var clock = Stopwatch.StartNew();
        var batch = new List<StoredArticle>(2000);
        for (int i = 0; i < count; i++)
        {
            var a = Article(rng, i);
            if (i < have) continue;   // deterministic sequence: resume where a previous run stopped
            batch.Add(a);
            if (batch.Count == batch.Capacity)
            {
                store.AddBatch(batch);
                batch.Clear();
            }
        }
        if (batch.Count > 0) store.AddBatch(batch);
        log?.WriteLine($"generated {count - have} synthetic articles into {path} in {clock.Elapsed.TotalSeconds:0.0} s ({(count - have) / clock.Elapsed.TotalSeconds:0} articles/s)");
        return path;
    }
}

using Warta.Corpus;
using Warta.Input;
using Warta.Output;

namespace Warta.Server.Tests;

/// <summary>
/// A temporary corpus: optionally the repository's samples/ run through the real engine, plus a few articles
/// written for these tests, stored with hand-coded events, quotes, mentions and places, so every view has
/// events to draw whichever engine stages exist yet.
/// </summary>
public abstract class CorpusFixture : IDisposable
{
    protected CorpusFixture(bool samples)
    {
        Dir = Directory.CreateTempSubdirectory("warta-server-tests-").FullName;
        Db = Path.Combine(Dir, "corpus.db");
        using var store = new SqliteCorpusStore(Db);
        if (samples)
        {
            var engine = WartaEngine.CreateDefault();
            SampleResult = new CorpusIngestor(store, engine.Process).Run(InputReader.Read([Samples]));
        }
        store.AddBatch(HandCoded.Articles());
    }

    public string Dir { get; }
    public string Db { get; }
    public IngestProgress SampleResult { get; }

    public static string Samples => Path.Combine(RepoRoot(), "samples");

    public static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Warta.sln"))) return d.FullName;
        throw new InvalidOperationException("repository root (Warta.sln) not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Only the hand-coded articles: exact counts hold whatever the engine's stages find.</summary>
public sealed class HandCodedCorpus() : CorpusFixture(samples: false);

/// <summary>The samples through the engine plus the hand-coded articles: what the dashboard tests browse.</summary>
public sealed class FullCorpus() : CorpusFixture(samples: true);

/// <summary>Short articles written for these tests, with their annotations laid out by hand.</summary>
public static class HandCoded
{
    public static readonly StoredActor Putin = new("Vladimir Putin", "RUSGOV", "RUS", "GOV", "Q7747");
    public static readonly StoredActor Kim = new("Kim Jong Un", "PRKGOV", "PRK", "GOV", "Q56226");
    public static readonly StoredActor Usa = new("United States", "USA", "USA", null, null);
    public static readonly StoredActor ChinaCoastGuard = new("China Coast Guard", "CHNCOP", "CHN", "COP", null);
    public static readonly StoredActor Beijing = new("Beijing", "CHNGOV", "CHN", "GOV", null);
    public static readonly StoredActor Manila = new("Manila", "PHLGOV", "PHL", "GOV", null);
    public static readonly StoredActor Asean = new("ASEAN", "IGOSEAASN", null, null, null);
    public static readonly StoredActor Myanmar = new("Myanmar junta", "MMRMIL", "MMR", "MIL", null);
    public static readonly StoredPlace Pyongyang = new("Pyongyang", "PRK", "city", 1871859, 39.0339, 125.7543);
    public static readonly StoredPlace Shoal = new("Second Thomas Shoal", "PHL", "reef", null, 9.7333, 115.8667);
    public static readonly StoredPlace Vientiane = new("Vientiane", "LAO", "city", 1651944, 17.9667, 102.6);

    public const string TreatyText =
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a partnership treaty in Pyongyang on Wednesday.\n" +
        "The United States condemned the pact a day later.\n" +
        "Putin said the treaty obliges each side to help the other if attacked.\n" +
        "Moscow may also send fuel to Pyongyang, officials hinted.";

    public const string ShoalText =
        "Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal on Monday, Manila said.\n" +
        "Beijing denied that its ships acted aggressively and said the boat had entered Chinese waters.";

    public const string AseanText =
        "ASEAN foreign ministers meeting in Vientiane on Friday demanded that the Myanmar junta end the violence at once.\n" +
        "\"The killing must stop,\" the chair of the meeting told reporters.";

    public const string TreatyCopyText =
        "In Pyongyang, Putin and Kim put their signatures to a new partnership treaty on 19 June, officials said.\n" +
        "The agreement follows a year of closer ties.";

    public static List<StoredArticle> Articles() =>
    [
        Article(TreatyText, "https://wire.example/treaty", "Fixture Wire", "en", "Putin and Kim sign partnership treaty", "2024-06-20T08:00:00+00:00",
            mentions: [("Vladimir Putin", "PER", Putin, null), ("Kim Jong Un", "PER", Kim, null), ("Pyongyang", "GPE", null, Pyongyang), ("The United States", "GPE", Usa, null)],
            quotes: [("the treaty obliges each side to help the other if attacked", false, "said", Putin)],
            events:
            [
                Ev(TreatyText, "signed a partnership treaty", [Putin], [Kim], "057", 1, 8.0, new DateOnly(2024, 6, 19), Pyongyang, "Wednesday"),
                Ev(TreatyText, "condemned the pact", [Usa], [Putin], "111", 3, -2.0, new DateOnly(2024, 6, 20), null, "a day later"),
                Ev(TreatyText, "may also send fuel", [Putin], [Kim], "070", 2, 7.0, new DateOnly(2024, 6, 20), null, null, modality: "possible"),
            ]),
        Article(TreatyCopyText, "https://harbour.example/pact", "Fixture Harbour", "en", "Treaty signed in Pyongyang", "2024-06-19T18:00:00+00:00",
            mentions: [("Putin", "PER", Putin, null), ("Kim", "PER", Kim, null), ("Pyongyang", "GPE", null, Pyongyang)],
            quotes: [],
            events: [Ev(TreatyCopyText, "put their signatures", [Putin], [Kim], "057", 1, 8.0, new DateOnly(2024, 6, 19), Pyongyang, "19 June")]),
        // Dated a week before the samples' June 2024 shoal incident, so the two never form one cluster.
        Article(ShoalText, "https://harbour.example/shoal", "Fixture Harbour", "en", "Water cannon at Second Thomas Shoal", "2024-06-10T12:00:00+00:00",
            mentions: [("Second Thomas Shoal", "LOC", null, Shoal), ("Manila", "GPE", Manila, null), ("Beijing", "GPE", Beijing, null)],
            quotes: [("the boat had entered Chinese waters", false, "said", Beijing)],
            events:
            [
                Ev(ShoalText, "fired water cannon", [ChinaCoastGuard], [Manila], "175", 4, -9.0, new DateOnly(2024, 6, 10), Shoal, "Monday",
                    claimedBy: [Manila], deniedBy: [Beijing]),
                Ev(ShoalText, "Beijing denied", [Beijing], [Manila], "016", 1, 3.4, new DateOnly(2024, 6, 10), null, null),
            ]),
        Article(AseanText, "https://berita.example/asean", "Fixture Berita", "en", "ASEAN presses Myanmar junta", "2024-07-26T10:00:00+07:00",
            mentions: [("ASEAN", "ORG", Asean, null), ("Vientiane", "GPE", null, Vientiane), ("Myanmar junta", "ORG", Myanmar, null)],
            quotes: [("The killing must stop,", true, "told", null)],
            events: [Ev(AseanText, "demanded that the Myanmar junta", [Asean], [Myanmar], "102", 3, -5.0, new DateOnly(2024, 7, 26), Vientiane, "Friday")]),
    ];

    private static StoredArticle Article(string text, string url, string outlet, string lang, string title, string published,
        (string Text, string Type, StoredActor? Actor, StoredPlace? Place)[] mentions,
        (string Text, bool Direct, string Cue, StoredActor? Speaker)[] quotes,
        Func<string, StoredEvent>[] events) => new()
        {
            Id = ArticleRecordWriter.ArticleId(text),
            Input = "hand-coded:" + url,
            Url = url,
            Outlet = outlet,
            Language = lang,
            Title = title,
            Published = published,
            PublishedDate = DateOnly.Parse(published[..10], System.Globalization.CultureInfo.InvariantCulture),
            Text = text,
            Sentences = Sentences(text),
            Mentions = mentions.Select(m =>
            {
                int s = Find(text, m.Text);
                return new StoredMention(s, s + m.Text.Length, m.Type, m.Text, m.Actor, m.Place);
            }).ToList(),
            Quotes = quotes.Select(q =>
            {
                int s = Find(text, q.Text);
                return new StoredQuote(s, s + q.Text.Length, q.Text, q.Direct, q.Cue, [], q.Speaker?.Name ?? (q.Direct ? null : "the chair"), q.Speaker);
            }).ToList(),
            Events = events.Select((e, i) => e(text) with { Ordinal = i }).ToList(),
            Signature = MinHash.Compute(text),
        };

    /// <summary>An event whose evidence is the sentence holding <paramref name="cue"/>.</summary>
    private static Func<string, StoredEvent> Ev(string text, string cue, StoredActor[] source, StoredActor[] target, string cameo, int quad, double goldstein,
        DateOnly date, StoredPlace? place, string? dateText, string modality = "asserted", StoredActor[]? claimedBy = null, StoredActor[]? deniedBy = null) => _ =>
    {
        int at = Find(text, cue);
        var sentences = Sentences(text);
        int si = sentences.FindIndex(s => s.Start <= at && at < s.End);
        var (start, end) = sentences[si];
        return new StoredEvent
        {
            Ordinal = 0,
            Source = source,
            Target = target,
            ClaimedBy = claimedBy ?? [],
            DeniedBy = deniedBy ?? [],
            Cameo = cameo,
            Quad = quad,
            Goldstein = goldstein,
            Date = date,
            DateText = dateText,
            Place = place,
            Modality = modality,
            Sentence = si,
            EvidenceStart = start,
            EvidenceEnd = end,
            Evidence = text[start..end],
            Confidence = 0.8,
        };
    };

    private static int Find(string text, string part)
    {
        int i = text.IndexOf(part, StringComparison.Ordinal);
        if (i < 0) throw new ArgumentException($"'{part}' is not in the text");
        return i;
    }

    private static List<(int Start, int End)> Sentences(string text)
    {
        var list = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start) list.Add((start, i));
                start = i + 1;
            }
        }
        return list;
    }
}

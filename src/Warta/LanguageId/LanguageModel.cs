using System.Globalization;

namespace Warta.LanguageId;

/// <summary>
/// The language-identification model, loaded once from embedded resources into flat arrays:
/// per-language trigram log-probabilities (franc profiles, lang/*/langid-trigrams.tsv) and distinctive-word
/// weights (lang/*/langid-markers.tsv), with Malay marker weights discounted by how common each word is in
/// Indonesian news (lang/id/langid-ud-words.tsv).
/// </summary>
public sealed class LanguageModel
{
    /// <summary>The languages the model tells apart, in score-array order.</summary>
    public static readonly string[] Languages = ["id", "ms", "en"];

    public const int Id = 0, Ms = 1, En = 2;
    public const int Count = 3;

    // A franc profile ranks 300 trigrams; a Zipf-like curve turns rank r into p ∝ 1/(r + RankOffset),
    // and a trigram outside a profile gets the probability of rank MissingRank.
    private const double RankOffset = 20;
    private const double MissingRank = 1200;

    // Malay marker weight × 1/(1 + count_in_UD_id / DiscountCount): a word the 15k-token Indonesian sample
    // uses a few times is still Malay evidence, one it uses often is not.
    private const double DiscountCount = 2.0;

    private readonly Dictionary<ulong, int> _trigramIndex;
    private readonly Dictionary<string, int> _markerIndex;

    /// <summary>Log-probability of trigram i in language l at [i * Count + l].</summary>
    internal readonly float[] TrigramLogProb;

    /// <summary>Log-probability of a trigram missing from language l's profile.</summary>
    internal readonly float[] MissingLogProb = new float[Count];

    /// <summary>Evidence of marker i for language l at [i * Count + l].</summary>
    internal readonly float[] MarkerWeight;

    internal readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Markers;

    /// <summary>Longest marker in characters (two-word markers included); longer word pairs are not looked up.</summary>
    internal readonly int MaxMarkerLength;

    private static readonly Lazy<LanguageModel> Shared = new(() => Load(ResourceText));

    /// <summary>The model built from the embedded resources, loaded on first use.</summary>
    public static LanguageModel Default => Shared.Value;

    private LanguageModel(Dictionary<ulong, int> trigrams, float[] trigramLogProb, Dictionary<string, int> markers, float[] markerWeight)
    {
        _trigramIndex = trigrams;
        TrigramLogProb = trigramLogProb;
        _markerIndex = markers;
        MarkerWeight = markerWeight;
        Markers = markers.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxMarkerLength = markers.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    public int TrigramCount => _trigramIndex.Count;

    public int MarkerCount => _markerIndex.Count;

    internal static ulong Pack(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    internal bool TryTrigram(ulong key, out int index) => _trigramIndex.TryGetValue(key, out index);

    /// <summary>Builds the model from resource texts, given by name ("lang/id/langid-trigrams.tsv").</summary>
    internal static LanguageModel Load(Func<string, string> read)
    {
        var trigramIndex = new Dictionary<ulong, int>();
        var ranks = new List<int[]>();
        for (int l = 0; l < Count; l++)
        {
            foreach (var (cols, _) in Rows(read($"lang/{Languages[l]}/langid-trigrams.tsv")))
            {
                int rank = int.Parse(cols[0], CultureInfo.InvariantCulture);
                string g = cols[1];
                if (g.Length != 3) throw new InvalidDataException($"langid trigram '{g}' is not three characters");
                ulong key = Pack(g[0], g[1], g[2]);
                if (!trigramIndex.TryGetValue(key, out int idx))
                {
                    idx = trigramIndex.Count;
                    trigramIndex.Add(key, idx);
                    ranks.Add([-1, -1, -1]);
                }
                ranks[idx][l] = rank;
            }
        }
        var logProb = new float[trigramIndex.Count * Count];
        var model = new float[Count];
        for (int l = 0; l < Count; l++)
        {
            // Every profile has 300 ranks, so the unnormalized curve is comparable across languages.
            for (int i = 0; i < ranks.Count; i++)
            {
                int r = ranks[i][l];
                logProb[i * Count + l] = (float)-Math.Log(r < 0 ? MissingRank : r + RankOffset);
            }
            model[l] = (float)-Math.Log(MissingRank);
        }

        var udCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (cols, _) in Rows(read("lang/id/langid-ud-words.tsv")))
            udCounts[cols[0]] = int.Parse(cols[1], CultureInfo.InvariantCulture);

        var markerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new List<float>();
        for (int l = 0; l < Count; l++)
        {
            foreach (var (cols, line) in Rows(read($"lang/{Languages[l]}/langid-markers.tsv")))
            {
                string word = cols[0].ToLowerInvariant();
                double w = double.Parse(cols[1], CultureInfo.InvariantCulture);
                // Shared words: weight the Malay reading down by its Indonesian frequency. Phrases ("pihak berkuasa")
                // are distinctive as a whole even when their words are common, so they keep their weight.
                if (l == Ms && !word.Contains(' '))
                    w /= 1 + udCounts.GetValueOrDefault(word) / DiscountCount;
                if (!markerIndex.TryGetValue(word, out int idx))
                {
                    idx = markerIndex.Count;
                    markerIndex.Add(word, idx);
                    for (int k = 0; k < Count; k++) weights.Add(0);
                }
                weights[idx * Count + l] += (float)w;
            }
        }
        var m = new LanguageModel(trigramIndex, logProb, markerIndex, [.. weights]);
        Array.Copy(model, m.MissingLogProb, Count);
        return m;
    }

    private static IEnumerable<(string[] Cols, int Line)> Rows(string text)
    {
        int n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) throw new InvalidDataException($"langid resource line {n}: expected two tab-separated columns");
            yield return (cols, n);
        }
    }

    private static string ResourceText(string name)
    {
        var asm = typeof(LanguageModel).Assembly;
        using var s = asm.GetManifestResourceStream(name) ?? throw new InvalidDataException($"embedded resource '{name}' is missing");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    /// <summary>The marker's evidence per language, or null when the text is not a marker (for tests and tools).</summary>
    public float[]? MarkerEvidence(string word)
    {
        if (!_markerIndex.TryGetValue(word, out int i)) return null;
        return [MarkerWeight[i * Count], MarkerWeight[i * Count + 1], MarkerWeight[i * Count + 2]];
    }
}

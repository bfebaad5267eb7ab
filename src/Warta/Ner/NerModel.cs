using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Warta.Ner;

/// <summary>
/// A trained BIO tagger: a hashed weight table (rows of <see cref="NerFeatures.Stride"/> floats, one per
/// tag), tag-transition weights and the lexicon used for features. Decoding is first-order Viterbi with
/// the BIO constraint (I-X only after B-X or I-X), so output is always valid BIO. Immutable and
/// thread-safe; each thread decodes with its own scratch arrays.
/// </summary>
public sealed class NerModel
{
    private const int Magic = 0x524E5457; // "WTNR"
    private const int Version = 1;
    private const float Forbidden = -1e30f;

    [ThreadStatic] private static NerWorkspace? t_workspace;

    internal NerModel(int bits, float[] weights, float[] transitions, NerLexicon lexicon)
    {
        Bits = bits;
        Weights = weights;
        Transitions = transitions;
        Lexicon = lexicon;
        int rows = 1 << bits;
        _used = new ulong[(rows + 63) / 64];
        for (int r = 0; r < rows; r++)
        {
            var row = weights.AsSpan(r * NerFeatures.Stride, NerTags.Count);
            if (row.ContainsAnyExcept(0f)) _used[r >> 6] |= 1UL << (r & 63);
        }
    }

    /// <summary>Bitmap of weight rows with any non-zero weight: features that hit empty rows are skipped.</summary>
    private readonly ulong[] _used;

    /// <summary>Additive BIO constraint over (prev + 1, next): 0 where allowed, a large negative where not.</summary>
    private static readonly float[] s_penalty = BuildPenalty();

    private static float[] BuildPenalty()
    {
        var p = new float[(NerTags.Count + 1) * NerFeatures.Stride];
        for (int prev = -1; prev < NerTags.Count; prev++)
            for (int t = 0; t < NerTags.Count; t++)
                p[(prev + 1) * NerFeatures.Stride + t] = NerTags.Allowed(prev, t) ? 0f : Forbidden;
        return p;
    }

    /// <summary>log2 of the number of weight rows.</summary>
    public int Bits { get; }

    internal float[] Weights { get; }

    /// <summary>(Count + 1) × Stride: row 0 is the sentence start, row p + 1 follows tag p.</summary>
    internal float[] Transitions { get; }

    public NerLexicon Lexicon { get; }

    internal static NerWorkspace Workspace => t_workspace ??= new NerWorkspace();

    /// <summary>Tags one sentence whose tokens are [starts[i], ends[i]) in <paramref name="text"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> tags)
    {
        if (starts.Length == 0) return;
        var ws = Workspace;
        NerFeatures.Extract(text, starts, ends, Bits, Lexicon, ws, _used);
        Decode(Weights, Transitions, ws, starts.Length, tags);
    }

    /// <summary>Emission scores for every token, then Viterbi; used by training with live weights too.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static void Decode(float[] weights, float[] transitions, NerWorkspace ws, int n, Span<int> tags)
    {
        const int S = NerFeatures.Stride;
        const int T = NerTags.Count;
        var scores = ws.Scores;
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(weights);
        for (int i = 0; i < n; i++)
        {
            var acc = Vector256<float>.Zero;
            for (int k = ws.FeatStart[i], e = ws.FeatStart[i + 1]; k < e; k++)
                acc += Vector256.LoadUnsafe(ref w0, (nuint)ws.Feats[k]);
            acc.StoreUnsafe(ref scores[i * S]);
        }

        var delta = ws.Delta;
        var back = ws.Back;
        var penalty = s_penalty;
        for (int t = 0; t < T; t++)
            delta[t] = transitions[t] + penalty[t] + scores[t];
        for (int i = 1; i < n; i++)
        {
            int row = i * S, prevRow = row - S;
            for (int t = 0; t < T; t++)
            {
                float best = delta[prevRow] + transitions[S + t] + penalty[S + t];
                int arg = 0;
                for (int p = 1; p < T; p++)
                {
                    int j = (p + 1) * S + t;
                    float v = delta[prevRow + p] + transitions[j] + penalty[j];
                    if (v > best) { best = v; arg = p; }
                }
                delta[row + t] = best + scores[row + t];
                back[row + t] = arg;
            }
        }
        int last = (n - 1) * S, bt = 0;
        for (int t = 1; t < T; t++)
            if (delta[last + t] > delta[last + bt]) bt = t;
        for (int i = n - 1; i >= 0; i--)
        {
            tags[i] = bt;
            if (i > 0) bt = back[i * S + bt];
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>
    /// Binary format (Brotli-compressed): header, lexicon, transitions, then only the non-zero weight rows
    /// as (row gap varint, seven half-precision weights) — most buckets stay empty, and halves keep the
    /// file small with no measurable change in decisions.
    /// </summary>
    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Bits);
        w.Write(NerTags.Count);
        w.Write(Lexicon.ClassNames.Count);
        foreach (var c in Lexicon.ClassNames) w.Write(c);
        w.Write(Lexicon.Entries.Count);
        foreach (var (cls, phrase) in Lexicon.Entries)
        {
            w.Write((byte)cls);
            w.Write(phrase);
        }
        foreach (var v in Transitions) w.Write(v);
        const int S = NerFeatures.Stride;
        int rows = 1 << Bits, nonZero = 0;
        for (int r = 0; r < rows; r++)
            if (RowUsed(r)) nonZero++;
        w.Write(nonZero);
        int prev = -1;
        for (int r = 0; r < rows; r++)
        {
            if (!RowUsed(r)) continue;
            w.Write7BitEncodedInt(r - prev);
            prev = r;
            for (int t = 0; t < NerTags.Count; t++) w.Write((Half)Weights[r * S + t]);
        }

        bool RowUsed(int r)
        {
            for (int t = 0; t < NerTags.Count; t++)
                if ((Half)Weights[r * S + t] != Half.Zero) return true;
            return false;
        }
    }

    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static NerModel Load(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        if (r.ReadInt32() != Magic) throw new InvalidDataException("Not a Warta NER model.");
        int version = r.ReadInt32();
        if (version != Version) throw new InvalidDataException($"Unsupported NER model version {version}.");
        int bits = r.ReadInt32();
        if (bits is < 8 or > 26) throw new InvalidDataException("Bad NER model hash size.");
        if (r.ReadInt32() != NerTags.Count) throw new InvalidDataException("NER model tag set differs.");
        int classCount = r.ReadInt32();
        var classes = new string[classCount];
        for (int i = 0; i < classCount; i++) classes[i] = r.ReadString();
        int entryCount = r.ReadInt32();
        var entries = new (int, string)[entryCount];
        for (int i = 0; i < entryCount; i++) entries[i] = (r.ReadByte(), r.ReadString());
        const int S = NerFeatures.Stride;
        var transitions = new float[(NerTags.Count + 1) * S];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        var weights = new float[(1 << bits) * S];
        int nonZero = r.ReadInt32(), row = -1;
        for (int i = 0; i < nonZero; i++)
        {
            row += r.Read7BitEncodedInt();
            for (int t = 0; t < NerTags.Count; t++) weights[row * S + t] = (float)r.ReadHalf();
        }
        return new NerModel(bits, weights, transitions, new NerLexicon(classes, entries));
    }

    private static readonly Lazy<NerModel> s_default = new(LoadEmbedded);

    /// <summary>The shipped Indonesian model (embedded resource models/ner-id.bin), loaded once.</summary>
    public static NerModel Default => s_default.Value;

    private static NerModel LoadEmbedded()
    {
        using var s = typeof(NerModel).Assembly.GetManifestResourceStream("models/ner-id.bin")
            ?? throw new InvalidOperationException("The NER model resource models/ner-id.bin is missing.");
        return Load(s);
    }
}

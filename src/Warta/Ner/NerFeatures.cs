namespace Warta.Ner;

/// <summary>Per-thread scratch arrays for feature extraction and decoding, grown on demand.</summary>
internal sealed class NerWorkspace
{
    public ulong[] Lower = [];
    public ulong[] Raw = [];
    public ulong[] Shape = [];
    public ulong[] Affix = [];
    public ushort[] Flags = [];
    public byte[] Length = [];
    public ushort[] GazBegin = [];
    public ushort[] GazInside = [];
    public int[] FeatStart = [];
    public int[] Feats = [];
    public float[] Scores = [];
    public float[] Delta = [];
    public int[] Back = [];

    public void Ensure(int n)
    {
        if (Lower.Length >= n) return;
        int m = Math.Max(n, Math.Max(64, Lower.Length * 2));
        Lower = new ulong[m];
        Raw = new ulong[m];
        Shape = new ulong[m];
        Affix = new ulong[m * NerFeatures.AffixSlots];
        Flags = new ushort[m];
        Length = new byte[m];
        GazBegin = new ushort[m];
        GazInside = new ushort[m];
        FeatStart = new int[m + 1];
        Feats = new int[m * NerFeatures.MaxPerToken];
        Scores = new float[m * NerFeatures.Stride];
        Delta = new float[m * NerFeatures.Stride];
        Back = new int[m * NerFeatures.Stride];
    }
}

/// <summary>
/// Feature extraction: every feature is a template id combined with hashes of token text, cut down to a
/// bucket of the weight table (feature hashing, no dictionary). Token text is read through spans of the
/// sentence text, so tagging allocates nothing per token.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Floats per weight row: seven tags padded to eight for vector adds.</summary>
    public const int Stride = 8;
    public const int AffixSlots = 8;
    /// <summary>24 fixed templates plus up to five lexicon templates per class (15 classes at most).</summary>
    public const int MaxPerToken = 24 + 5 * NerLexicon.MaxClasses;

    private const ulong Bos = 0x1234_5678_9ABC_DEF1UL;
    private const ulong Eos = 0x0FED_CBA9_8765_4321UL;

    [Flags]
    private enum F : ushort
    {
        InitialUpper = 1,
        AllUpper = 2,
        HasDigit = 4,
        AllDigit = 8,
        HasHyphen = 16,
        HasPeriod = 32,
        HasLower = 64,
        HasLetter = 128,
    }

    /// <summary>
    /// Fills <see cref="NerWorkspace.Feats"/> with row offsets (bucket × <see cref="Stride"/>) and
    /// <see cref="NerWorkspace.FeatStart"/> with each token's range.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Extract(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        int bits, NerLexicon lexicon, NerWorkspace ws, ulong[]? used = null)
    {
        int n = starts.Length;
        ws.Ensure(n);
        for (int i = 0; i < n; i++) Describe(text[starts[i]..ends[i]], i, ws);
        lexicon.Match(ws.Lower.AsSpan(0, n), ws.GazBegin, ws.GazInside);

        int shift = 64 - bits;
        var feats = ws.Feats;
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            ws.FeatStart[i] = k;
            ulong l0 = ws.Lower[i];
            ulong lm1 = i > 0 ? ws.Lower[i - 1] : Bos, lm2 = i > 1 ? ws.Lower[i - 2] : Bos;
            ulong lp1 = i + 1 < n ? ws.Lower[i + 1] : Eos, lp2 = i + 2 < n ? ws.Lower[i + 2] : Eos;
            ulong s0 = ws.Shape[i];
            ulong sm1 = i > 0 ? ws.Shape[i - 1] : Bos, sp1 = i + 1 < n ? ws.Shape[i + 1] : Eos;
            ulong fm1 = i > 0 ? ws.Flags[i - 1] : 0xFFFFUL, fp1 = i + 1 < n ? ws.Flags[i + 1] : 0xFFFEUL;
            ulong f0 = ws.Flags[i] | (i == 0 ? 0x8000UL : 0UL);

            Add(0, 0);
            Add(1, l0);
            Add(2, ws.Raw[i]);
            Add(3, lm1);
            Add(4, lp1);
            Add(5, lm2);
            Add(6, lp2);
            Add(7, NerHash.Combine(lm1, l0));
            Add(8, NerHash.Combine(l0, lp1));
            Add(9, s0);
            Add(10, NerHash.Combine(sm1, s0));
            Add(11, NerHash.Combine(s0, sp1));
            // Left out after cross-validation (scripts/ner-cv.sh): dropping the shape trigram (12) and the
            // one-letter prefix and suffix (13, 17) gained 0.3 F1 on average over the four training sets.
            var affix = ws.Affix.AsSpan(i * AffixSlots, AffixSlots);
            for (int a = 1; a < AffixSlots; a++)
                if (a != 4 && affix[a] != 0) Add(13 + (ulong)a, affix[a]);
            Add(21, f0);
            Add(22, fm1 * 0x10001UL + (f0 & 0xFF));
            Add(23, fp1 * 0x10001UL + (f0 & 0xFF));
            Add(24, ws.Length[i]);
            Add(25, NerHash.Combine(lm1, s0));
            Add(26, NerHash.Combine(s0, lp1));

            ulong cap0 = (f0 & (ulong)F.InitialUpper) != 0 ? 1UL : 0UL;
            AddClasses(27, ws.GazBegin[i], cap0);
            AddClasses(28, ws.GazInside[i], cap0);
            if (i > 0) AddClasses(29, (ushort)(ws.GazBegin[i - 1] | ws.GazInside[i - 1]), cap0);
            if (i > 1) AddClasses(30, (ushort)(ws.GazBegin[i - 2] | ws.GazInside[i - 2]), cap0);
            if (i + 1 < n) AddClasses(31, (ushort)(ws.GazBegin[i + 1] | ws.GazInside[i + 1]), cap0);
        }
        ws.FeatStart[n] = k;

        void Add(ulong template, ulong value)
        {
            ulong h = NerHash.Mix(value ^ (template * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL));
            int row = (int)(h >> shift);
            // At tagging time, rows no training update touched add nothing: skip the memory access.
            if (used is not null && (used[row >> 6] & (1UL << (row & 63))) == 0) return;
            feats[k++] = row * Stride;
        }

        void AddClasses(ulong template, ushort classes, ulong cap)
        {
            while (classes != 0)
            {
                int c = System.Numerics.BitOperations.TrailingZeroCount((uint)classes);
                classes &= (ushort)(classes - 1);
                Add(template, (ulong)c * 2 + cap);
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Describe(ReadOnlySpan<char> tok, int i, NerWorkspace ws)
    {
        ulong lower = NerHash.Seed, raw = NerHash.Seed, shape = NerHash.Seed;
        var affix = ws.Affix.AsSpan(i * AffixSlots, AffixSlots);
        affix.Clear();
        F flags = 0;
        int digits = 0;
        char lastClass = '\0';
        for (int j = 0; j < tok.Length; j++)
        {
            char c = tok[j];
            char lc = char.ToLowerInvariant(c);
            lower = NerHash.Add(lower, lc);
            raw = NerHash.Add(raw, c);
            // Prefixes of 1–4 characters, only when shorter than the word, so they generalise.
            if (j < 4 && j + 1 < tok.Length) affix[j] = lower;
            char cls;
            if (char.IsUpper(c)) { cls = 'X'; flags |= F.HasLetter; }
            else if (char.IsLower(c)) { cls = 'x'; flags |= F.HasLower | F.HasLetter; }
            else if (char.IsDigit(c)) { cls = 'd'; digits++; flags |= F.HasDigit; }
            else
            {
                cls = c;
                if (c == '-') flags |= F.HasHyphen;
                else if (c == '.') flags |= F.HasPeriod;
            }
            if (cls != lastClass) shape = NerHash.Add(shape, cls);
            lastClass = cls;
        }
        // Suffixes of 1–4 characters (-an, -kan, -nya, …), hashed right to left.
        ulong suf = NerHash.Seed ^ 0x55UL;
        for (int j = 1; j <= 4 && j < tok.Length; j++)
        {
            suf = NerHash.Add(suf, char.ToLowerInvariant(tok[^j]));
            affix[3 + j] = suf;
        }
        if (tok.Length > 0 && char.IsUpper(tok[0])) flags |= F.InitialUpper;
        if ((flags & F.HasLetter) != 0 && (flags & F.HasLower) == 0 && tok.Length > 1) flags |= F.AllUpper;
        if (digits == tok.Length && digits > 0) flags |= F.AllDigit;
        ws.Lower[i] = lower;
        ws.Raw[i] = raw;
        ws.Shape[i] = shape;
        ws.Flags[i] = (ushort)flags;
        ws.Length[i] = (byte)Math.Min(tok.Length, 12);
    }
}

namespace Warta.Corpus;

/// <summary>
/// MinHash over word 3-shingles of the lower-cased text, with banded LSH keys. Jaccard similarity of
/// shingle sets is what survives syndication: a copy with a new headline or a trimmed paragraph keeps
/// most of its shingles, another article on the same event keeps few.
/// </summary>
public static class MinHash
{
    public const int Hashes = 60;
    public const int Bands = 20;
    public const int Rows = Hashes / Bands;
    public const int ShingleWords = 3;

    /// <summary>Estimated Jaccard at or above which an article is a near-duplicate of an earlier one.</summary>
    public const double DuplicateThreshold = 0.5;

    private static readonly ulong[] A = new ulong[Hashes];
    private static readonly ulong[] B = new ulong[Hashes];

    static MinHash()
    {
        // Fixed seeds: signatures must be comparable across runs and processes.
        ulong s = 0x9E3779B97F4A7C15UL;
        for (int i = 0; i < Hashes; i++)
        {
            A[i] = SplitMix(ref s) | 1UL;
            B[i] = SplitMix(ref s);
        }
    }

    private static ulong SplitMix(ref ulong s)
    {
        ulong z = s += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The signature, or empty when the text has fewer than two shingles.</summary>
    public static uint[] Compute(string text)
    {
        // Word hashes first: one pass over the characters, no per-word strings.
        var words = new List<ulong>(text.Length / 6 + 1);
        ulong h = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord) { h = 14695981039346656037UL; inWord = true; }
                h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
            }
            else if (inWord) { words.Add(h); inWord = false; }
        }
        if (inWord) words.Add(h);
        int shingles = words.Count - ShingleWords + 1;
        if (shingles < 2) return [];

        var min = new uint[Hashes];
        Array.Fill(min, uint.MaxValue);
        for (int i = 0; i < shingles; i++)
        {
            ulong x = words[i];
            for (int k = 1; k < ShingleWords; k++) x = (x * 0x100000001B3UL) ^ (words[i + k] + 0x632BE59BD9B4E019UL * (ulong)k);
            for (int j = 0; j < Hashes; j++)
            {
                uint v = (uint)((A[j] * x + B[j]) >> 32);
                if (v < min[j]) min[j] = v;
            }
        }
        return min;
    }

    /// <summary>The share of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != Hashes || b.Length != Hashes) return 0;
        int eq = 0;
        for (int i = 0; i < Hashes; i++) if (a[i] == b[i]) eq++;
        return eq / (double)Hashes;
    }

    /// <summary>One key per band; articles sharing any key are candidates for the exact comparison.</summary>
    public static long[] BandKeys(ReadOnlySpan<uint> sig)
    {
        if (sig.Length != Hashes) return [];
        var keys = new long[Bands];
        for (int b = 0; b < Bands; b++)
        {
            ulong k = 0xCBF29CE484222325UL ^ (ulong)b;
            for (int r = 0; r < Rows; r++) k = (k ^ sig[b * Rows + r]) * 0x100000001B3UL;
            keys[b] = (long)k;
        }
        return keys;
    }

    public static byte[] ToBytes(uint[] sig)
    {
        var bytes = new byte[sig.Length * 4];
        Buffer.BlockCopy(sig, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var sig = new uint[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, sig, 0, sig.Length * 4);
        return sig;
    }
}

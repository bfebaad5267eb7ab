namespace Warta.Ner;

/// <summary>Allocation-free 64-bit hashing of token text for feature ids and lexicon lookups.</summary>
internal static class NerHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Add(ulong h, char c) => (h ^ c) * Prime;

    public static ulong Lower(ReadOnlySpan<char> s)
    {
        ulong h = Seed;
        foreach (char c in s) h = Add(h, char.ToLowerInvariant(c));
        return h;
    }

    /// <summary>splitmix64 finalizer: spreads a combined key before it is cut down to a bucket.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a * 0x9E3779B97F4A7C15UL + b);
}

namespace Warta.Ner;

/// <summary>
/// Name lists the tagger uses as features: gazetteer phrases (countries, provinces, people, organisations)
/// and trigger words (titles such as "Presiden", organisation heads such as "PT", place heads such as
/// "Kabupaten"), each under a class name. The lists are baked into the model file at training time, so the
/// tagger needs nothing else at run time. Matching is case-insensitive over whole tokens.
/// </summary>
public sealed class NerLexicon
{
    public const int MaxClasses = 15;
    public const int MaxPhraseTokens = 6;
    private const ushort PrefixBit = 1 << 15;

    private readonly Dictionary<ulong, ushort> _phrases = [];

    public NerLexicon(IReadOnlyList<string> classNames, IReadOnlyList<(int Class, string Phrase)> entries)
    {
        if (classNames.Count > MaxClasses) throw new ArgumentException($"At most {MaxClasses} lexicon classes.");
        ClassNames = classNames;
        Entries = entries;
        foreach (var (cls, phrase) in entries)
        {
            var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts.Length > MaxPhraseTokens) continue;
            ulong h = NerHash.Seed;
            for (int i = 0; i < parts.Length; i++)
            {
                h = NerHash.Combine(h, NerHash.Lower(parts[i]));
                ushort bit = i == parts.Length - 1 ? (ushort)(1 << cls) : PrefixBit;
                _phrases[h] = (ushort)(_phrases.GetValueOrDefault(h) | bit);
            }
        }
    }

    public static NerLexicon Empty { get; } = new([], []);

    public IReadOnlyList<string> ClassNames { get; }

    public IReadOnlyList<(int Class, string Phrase)> Entries { get; }

    /// <summary>
    /// Reads "CLASS&lt;tab&gt;phrase" lines ('#' comments allowed); class names are numbered in order of
    /// first appearance.
    /// </summary>
    public static NerLexicon Load(IEnumerable<string> paths)
    {
        var names = new List<string>();
        var entries = new List<(int, string)>();
        foreach (var path in paths)
        {
            foreach (var raw in File.ReadLines(path))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                int tab = line.IndexOf('\t');
                if (tab <= 0) continue;
                var cls = line[..tab];
                int id = names.IndexOf(cls);
                if (id < 0) { id = names.Count; names.Add(cls); }
                entries.Add((id, line[(tab + 1)..].Trim()));
            }
        }
        return new NerLexicon(names, entries);
    }

    /// <summary>
    /// Marks lexicon hits: <paramref name="begin"/>[i] gets the classes of phrases starting at token i,
    /// <paramref name="inside"/>[i] those of phrases covering i but starting earlier.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Match(ReadOnlySpan<ulong> lowerHashes, Span<ushort> begin, Span<ushort> inside)
    {
        int n = lowerHashes.Length;
        begin[..n].Clear();
        inside[..n].Clear();
        if (_phrases.Count == 0) return;
        for (int i = 0; i < n; i++)
        {
            ulong h = NerHash.Seed;
            for (int j = i; j < n && j - i < MaxPhraseTokens; j++)
            {
                h = NerHash.Combine(h, lowerHashes[j]);
                if (!_phrases.TryGetValue(h, out ushort v)) break;
                ushort classes = (ushort)(v & ~PrefixBit);
                if (classes != 0)
                {
                    begin[i] |= classes;
                    for (int k = i + 1; k <= j; k++) inside[k] |= classes;
                }
                if ((v & PrefixBit) == 0) break;
            }
        }
    }
}

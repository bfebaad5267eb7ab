using Warta.Resources;

namespace Warta.Tokenization;

/// <summary>How an abbreviation behaves at a period.</summary>
public enum AbbreviationClass : byte
{
    /// <summary>Not an abbreviation.</summary>
    None,

    /// <summary>Comes before a name, number or place ("Dr.", "Jl.", "No."): never ends a sentence.</summary>
    Title,

    /// <summary>May end a sentence ("dll.", "dkk.", "Tbk."): ends one when a capitalized word follows.</summary>
    Abbreviation,

    /// <summary>A run of single letters with periods ("J.", "L.P."): ends a sentence only at a line end.</summary>
    Initials,
}

/// <summary>
/// Tokenizer knowledge for one language (abbreviations) plus language-neutral lists (currency prefixes,
/// domain labels), read once from embedded resources. Lookups take spans, so tokenizing allocates no strings.
/// </summary>
public sealed class TokenizerData
{
    private readonly Dictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> _abbr;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _currency;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _tld;

    /// <summary>Longest abbreviation in characters (bounds the look-ahead).</summary>
    public int MaxAbbreviationLength { get; }

    private TokenizerData(Dictionary<string, AbbreviationClass> abbr, HashSet<string> currency, HashSet<string> tld)
    {
        _abbr = abbr.GetAlternateLookup<ReadOnlySpan<char>>();
        _currency = currency.GetAlternateLookup<ReadOnlySpan<char>>();
        _tld = tld.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxAbbreviationLength = abbr.Count == 0 ? 0 : abbr.Keys.Max(k => k.Length);
    }

    private static readonly string[] Languages = ["id", "ms", "en"];
    private static readonly Lazy<Dictionary<string, TokenizerData>> PerLanguage = new(LoadAll);

    /// <summary>Data for a language code (id, ms, en); an unknown or missing code gets all three lists.</summary>
    public static TokenizerData For(string? language)
    {
        var all = PerLanguage.Value;
        return language is not null && all.TryGetValue(language, out var d) ? d : all[""];
    }

    /// <summary>Class of an abbreviation written with its period(s), e.g. "dkk." or "S.H.".</summary>
    public AbbreviationClass Abbreviation(ReadOnlySpan<char> withPeriod)
    {
        if (withPeriod.Length > MaxAbbreviationLength) return AbbreviationClass.None;
        if (_abbr.TryGetValue(withPeriod, out var c)) return c;
        if (withPeriod.Length < 2 || !char.IsUpper(withPeriod[0])) return AbbreviationClass.None;
        // A lower-case entry also matches capitalized at a sentence start ("Dll."), and a capitalized
        // entry matches in capitals ("JL.", "KEL." in addresses written in upper case).
        Span<char> buf = stackalloc char[withPeriod.Length];
        withPeriod.CopyTo(buf);
        buf[0] = char.ToLowerInvariant(buf[0]);
        if (_abbr.TryGetValue(buf, out c)) return c;
        if (withPeriod.Length > 2 && !withPeriod.ContainsAnyInRange('a', 'z'))
        {
            withPeriod.ToLowerInvariant(buf);
            buf[0] = withPeriod[0];
            if (_abbr.TryGetValue(buf, out c)) return c;
        }
        return AbbreviationClass.None;
    }

    public bool IsCurrencyPrefix(ReadOnlySpan<char> s) => _currency.Contains(s);

    public bool IsDomainLabel(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 6) return false;
        Span<char> buf = stackalloc char[s.Length];
        s.ToLowerInvariant(buf);
        return _tld.Contains(buf);
    }

    private static Dictionary<string, TokenizerData> LoadAll()
    {
        var currency = new HashSet<string>(ReadLines("data/tokenization/currency.tsv").Select(l => l[0]), StringComparer.Ordinal);
        var tld = new HashSet<string>(ReadLines("data/tokenization/tlds.tsv").Select(l => l[0]), StringComparer.Ordinal);
        var perLanguage = new Dictionary<string, Dictionary<string, AbbreviationClass>>(StringComparer.Ordinal);
        var union = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
        foreach (var lang in Languages)
        {
            var d = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
            foreach (var cols in ReadLines($"lang/{lang}/abbreviations.tsv"))
            {
                var cls = cols.Length > 1 && cols[1] == "title" ? AbbreviationClass.Title : AbbreviationClass.Abbreviation;
                d.TryAdd(cols[0], cls);
                // Across languages a title wins: a word that precedes names anywhere should not end sentences.
                if (!union.TryAdd(cols[0], cls) && cls == AbbreviationClass.Title) union[cols[0]] = cls;
            }
            perLanguage[lang] = d;
        }
        // News in one language quotes the others ("Mr." and "U.S." in Indonesian, "Jl." in English), so every
        // language gets all entries; its own file decides the class where the files disagree.
        var result = new Dictionary<string, TokenizerData>(StringComparer.Ordinal) { [""] = new TokenizerData(union, currency, tld) };
        foreach (var (lang, own) in perLanguage)
        {
            var d = new Dictionary<string, AbbreviationClass>(union, StringComparer.Ordinal);
            foreach (var (k, v) in own) d[k] = v;
            result[lang] = new TokenizerData(d, currency, tld);
        }
        return result;
    }

    /// <summary>Non-comment, non-blank lines of an embedded TSV resource, split on tabs.</summary>
    /// <summary>Rows of an embedded resource with a non-empty first column.</summary>
    internal static IEnumerable<string[]> ReadLines(string resource) =>
        EmbeddedTsv.Rows(resource).Where(cols => cols[0].Length > 0);
}

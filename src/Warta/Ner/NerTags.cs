using Warta.Documents;

namespace Warta.Ner;

/// <summary>
/// The BIO tag set over the three folded types. Tag ids: 0 = O, then B/I pairs (B = 1 + 2k, I = 2 + 2k)
/// for PER, ORG, LOC in that order, so the type of a non-O tag is (tag - 1) / 2.
/// </summary>
public static class NerTags
{
    public const int O = 0;
    public const int Count = 7;
    public const int TypeCount = 3;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
    private static readonly string[] TypeNames = ["PER", "ORG", "LOC"];

    public static string Name(int tag) => Names[tag];

    public static string TypeName(int type) => TypeNames[type];

    public static bool IsBegin(int tag) => tag != O && (tag & 1) == 1;

    public static bool IsInside(int tag) => tag != O && (tag & 1) == 0;

    public static int TypeOf(int tag) => (tag - 1) >> 1;

    public static int Begin(int type) => 1 + 2 * type;

    public static int Inside(int type) => 2 + 2 * type;

    public static EntityType ToEntityType(int type) => type switch
    {
        0 => EntityType.PER,
        1 => EntityType.ORG,
        _ => EntityType.LOC,
    };

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="prev"/> (-1 = sentence start) in BIO.</summary>
    public static bool Allowed(int prev, int next) =>
        !IsInside(next) || (prev > O && TypeOf(prev) == TypeOf(next));

    /// <summary>
    /// Folds a dataset's entity type name to PER/ORG/LOC (-1 = not kept, read as O). Case-insensitive:
    /// PER/PERSON; ORG/ORGANIZATION/ORGANISATION; LOC/LOCATION/PLACE/GPE. Every other type
    /// (TIME, QUANTITY, MISC, EVENT, …) is dropped to O.
    /// </summary>
    public static int FoldType(ReadOnlySpan<char> type)
    {
        if (Is(type, "PER") || Is(type, "PERSON")) return 0;
        if (Is(type, "ORG") || Is(type, "ORGANIZATION") || Is(type, "ORGANISATION")) return 1;
        if (Is(type, "LOC") || Is(type, "LOCATION") || Is(type, "PLACE") || Is(type, "GPE")) return 2;
        return -1;

        static bool Is(ReadOnlySpan<char> a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Reads one label ("B-PERSON", "i-loc", "O", "S-ORG", "E-ORG", "PER") as a raw tag before repair:
    /// B/S → begin, I/E → inside, a bare type → inside (IOB1-style; <see cref="Repair"/> makes it a begin
    /// where it opens an entity).
    /// </summary>
    public static int ParseLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || (label.Length == 1 && (label[0] == 'O' || label[0] == 'o'))) return O;
        bool begin = false;
        var type = label;
        if (label.Length > 2 && (label[1] == '-' || label[1] == '_'))
        {
            char p = char.ToUpperInvariant(label[0]);
            begin = p is 'B' or 'S';
            type = label[2..];
        }
        int t = FoldType(type);
        if (t < 0) return O;
        return begin ? Begin(t) : Inside(t);
    }

    /// <summary>
    /// Makes a tag sequence valid BIO in place: an I-X that does not continue an X entity (IOB1 data or
    /// an annotation slip) becomes B-X.
    /// </summary>
    public static void Repair(Span<int> tags)
    {
        int prev = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            if (!Allowed(prev, tags[i])) tags[i] = Begin(TypeOf(tags[i]));
            prev = tags[i];
        }
    }

    /// <summary>Entity spans [Start, End) over token indices with their type, from a valid BIO sequence.</summary>
    public static List<(int Start, int End, int Type)> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, int)>();
        int start = -1, type = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            int t = i < tags.Length ? tags[i] : O;
            bool continues = start >= 0 && IsInside(t) && TypeOf(t) == type;
            if (continues) continue;
            if (start >= 0) spans.Add((start, i, type));
            start = -1;
            if (t != O) { start = i; type = TypeOf(t); }
        }
        return spans;
    }
}

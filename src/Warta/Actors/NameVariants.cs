namespace Warta.Actors;

/// <summary>
/// Interchangeable romanisations of name parts (data/actors/name-variants.tsv: Abdul|Abd|Abdel, Mohammed|Mohamed|Mohd…):
/// a curated person's alias of three words or more is also matched with each part spelt another way. Used once, when the
/// linker's trie is built.
/// </summary>
internal static class NameVariants
{
    private const int MinWords = 3;
    private const int MaxVariants = 24;

    private static readonly Lazy<Dictionary<string, string[]>> Groups = new(Load);

    private static Dictionary<string, string[]> Load()
    {
        var map = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Warta.Resources.EmbeddedTsv.Rows("data/actors/name-variants.tsv"))
        {
            if (row.Length == 0) continue;
            var forms = row[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var f in forms) map[f] = forms;
        }
        return map;
    }

    private static readonly Lazy<HashSet<string>> FamilyFirstCountries = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Warta.Resources.EmbeddedTsv.Rows("data/actors/family-first.tsv"))
            if (row.Length > 0 && row[0].Length == 3) set.Add(row[0]);
        return set;
    });

    /// <summary>
    /// "Hayashi Yoshimasa" for a two-word name "Yoshimasa Hayashi" of a person whose first code is a country that writes its
    /// officials' names family name first (data/actors/family-first.tsv); null otherwise.
    /// </summary>
    public static string? FamilyFirst(string alias, ActorEntry entry)
    {
        if (entry.Codes.Count == 0 || entry.Codes[0].Code.Length < 3) return null;
        if (!FamilyFirstCountries.Value.Contains(entry.Codes[0].Code[..3])) return null;
        int space = alias.IndexOf(' ');
        if (space <= 0 || space != alias.LastIndexOf(' ') || space == alias.Length - 1) return null;
        return string.Concat(alias.AsSpan(space + 1), " ", alias.AsSpan(0, space));
    }

    /// <summary>The alias with one or more parts respelt (not the alias itself); none for names under three words.</summary>
    public static List<string> Of(string alias)
    {
        var result = new List<string>();
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinWords) return result;
        var groups = Groups.Value;
        var current = new List<string> { alias };
        for (int i = 0; i < words.Length; i++)
        {
            if (!groups.TryGetValue(words[i], out var forms)) continue;
            var next = new List<string>();
            foreach (var c in current)
            {
                var parts = c.Split(' ');
                foreach (var f in forms)
                {
                    if (next.Count >= MaxVariants) break;
                    parts[i] = f;
                    next.Add(string.Join(' ', parts));
                }
            }
            current = next;
        }
        foreach (var c in current)
            if (!string.Equals(c, alias, StringComparison.Ordinal) && !result.Contains(c)) result.Add(c);
        return result;
    }
}

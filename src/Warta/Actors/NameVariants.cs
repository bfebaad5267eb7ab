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

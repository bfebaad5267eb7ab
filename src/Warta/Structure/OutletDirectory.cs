using Warta.Resources;

namespace Warta.Structure;

/// <summary>A news organisation from data/outlets.tsv.</summary>
public sealed record Outlet(string Name, string Country, string Kind);

/// <summary>
/// Known news organisations and their aliases, matched in text without allocation: aliases are grouped by
/// their first letter-or-digit run, so a lookup costs one dictionary probe per capitalized word.
/// </summary>
public sealed class OutletDirectory
{
    private static readonly Lazy<OutletDirectory> LazyDefault = new(() => Load(EmbeddedTsv.Rows("data/outlets.tsv")));

    public static OutletDirectory Default => LazyDefault.Value;

    private readonly Dictionary<string, (string Alias, Outlet Outlet, bool ExactCase)[]> _byHead;
    private readonly Dictionary<string, (string Alias, Outlet Outlet, bool ExactCase)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private OutletDirectory(Dictionary<string, (string Alias, Outlet Outlet, bool ExactCase)[]> byHead)
    {
        _byHead = byHead;
        _lookup = byHead.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _byHead.Values.SelectMany(v => v).Select(v => v.Outlet).Distinct().Count();

    internal static OutletDirectory Load(IEnumerable<string[]> rows)
    {
        var groups = new Dictionary<string, List<(string, Outlet, bool)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in rows)
        {
            if (r.Length < 3) continue;
            var outlet = new Outlet(r[0].Trim(), r[1].Trim(), r[2].Trim());
            // The name itself is matched only when listed among the aliases ("RT" would hit the Indonesian
            // neighbourhood unit "RT"); a row without aliases is matched by its name.
            var aliases = r.Length > 3 ? r[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (aliases.Length == 0) aliases = [outlet.Name];
            foreach (var alias in aliases.Distinct(StringComparer.Ordinal))
            {
                string head = alias[..HeadLength(alias, 0)];
                if (head.Length == 0) continue;
                if (!groups.TryGetValue(head, out var list)) groups[head] = list = [];
                if (!list.Any(x => x.Item1 == alias)) list.Add((alias, outlet, ExactCase(alias)));
            }
        }
        var byHead = new Dictionary<string, (string, Outlet, bool)[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in groups)
            byHead[k] = [.. v.OrderByDescending(x => x.Item1.Length).ThenBy(x => x.Item1, StringComparer.Ordinal)];
        return new OutletDirectory(byHead);
    }

    /// <summary>
    /// Aliases in lower case ("detikcom") and acronyms ("RIA", "WAFA") match only as written: "Ria" and "Wafa"
    /// are also given names.
    /// </summary>
    private static bool ExactCase(string alias) =>
        char.IsLower(alias[0]) || (alias.Length <= 6 && alias.All(c => char.IsUpper(c) || char.IsDigit(c)));

    private static int HeadLength(ReadOnlySpan<char> s, int start)
    {
        int i = start;
        while (i < s.Length && char.IsLetterOrDigit(s[i])) i++;
        return i - start;
    }

    /// <summary>
    /// The longest alias starting exactly at <paramref name="start"/> and ending at a word boundary.
    /// An alias written with a capital must start with a capital in the text ("Antara", not "antara");
    /// lower-case aliases and acronyms must match their case exactly.
    /// </summary>
    public bool TryMatchAt(string text, int start, out Outlet outlet, out int end) =>
        TryMatchAt(text.AsSpan(), start, out outlet, out end);

    private bool TryMatchAt(ReadOnlySpan<char> text, int start, out Outlet outlet, out int end)
    {
        outlet = null!;
        end = start;
        if (start >= text.Length || !char.IsLetterOrDigit(text[start])) return false;
        if (start > 0 && char.IsLetterOrDigit(text[start - 1])) return false;
        int headLen = HeadLength(text, start);
        if (!_lookup.TryGetValue(text.Slice(start, headLen), out var candidates)) return false;
        var rest = text[start..];
        foreach (var (alias, o, exact) in candidates)
        {
            if (rest.Length < alias.Length) continue;
            bool ok = exact
                ? rest.StartsWith(alias, StringComparison.Ordinal)
                : char.IsUpper(rest[0]) && rest.StartsWith(alias, StringComparison.OrdinalIgnoreCase);
            if (!ok) continue;
            int e = start + alias.Length;
            if (e < text.Length && char.IsLetterOrDigit(text[e])) continue;
            outlet = o;
            end = e;
            return true;
        }
        return false;
    }

    /// <summary>The outlet whose alias is exactly <paramref name="s"/> (trimmed), or null.</summary>
    public Outlet? FindExact(string s) => FindExact(s.AsSpan());

    /// <inheritdoc cref="FindExact(string)"/>
    public Outlet? FindExact(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        return s.Length > 0 && TryMatchAt(s, 0, out var o, out int end) && end == s.Length ? o : null;
    }
}

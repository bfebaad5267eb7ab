namespace Warta.Structure;

/// <summary>
/// The publishing site's own names, from the input's outlet and URL ("ANTARA Sulteng (sulteng.antaranews.com)",
/// "https://www.hukamanews.com/…"), folded to letters and digits: a capitalized outlet name opening the text
/// ("HUKAMANEWS - …") is no place, "AshefaNews, Jakarta –" is the site's own dateline, and "JAKARTA, KOMPAS.com -" on
/// kompas.com credits no wire.
/// </summary>
internal sealed class SiteNames
{
    public static readonly SiteNames None = new([]);

    private readonly string[] _names;

    private SiteNames(string[] names) => _names = names;

    public static SiteNames From(string? outlet, string? url)
    {
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(outlet))
        {
            // Every name it gives: "The Japan News (Yomiuri) / Jiji Press" is Jiji Press's own copy too.
            foreach (var part in outlet.Split(['(', ')', '/', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                AddFolded(names, part);
        }
        if (!string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            // Host labels but the public-suffix-like tail and service prefixes: jateng.antaranews.co → jateng, antaranews.
            var labels = uri.Host.Split('.', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < labels.Length - 1; i++)
                if (labels[i].Length > 3 && labels[i] is not ("news" or "berita")) AddFolded(names, labels[i]);
        }
        return names.Count == 0 ? None : new SiteNames([.. names.Distinct(StringComparer.Ordinal)]);
    }

    private static void AddFolded(List<string> names, string s)
    {
        var f = Fold(s);
        if (f.Length >= 3) names.Add(f);
    }

    /// <summary>Whether <paramref name="name"/> is the site: equal when folded, or its domain ("Kompas.com" for kompas.com).</summary>
    public bool Matches(string name)
    {
        var f = Fold(name);
        if (f.Length < 3) return false;
        foreach (var n in _names)
            if (n == f || (f.StartsWith(n, StringComparison.Ordinal) && f[n.Length..] is "com" or "coid" or "net" or "my" or "id" or "tv"))
                return true;
        return false;
    }

    private static string Fold(string s)
    {
        Span<char> buf = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        int n = 0;
        foreach (char c in s)
            if (char.IsLetterOrDigit(c)) buf[n++] = char.ToLowerInvariant(c);
        return new string(buf[..n]);
    }
}

using System.Text;

namespace Warta.Structure;

/// <summary>Small helpers over one line of raw article text.</summary>
internal static class LineText
{
    /// <summary>Comparison key: letters and digits lower-cased, single spaces between words.</summary>
    public static string Key(string s)
    {
        // The key is never longer than the line: build it in a stack or pooled buffer, allocate only the result.
        char[]? rented = null;
        Span<char> buf = s.Length <= 512 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(s.Length));
        int n = 0;
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && n > 0) buf[n++] = ' ';
                space = false;
                buf[n++] = char.ToLowerInvariant(c);
            }
            else space = true;
        }
        string key = new(buf[..n]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return key;
    }

    /// <summary>Whether <see cref="Key"/> of <paramref name="s"/> equals <paramref name="key"/>, without building it.</summary>
    public static bool KeyEquals(string s, string key)
    {
        int j = 0;
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && j > 0)
                {
                    if (j >= key.Length || key[j] != ' ') return false;
                    j++;
                }
                space = false;
                if (j >= key.Length || key[j] != char.ToLowerInvariant(c)) return false;
                j++;
            }
            else space = true;
        }
        return j == key.Length;
    }

    public static int WordCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    public static bool EndsSentence(string s) => EndsSentence(s.AsSpan());

    public static bool EndsSentence(ReadOnlySpan<char> s)
    {
        var t = s.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ';' or ')';
    }

    /// <summary>A headline: a few words, no closing full stop or colon, not starting in lower case.</summary>
    public static bool IsHeadlineLike(string s)
    {
        int words = WordCount(s);
        if (words is < 2 or > 25) return false;
        var t = s.AsSpan().TrimEnd();
        if (t[^1] is '.' or ':' or ',' or ';') return false;
        return !char.IsLower(t[0]);
    }

    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is ',' or '|' or '-' or '–' or '—' or '•' or '·' or ':' or '/' or '\u2022';

    public static string TrimSeparators(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSeparator(s[a])) a++;
        while (b > a && IsSeparator(s[b - 1])) b--;
        return s[a..b];
    }

    /// <summary>"PYONGYANG" → "Pyongyang", "KUALA LUMPUR" → "Kuala Lumpur"; mixed-case words stay as written.</summary>
    public static string TitleCaseAllCapsWords(string s)
    {
        var chars = s.ToCharArray();
        int i = 0;
        while (i < chars.Length)
        {
            if (!char.IsLetter(chars[i])) { i++; continue; }
            int j = i;
            while (j < chars.Length && char.IsLetter(chars[j])) j++;
            bool allUpper = j - i >= 2;
            for (int k = i; k < j && allUpper; k++) if (!char.IsUpper(chars[k])) allUpper = false;
            bool dotted = j < chars.Length && chars[j] == '.';
            if (allUpper && !dotted)
                for (int k = i + 1; k < j; k++) chars[k] = char.ToLowerInvariant(chars[k]);
            i = j;
        }
        return new string(chars);
    }

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "bin", "binti", "bt", "van", "von", "der", "den", "de", "da", "del", "al", "el", "la", "le", "dos", "du",
    };

    /// <summary>
    /// Splits an author list ("A, B dan C", "A and B", "A &amp; B") into names when every part looks like a
    /// person's name: 1–6 words, each capitalized or a name connector ("bin", "van").
    /// </summary>
    public static List<string>? SplitNames(string s, bool allowSingleWord)
    {
        var parts = new List<string>();
        foreach (var chunk in s.Split([',', '&', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var p in chunk.Split([" dan ", " and ", " serta "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                parts.Add(p);
        }
        if (parts.Count is 0 or > 6) return null;
        foreach (var p in parts)
        {
            if (p.Length > 60) return null;
            var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 6 || (words.Length < 2 && !allowSingleWord)) return null;
            foreach (var w in words)
            {
                if (NameConnectors.Contains(w)) continue;
                if (!char.IsUpper(w[0])) return null;
                foreach (char c in w)
                    if (!(char.IsLetter(c) || c is '.' or '\'' or '’' or '-')) return null;
            }
            if (!char.IsUpper(words[0][0])) return null;
        }
        return [.. parts.Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
    }
}

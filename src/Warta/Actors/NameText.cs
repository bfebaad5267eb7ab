namespace Warta.Actors;

/// <summary>
/// Splits names into matching units and folds them, identically for dictionary aliases and article text.
/// A unit is a maximal run of letters/digits or one other non-space character ("Jong-un" → jong, -, un),
/// so matching does not depend on how the tokenizer splits hyphens, dots or apostrophes.
/// </summary>
internal static class NameText
{
    /// <summary>Longest unit that is looked up; longer runs are never names.</summary>
    public const int MaxUnit = 48;

    /// <summary>Finds the next unit at or after <paramref name="pos"/> within [pos, end); returns false when none.</summary>
    public static bool NextUnit(ReadOnlySpan<char> s, ref int pos, out int start, out int end)
    {
        int i = pos;
        while (i < s.Length && (char.IsWhiteSpace(s[i]) || IsIgnorable(s[i]))) i++;
        if (i >= s.Length)
        {
            start = end = pos = s.Length;
            return false;
        }
        start = i;
        if (char.IsLetterOrDigit(s[i]))
        {
            i++;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || IsCombining(s[i]))) i++;
        }
        else
        {
            i++;
        }
        end = pos = i;
        return true;
    }

    /// <summary>A whole name folded unit by unit and joined with spaces ("Kim Jong-un" → "kim jong - un"), for exact name lookups.</summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 8);
        int pos = 0;
        while (NextUnit(name, ref pos, out int s, out int e))
        {
            if (sb.Length > 0) sb.Append(' ');
            foreach (char c in name[s..e])
                if (!IsCombining(c)) sb.Append(FoldChar(c));
        }
        return sb.ToString();
    }

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/> as whole words (case ignored): "China" in "penjaga pantai China".</summary>
    public static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            from = at + 1;
        }
        return false;
    }

    public static bool IsWordUnit(ReadOnlySpan<char> unit) => unit.Length > 0 && char.IsLetterOrDigit(unit[0]);

    /// <summary>Folds one unit into <paramref name="dest"/>: lower case, Latin diacritics removed, dash and apostrophe variants unified.</summary>
    public static int Fold(ReadOnlySpan<char> unit, Span<char> dest)
    {
        int n = 0;
        foreach (char c in unit)
        {
            if (IsCombining(c)) continue;
            if (n >= dest.Length) return -1;
            dest[n++] = FoldChar(c);
        }
        return n;
    }

    public static string Fold(ReadOnlySpan<char> unit)
    {
        Span<char> buf = stackalloc char[Math.Max(unit.Length, 1)];
        int n = Fold(unit, buf);
        return new string(buf[..n]);
    }

    private static bool IsIgnorable(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF';

    private static bool IsCombining(char c) => c is >= '\u0300' and <= '\u036F';

    public static char FoldChar(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        switch (c)
        {
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212': return '-';
            case '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '`' or '\u00B4': return '\'';
        }
        char l = char.ToLowerInvariant(c);
        return l switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
            'ç' or 'ć' or 'č' or 'ĉ' => 'c',
            'ď' or 'đ' => 'd',
            'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
            'ğ' or 'ĝ' or 'ġ' or 'ģ' => 'g',
            'ì' or 'í' or 'î' or 'ï' or 'ī' or 'į' or 'ı' => 'i',
            'ķ' => 'k',
            'ĺ' or 'ļ' or 'ľ' or 'ł' => 'l',
            'ñ' or 'ń' or 'ň' or 'ņ' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => 'o',
            'ŕ' or 'ř' => 'r',
            'ś' or 'š' or 'ş' or 'ș' => 's',
            'ť' or 'ţ' or 'ț' => 't',
            'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' or 'ų' => 'u',
            'ý' or 'ÿ' => 'y',
            'ź' or 'ż' or 'ž' => 'z',
            _ => l,
        };
    }
}

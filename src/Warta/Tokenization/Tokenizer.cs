using System.Globalization;
using Warta.Documents;

namespace Warta.Tokenization;

/// <summary>
/// Rule tokenizer for Indonesian, Malay and English news text. One left-to-right pass over the characters,
/// no regular expressions and no strings per token: each token is an offset pair with a kind and shape flags.
/// Surface tokens follow UD Indonesian: clitics stay on their word ("kerjanya"), reduplications and
/// hyphenated words are one token ("negara-negara", "Jong-un"), currency prefixes are split off ("Rp" "9.000").
/// </summary>
public static class Tokenizer
{
    // A per-thread scratch list: only the exact-size result array is new per document.
    [ThreadStatic] private static List<Token>? t_scratch;
    private const int MaxKeptScratch = 1 << 16;

    public static Token[] Tokenize(string text, TokenizerData data)
    {
        var tokens = t_scratch ?? new List<Token>(text.Length / 5 + 4);
        t_scratch = null;
        tokens.Clear();
        int n = text.Length, i = 0;
        bool space = false;
        // Whether a straight double/single quote is open on the current line (decides open vs close).
        bool doubleOpen = false, singleOpen = false;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n') doubleOpen = singleOpen = false;
                space = true;
                i++;
                continue;
            }
            int start = i, end;
            var flags = space && i > 0 ? TokenFlags.SpaceBefore : TokenFlags.None;
            space = false;
            TokenKind kind;
            if (IsPossessive(text, i))
            {
                // English possessive "'s" after a word: its own Word token (as in UD English), so "Putin's"
                // links as "Putin" and the apostrophe is never taken for a quotation mark.
                kind = TokenKind.Word;
                end = i + 2;
            }
            else if (IsQuoteChar(c))
            {
                kind = TokenKind.Quote;
                end = i + 1;
                char next = end < n ? text[end] : '\0';
                if ((c == '`' && next == '`') || (c == '\'' && next == '\'')) end++;
                flags |= QuoteDirection(text, start, end, c, ref doubleOpen, ref singleOpen);
            }
            else if (IsWordChar(c))
            {
                end = ScanWord(text, start, data, out kind);
                if (kind != TokenKind.Symbol) flags |= Shape(text.AsSpan(start, end - start));
            }
            else if ((c == '#' || c == '@') && i + 1 < n && IsWordChar(text[i + 1]) && (i == 0 || !IsWordChar(text[i - 1])))
            {
                // Hashtag or handle: one token.
                end = i + 1;
                while (end < n && (IsWordChar(text[end]) || text[end] == '_')) end++;
                kind = TokenKind.Word;
                flags |= Shape(text.AsSpan(start + 1, end - start - 1)) & ~TokenFlags.Capitalized;
            }
            else
            {
                end = i + 1;
                if (c is '.' or '?' or '!' or '-')
                {
                    // "...", "?!", "--" are one token.
                    while (end < n && (text[end] == c || (c is '?' or '!' && text[end] is '?' or '!'))) end++;
                }
                else if (char.IsHighSurrogate(c) && end < n && char.IsLowSurrogate(text[end])) end++;
                kind = IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                if (c is '-' or '\u2010' or '\u2011') flags |= TokenFlags.HasHyphen;
            }
            tokens.Add(new Token(start, end, kind, flags));
            i = end;
        }
        Token[] result = [.. tokens];
        if (tokens.Capacity <= MaxKeptScratch) t_scratch = tokens;
        return result;
    }

    /// <summary>"'s" / "’s" closing a word ("Putin's", "China’s"): the apostrophe follows a letter, "s" ends the word.</summary>
    private static bool IsPossessive(string t, int i) =>
        i > 0 && i + 1 < t.Length && t[i] is '\'' or '\u2019' && char.IsLetter(t[i - 1]) && t[i + 1] is 's' or 'S'
        && (i + 2 == t.Length || !char.IsLetterOrDigit(t[i + 2]));

    /// <summary>Scans a word, number, URL, e-mail or domain starting at a letter or digit.</summary>
    private static int ScanWord(string t, int start, TokenizerData data, out TokenKind kind)
    {
        int n = t.Length;
        kind = char.IsDigit(t[start]) ? TokenKind.Number : TokenKind.Word;
        if (StartsUrl(t, start)) return ScanUrl(t, start);

        // Currency prefix glued to an amount: "Rp51,6" → "Rp" "51,6" (a listed prefix may end in '$').
        if (char.IsLetter(t[start]))
        {
            int k = start;
            while (k < n && k - start < 4 && char.IsLetter(t[k])) k++;
            if (k < n && k > start)
            {
                if (t[k] == '$' && data.IsCurrencyPrefix(t.AsSpan(start, k + 1 - start)))
                {
                    kind = TokenKind.Symbol;
                    return k + 1;
                }
                if (char.IsDigit(t[k]) && data.IsCurrencyPrefix(t.AsSpan(start, k - start)))
                {
                    kind = TokenKind.Symbol;
                    return k;
                }
            }
        }

        int j = start, seg = start;
        while (true)
        {
            while (j < n && IsWordChar(t[j])) j++;
            if (j + 1 >= n) break;
            char d = t[j], e = t[j + 1], p = t[j - 1];
            if (IsHyphen(d) && IsWordChar(e))
            {
                if (IsoDateEnd(t, seg, j) is var iso && iso > 0) return iso;
                if (!JoinsHyphen(t, seg, j)) break;
                j++;
                seg = j;
                continue;
            }
            if ((d == '.' || d == ',' || d == ':') && char.IsDigit(p) && char.IsDigit(e))
            {
                // 10.000, 5,2, 3.6, 14:29
                j++;
                continue;
            }
            if (d == '/' && IsWordChar(e))
            {
                // Dates "21/6/2024", quarters "II/2007", letter pairs "C/O"; other slashes split as in UD.
                int slashEnd = SlashEnd(t, seg, j);
                if (slashEnd > 0) return slashEnd;
                break;
            }
            if ((d == '\'' || d == '\u2019') && char.IsLetter(p) && char.IsLetter(e))
            {
                if (IsPossessive(t, j)) break;
                j++;
                continue;
            }
            if (d is '@' or '.' or '_' or '+' && ScanEmail(t, start) is var em && em > 0) return em;
            if (d == '.' && char.IsLower(e) && char.IsLetter(p))
            {
                int m = j + 1;
                while (m < n && char.IsLetterOrDigit(t[m])) m++;
                if ((m == n || !IsWordChar(t[m])) && data.IsDomainLabel(t.AsSpan(j + 1, m - j - 1)) && IsLowerSpan(t.AsSpan(j + 1, m - j - 1)))
                {
                    j = m;
                    // A path after the domain: "detik.com/berita/123".
                    if (j + 1 < n && t[j] == '/' && !char.IsWhiteSpace(t[j + 1])) return ScanUrl(t, start);
                    continue;
                }
            }
            break;
        }

        // "Rp 5.000" gets the same kind as "Rp5.000": a currency prefix before an amount is a symbol.
        if (j - start <= 4 && j + 1 < n && kind == TokenKind.Word)
        {
            int k = t[j] == ' ' ? j + 1 : j;
            if (k < n && char.IsDigit(t[k]) && data.IsCurrencyPrefix(t.AsSpan(start, j - start))) kind = TokenKind.Symbol;
        }

        // A period right after a word: keep it when the word is an abbreviation or an initial.
        if (j < n && t[j] == '.' && char.IsLetter(t[j - 1]))
        {
            int abbrEnd = AbbreviationEnd(t, start, j, data);
            if (abbrEnd > 0) return abbrEnd;
        }
        return j;
    }

    /// <summary>
    /// End (after the last period) of an abbreviation starting at <paramref name="start"/> whose first
    /// segment ends at <paramref name="dot"/>, or 0. Tries chains like "S.H.", "L.P.", "Ph.D." longest first.
    /// </summary>
    private static int AbbreviationEnd(string t, int start, int dot, TokenizerData data)
    {
        int n = t.Length;
        bool allSingle = dot - start == 1 && char.IsLetter(t[start]);
        Span<int> ends = stackalloc int[6];
        int count = 0;
        ends[count++] = dot + 1;
        bool chainSingle = allSingle;
        int longestSingle = allSingle ? dot + 1 : 0;
        int m = dot + 1;
        while (count < ends.Length && m < n && char.IsLetter(t[m]))
        {
            int q = m;
            while (q < n && q - m <= 4 && char.IsLetter(t[q])) q++;
            if (q >= n || t[q] != '.' || q - m > 4) break;
            chainSingle &= q - m == 1;
            if (chainSingle) longestSingle = q + 1;
            ends[count++] = q + 1;
            m = q + 1;
        }
        for (int k = count - 1; k >= 0; k--)
        {
            var cls = data.Abbreviation(t.AsSpan(start, ends[k] - start));
            if (cls == AbbreviationClass.Title) return ends[k];
            if (cls == AbbreviationClass.Abbreviation)
            {
                // "dll. Kemudian": the period ends the sentence and stands alone, as in UD Indonesian;
                // unless another abbreviation follows ("Pte. Ltd.").
                // "U.S. The" → "U.S" "."; "dll. Kemudian" → "dll" ".".
                return EndsSentenceAfter(t, ends[k], data) ? ends[k] - 1 : ends[k];
            }
        }
        // Initials: "J." and chains of single letters "L.P.", "D.W." (an upper-case single letter alone).
        if (longestSingle > dot + 1) return longestSingle;
        if (allSingle && char.IsUpper(t[start])) return dot + 1;
        return 0;
    }

    /// <summary>Whether the text after an abbreviation's period reads as a new sentence (space, then a capital).</summary>
    private static bool EndsSentenceAfter(string t, int afterDot, TokenizerData data)
    {
        int n = t.Length, k = afterDot;
        if (k >= n) return true;
        if (!char.IsWhiteSpace(t[k])) return false;
        while (k < n && char.IsWhiteSpace(t[k])) { if (t[k] == '\n') return true; k++; }
        if (k < n - 1 && IsQuoteChar(t[k])) k++;
        if (k >= n) return true;
        if (!char.IsUpper(t[k])) return false;
        int m = k;
        while (m < n && char.IsLetter(t[m])) m++;
        return !(m < n && t[m] == '.' && data.Abbreviation(t.AsSpan(k, m + 1 - k)) != AbbreviationClass.None);
    }

    /// <summary>
    /// Whether a hyphen at <paramref name="h"/> joins the segment starting at <paramref name="seg"/> with what
    /// follows. UD Indonesian keeps reduplications and lower-case compounds ("negara-negara", "Jong-un",
    /// "ke-2", "1990-an") and splits ranges and joined names ("5-10", "Januari-September", "Bapepam-LK").
    /// </summary>
    private static bool JoinsHyphen(string t, int seg, int h)
    {
        int n = t.Length, r = h + 1;
        while (r < n && IsWordChar(t[r])) r++;
        char l0 = t[seg], r0 = t[h + 1];
        bool leftDigit = char.IsDigit(t[h - 1]), rightDigit = char.IsDigit(r0);
        if (leftDigit && rightDigit) return false;
        if (rightDigit) return !char.IsUpper(l0);
        if (char.IsUpper(l0) && char.IsUpper(r0))
        {
            // Reduplication keeps together whatever the case: "Undang-Undang", "Raja-Raja".
            var left = t.AsSpan(seg, h - seg);
            var right = t.AsSpan(h + 1, r - h - 1);
            return left.Equals(right, StringComparison.OrdinalIgnoreCase) || (r - h - 1 == 1 && h - seg > 1);
        }
        return true;
    }

    /// <summary>
    /// End of a slash-joined token whose segment before the slash at <paramref name="slash"/> starts at
    /// <paramref name="seg"/>, or 0 to split: day/month[/year] dates, roman quarter/year ("II/2007"),
    /// single-letter pairs ("C/O").
    /// </summary>
    private static int SlashEnd(string t, int seg, int slash)
    {
        int n = t.Length;
        var left = t.AsSpan(seg, slash - seg);
        int r = slash + 1;
        while (r < n && IsWordChar(t[r])) r++;
        var right = t.AsSpan(slash + 1, r - slash - 1);
        if (IsAllDigits(left) && IsAllDigits(right))
        {
            if (left.Length > 2 || right.Length > 2 || Small(left) is 0 or > 31 || Small(right) is 0 or > 12) return 0;
            // Optional year: /24 or /2024.
            if (r + 1 < n && t[r] == '/' && char.IsDigit(t[r + 1]))
            {
                int y = r + 1;
                while (y < n && char.IsDigit(t[y])) y++;
                if ((y - r - 1 == 2 || y - r - 1 == 4) && (y == n || !IsWordChar(t[y]))) return y;
            }
            return r < n && IsWordChar(t[r]) ? 0 : r;
        }
        if (IsRoman(left) && right.Length == 4 && IsAllDigits(right)) return r;
        if (left.Length == 1 && right.Length == 1 && char.IsUpper(left[0]) && char.IsUpper(right[0])) return r;
        return 0;
    }

    /// <summary>End of an ISO date "2024-06-19" whose year starts at <paramref name="seg"/>, or 0.</summary>
    private static int IsoDateEnd(string t, int seg, int hyphen)
    {
        int n = t.Length, end = hyphen + 6;
        if (hyphen - seg != 4 || end > n || !IsAllDigits(t.AsSpan(seg, 4))) return 0;
        if (!char.IsDigit(t[hyphen + 1]) || !char.IsDigit(t[hyphen + 2]) || t[hyphen + 3] != '-' || !char.IsDigit(t[hyphen + 4]) || !char.IsDigit(t[hyphen + 5])) return 0;
        return end < n && IsWordChar(t[end]) ? 0 : end;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (char c in s) if (c is < '0' or > '9') return false;
        return true;
    }

    private static int Small(ReadOnlySpan<char> digits)
    {
        int v = 0;
        foreach (char c in digits) v = v * 10 + (c - '0');
        return v;
    }

    private static bool IsRoman(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 4) return false;
        foreach (char c in s) if (c is not ('I' or 'V' or 'X')) return false;
        return true;
    }

    /// <summary>Class of a word token that carries its period, for the sentence splitter.</summary>
    public static AbbreviationClass ClassifyPeriodWord(ReadOnlySpan<char> s, TokenizerData data)
    {
        if (s.Length < 2 || s[^1] != '.') return AbbreviationClass.None;
        var cls = data.Abbreviation(s);
        if (cls != AbbreviationClass.None) return cls;
        // Single letters with periods: J. / L.P.
        for (int k = 0; k < s.Length; k += 2)
        {
            if (k + 1 >= s.Length || !char.IsLetter(s[k]) || s[k + 1] != '.') return AbbreviationClass.None;
        }
        return AbbreviationClass.Initials;
    }

    private static bool StartsUrl(string t, int i)
    {
        if ((t[i] | 0x20) is not ('h' or 'w')) return false;
        var s = t.AsSpan(i);
        return s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 && char.IsLetterOrDigit(s[4]));
    }

    private static int ScanUrl(string t, int start)
    {
        int n = t.Length, j = start, parens = 0;
        while (j < n)
        {
            char c = t[j];
            if (char.IsWhiteSpace(c) || c is '"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB') break;
            if (c == '(') parens++;
            else if (c == ')') { if (parens == 0) break; parens--; }
            j++;
        }
        // Sentence punctuation after a URL is not part of it.
        while (j > start + 1 && t[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'') j--;
        return j;
    }

    /// <summary>End of an e-mail address starting at <paramref name="start"/>, or 0.</summary>
    private static int ScanEmail(string t, int start)
    {
        int n = t.Length, k = start;
        while (k < n && (char.IsLetterOrDigit(t[k]) || t[k] is '.' or '_' or '%' or '+' or '-')) k++;
        if (k >= n - 1 || t[k] != '@' || k == start || !char.IsLetterOrDigit(t[k + 1])) return 0;
        int m = k + 1;
        while (m < n && (char.IsLetterOrDigit(t[m]) || t[m] is '.' or '-')) m++;
        while (m > k + 1 && t[m - 1] is '.' or '-') m--;
        return t.AsSpan(k + 1, m - k - 1).Contains('.') ? m : 0;
    }

    private static TokenFlags QuoteDirection(string t, int start, int end, char c, ref bool doubleOpen, ref bool singleOpen)
    {
        switch (c)
        {
            case '\u201C' or '\u201E' or '\u00AB' or '\u2039' or '\u201A' or '\u2018':
                if (c is '\u201C' or '\u201E' or '\u00AB') doubleOpen = true; else singleOpen = true;
                return TokenFlags.OpenQuote;
            case '\u201D' or '\u00BB' or '\u203A':
                doubleOpen = false;
                return TokenFlags.CloseQuote;
            case '`':
                return TokenFlags.OpenQuote;
        }
        bool prevBoundary = start == 0 || char.IsWhiteSpace(t[start - 1]) || t[start - 1] is '(' or '[' or '{' or '-' or '\u2013' or '\u2014' || IsQuoteChar(t[start - 1]);
        bool nextBoundary = end >= t.Length || char.IsWhiteSpace(t[end]) || t[end] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' || IsQuoteChar(t[end]);
        bool isDouble = c == '"' || end - start == 2;
        ref bool state = ref isDouble ? ref doubleOpen : ref singleOpen;
        bool open;
        if (c == '\u2019') open = prevBoundary && !nextBoundary;
        else if (prevBoundary && !nextBoundary) open = true;
        else if (!prevBoundary && nextBoundary) open = false;
        else open = !state;
        state = open;
        return open ? TokenFlags.OpenQuote : TokenFlags.CloseQuote;
    }

    private static TokenFlags Shape(ReadOnlySpan<char> s)
    {
        int upper = 0, lower = 0;
        var f = TokenFlags.None;
        foreach (char c in s)
        {
            if (c < 128)
            {
                // ASCII fast path.
                if ((uint)(c - 'a') <= 'z' - 'a') lower++;
                else if ((uint)(c - 'A') <= 'Z' - 'A') upper++;
                else if ((uint)(c - '0') <= 9) f |= TokenFlags.HasDigit;
                else if (c == '-') f |= TokenFlags.HasHyphen;
                continue;
            }
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) f |= TokenFlags.HasDigit;
            else if (IsHyphen(c)) f |= TokenFlags.HasHyphen;
        }
        if (s.Length > 0 && char.IsUpper(s[0])) f |= TokenFlags.Capitalized;
        if (upper >= 2 && lower == 0) f |= TokenFlags.AllCaps;
        return f;
    }

    private static bool IsLowerSpan(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsUpper(c)) return false;
        return true;
    }

    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    internal static bool IsQuoteChar(char c) =>
        c is '"' or '\'' or '`' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2018' or '\u2019' or '\u201A' or '\u201B'
            or '\u00AB' or '\u00BB' or '\u2039' or '\u203A';

    internal static bool IsWordChar(char c)
    {
        if (c < 128) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
    }

    // '%', '&', '#', '@' are Unicode punctuation but behave as symbols (units, names, handles).
    private static bool IsPunctuation(char c) => (char.IsPunctuation(c) || c is '\u2026') && c is not ('%' or '\u2030' or '&' or '#' or '@' or '*');
}

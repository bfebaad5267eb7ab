using System.Globalization;
using System.Text.RegularExpressions;

namespace Warta.Structure;

/// <summary>A publication timestamp found in a page: a date, maybe a time, maybe a UTC offset.</summary>
/// <param name="Updated">The page marks it as a last-modified time ("Diperbarui …"), not the publication.</param>
public readonly record struct Timestamp(DateOnly Date, TimeOnly? Time, string? Offset, bool Updated = false)
{
    /// <summary>ISO 8601: "2024-06-21T14:29+07:00", "2024-06-21T14:29" without a zone, "2024-06-21" without a time.</summary>
    public string ToIso()
    {
        string date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } t) return date;
        string time = t.Second != 0
            ? t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)
            : t.ToString("HH:mm", CultureInfo.InvariantCulture);
        return $"{date}T{time}{Offset}";
    }
}

/// <summary>
/// Parses the timestamps news pages print ("Rabu, 19 Juni 2024 - 20:40 WIB", "21 June 2024 14:29",
/// "June 21, 2024 2:29 PM", "29/12/2022, 16:11 WIB") with the month, weekday and zone names of
/// lang/*/structure-dates.tsv. A small hand-written scanner: no regex, no allocation per character.
/// </summary>
public static partial class TimestampParser
{
    private static StructureData Data => StructureData.Default;

    /// <summary>Parses a timestamp that starts at <paramref name="start"/>; <paramref name="end"/> is where it stops.</summary>
    public static bool TryParseAt(string s, int start, out Timestamp ts, out int end)
    {
        ts = default;
        end = start;
        int i = start;
        var months = Data.Months.GetAlternateLookup<ReadOnlySpan<char>>();
        var weekdays = Data.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        var leads = Data.LeadWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var updatedWords = Data.UpdatedWords.GetAlternateLookup<ReadOnlySpan<char>>();
        bool updated = false;

        for (int n = 0; n < 3; n++)
        {
            var w = WordAt(s, i);
            if (w.Length == 0) break;
            if (updatedWords.Contains(w)) updated = true;
            else if (!leads.Contains(w)) break;
            i = SkipChars(s, i + w.Length, " :");
        }
        {
            var w = WordAt(s, i);
            if (w.Length > 0 && weekdays.Contains(w))
            {
                i = SkipChars(s, i + w.Length, " ,.");
            }
        }

        int year, month, day;
        if (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            int n1 = ReadNumber(s, ref i, out int len1);
            if (i < s.Length && (s[i] is '/' or '-' or '.') && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                char sep = s[i++];
                int n2 = ReadNumber(s, ref i, out _);
                if (i >= s.Length || s[i] != sep || i + 1 >= s.Length || !char.IsAsciiDigit(s[i + 1])) return false;
                i++;
                int n3 = ReadNumber(s, ref i, out int len3);
                if (len1 == 4) { year = n1; month = n2; day = n3; }
                else if (len3 == 4) { day = n1; month = n2; year = n3; }
                else if (len3 == 2) { day = n1; month = n2; year = 2000 + n3; }
                else return false;
            }
            else
            {
                if (len1 > 2) return false;
                day = n1;
                i = SkipChars(s, i, " ");
                var mw = WordAt(s, i);
                if (mw.Length == 0 || !months.TryGetValue(mw, out month)) return false;
                i += mw.Length;
                if (i < s.Length && s[i] == '.') i++;
                i = SkipChars(s, i, " ,");
                if (!TryYear(s, ref i, out year)) return false;
            }
        }
        else
        {
            var mw = WordAt(s, i);
            if (mw.Length == 0 || !months.TryGetValue(mw, out month)) return false;
            i += mw.Length;
            if (i < s.Length && s[i] == '.') i++;
            i = SkipChars(s, i, " ");
            if (i >= s.Length || !char.IsAsciiDigit(s[i])) return false;
            day = ReadNumber(s, ref i, out int dl);
            if (dl > 2) return false;
            var suffix = WordAt(s, i);
            if (suffix is "st" or "nd" or "rd" or "th") i += 2;
            i = SkipChars(s, i, " ,");
            if (!TryYear(s, ref i, out year)) return false;
        }
        if (month is < 1 or > 12 || year is < 1900 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var date = new DateOnly(year, month, day);
        end = i;
        ts = new Timestamp(date, null, null, updated);

        // Optional time, after separators and a clock word ("pukul", "at").
        int j = SkipChars(s, i, " ,|-–—•·@/");
        var cw = WordAt(s, j);
        if (cw.Length > 0 && Data.ClockWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(cw)) j = SkipChars(s, j + cw.Length, " :");
        if (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            int h = ReadNumber(s, ref j, out int hl);
            if (hl <= 2 && j + 1 < s.Length && (s[j] is ':' or '.') && char.IsAsciiDigit(s[j + 1]))
            {
                j++;
                int m = ReadNumber(s, ref j, out int ml);
                int sec = 0;
                bool okTime = ml == 2;
                if (okTime && j + 1 < s.Length && s[j] == ':' && char.IsAsciiDigit(s[j + 1]))
                {
                    j++;
                    sec = ReadNumber(s, ref j, out int sl);
                    okTime = sl == 2 && sec < 60;
                }
                if (okTime)
                {
                    int k = SkipChars(s, j, " ");
                    var ap = AmPm(s, k, out int apLen);
                    if (ap != 0 && h is >= 1 and <= 12)
                    {
                        if (ap == 1 && h == 12) h = 0;
                        else if (ap == 2 && h != 12) h += 12;
                        j = k + apLen;
                    }
                    if (h < 24 && m < 60)
                    {
                        string? offset = null;
                        int z = SkipChars(s, j, " (");
                        if (TryZone(s, z, out offset, out int zEnd))
                        {
                            j = zEnd;
                            if (j < s.Length && s[j] == ')') j++;
                        }
                        ts = new Timestamp(date, new TimeOnly(h, m, sec), offset, updated);
                        end = j;
                    }
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Finds a timestamp that runs to the end of <paramref name="line"/> (trailing punctuation allowed) and
    /// starts at the earliest word boundary; <paramref name="start"/> is where it starts.
    /// </summary>
    public static bool TryFindSuffix(string line, out Timestamp ts, out int start)
    {
        // Every timestamp has a year in ASCII digits: none can start after the line's last digit (most lines have none).
        int lastDigit = line.AsSpan().LastIndexOfAnyInRange('0', '9');
        for (int p = 0; p <= lastDigit; p++)
        {
            if (!char.IsLetterOrDigit(line[p]) || (p > 0 && char.IsLetterOrDigit(line[p - 1]))) continue;
            if (TryParseAt(line, p, out ts, out int end) && OnlyTrailingJunk(line, end))
            {
                start = p;
                return true;
            }
        }
        ts = default;
        start = -1;
        return false;
    }

    /// <summary>
    /// Normalizes a publication value given by an input (JSON field, HTML meta) to ISO 8601, or null when it
    /// cannot be read as a date.
    /// </summary>
    public static string? NormalizeGiven(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        string v = value.Trim();
        var iso = IsoPattern().Match(v);
        if (iso.Success)
        {
            if (!DateOnly.TryParseExact(iso.Groups["d"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null;
            if (!iso.Groups["t"].Success) return iso.Groups["d"].Value;
            string t = iso.Groups["t"].Value;
            if (!TimeOnly.TryParseExact(t, t.Length == 5 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return null;
            string? off = iso.Groups["z"].Success ? NormalizeOffset(iso.Groups["z"].Value) : null;
            return new Timestamp(d, time, off).ToIso();
        }
        if (TryParseAt(v, 0, out var ts, out int end) && OnlyTrailingJunk(v, end)) return ts.ToIso();
        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto)
            && ZoneInText().IsMatch(v))
        {
            var time = TimeOnly.FromTimeSpan(dto.TimeOfDay);
            return new Timestamp(DateOnly.FromDateTime(dto.DateTime), new TimeOnly(time.Hour, time.Minute, time.Second), FormatOffset(dto.Offset)).ToIso();
        }
        return null;
    }

    /// <summary>The calendar date of an ISO 8601 value, or null.</summary>
    public static DateOnly? DateOf(string? iso)
    {
        if (iso is null || iso.Length < 10) return null;
        return DateOnly.TryParseExact(iso.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    [GeneratedRegex(@"^(?<d>\d{4}-\d{2}-\d{2})(?:[T ](?<t>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?<z>Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?:GMT|UTC|Z\b|[+-]\d{2}:?\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneInText();

    private static string NormalizeOffset(string z)
    {
        if (z == "Z") return "+00:00";
        return z.Length == 5 ? $"{z[..3]}:{z[3..]}" : z;
    }

    private static string FormatOffset(TimeSpan o)
    {
        char sign = o < TimeSpan.Zero ? '-' : '+';
        o = o.Duration();
        return $"{sign}{o.Hours:D2}:{o.Minutes:D2}";
    }

    private static bool TryZone(string s, int i, out string? offset, out int end)
    {
        offset = null;
        end = i;
        int k = i;
        while (k < s.Length && char.IsAsciiLetterUpper(s[k])) k++;
        if (k > i)
        {
            var word = s.AsSpan(i, k - i);
            if (k < s.Length && char.IsLetterOrDigit(s[k]) && s[k] is not ('+' or '-')) return false;
            if ((word is "GMT" or "UTC") && k < s.Length && (s[k] is '+' or '-'))
            {
                int q = k + 1;
                int h = ReadNumber(s, ref q, out int hl);
                if (hl is 0 or > 2) return false;
                int m = 0;
                if (q < s.Length && s[q] == ':') { q++; m = ReadNumber(s, ref q, out _); }
                offset = $"{s[k]}{h:D2}:{m:D2}";
                end = q;
                return true;
            }
            if (Data.Zones.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var z))
            {
                offset = z;
                end = k;
                return true;
            }
            return false;
        }
        if (i < s.Length && (s[i] is '+' or '-') && i + 5 <= s.Length && char.IsAsciiDigit(s[i + 1]))
        {
            int q = i + 1;
            int hh = ReadNumber(s, ref q, out int hl);
            int mm = 0;
            if (hl == 4) { mm = hh % 100; hh /= 100; }
            else if (hl == 2 && q < s.Length && s[q] == ':') { q++; mm = ReadNumber(s, ref q, out _); }
            else return false;
            offset = $"{s[i]}{hh:D2}:{mm:D2}";
            end = q;
            return true;
        }
        return false;
    }

    private static int AmPm(string s, int i, out int len)
    {
        len = 0;
        var rest = s.AsSpan(i);
        foreach (var (text, v) in AmPmForms)
        {
            if (rest.StartsWith(text, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == text.Length || !char.IsLetter(rest[text.Length])))
            {
                len = text.Length;
                return v;
            }
        }
        return 0;
    }

    private static readonly (string, int)[] AmPmForms = [("a.m.", 1), ("p.m.", 2), ("am", 1), ("pm", 2)];

    private static bool TryYear(string s, ref int i, out int year)
    {
        year = 0;
        if (i >= s.Length || !char.IsAsciiDigit(s[i])) return false;
        year = ReadNumber(s, ref i, out int len);
        return len == 4;
    }

    internal static bool OnlyTrailingJunk(string s, int i)
    {
        for (; i < s.Length; i++)
            if (!(char.IsWhiteSpace(s[i]) || s[i] is '.' or ',' or ';' or ')' or '|' or '-' or '–')) return false;
        return true;
    }

    private static int ReadNumber(string s, ref int i, out int len)
    {
        int start = i, v = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 9) { v = v * 10 + (s[i] - '0'); i++; }
        len = i - start;
        return v;
    }

    private static int SkipChars(string s, int i, string chars)
    {
        while (i < s.Length && (chars.Contains(s[i]) || char.IsWhiteSpace(s[i]))) i++;
        return i;
    }

    /// <summary>The letters (and inner apostrophes, "Jum'at") at <paramref name="i"/>.</summary>
    private static ReadOnlySpan<char> WordAt(string s, int i)
    {
        int k = i;
        while (k < s.Length && (char.IsLetter(s[k]) || (s[k] is '\'' or '’' && k > i && k + 1 < s.Length && char.IsLetter(s[k + 1])))) k++;
        return s.AsSpan(i, k - i);
    }
}

namespace Warta.Structure;

/// <summary>
/// Bylines and publication stamps (lang/*/structure-bylines.tsv, structure-dates.tsv):
/// "Oleh Nama", "Penulis: A | Editor: B", "By A and B", "Nama • 21 June 2024 14:29",
/// "Nama , Jurnalis-Rabu, 19 Juni 2024 |06:23 WIB", "Rabu, 19 Juni 2024 - 20:40 WIB".
/// A line is taken only when all of it parses, so prose that merely mentions a date is left alone.
/// </summary>
internal sealed class BylineParser(StructureData data, OutletDirectory outlets)
{
    private const int MaxBylineLength = 160;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _zones = data.Zones.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryTake(string line, StructureFindings found)
    {
        if (line.Length > MaxBylineLength) return false;
        var authors = new List<string>();
        var editors = new List<string>();
        Timestamp? stamp = null;
        bool updatedOnly = false;
        // The whole line first ("Nama , Jurnalis-Rabu, 19 Juni 2024 |06:23 WIB"), then '|'-separated parts
        // ("Penulis: A | Editor: B", "Reporting by A; Editing by B").
        if (!TrySegment(line.Trim(), authors, editors, ref stamp, ref updatedOnly))
        {
            authors.Clear();
            editors.Clear();
            stamp = null;
            updatedOnly = false;
            // Without a separator there is one part at most: skip the split.
            if (line.AsSpan().IndexOfAny('|', ';') < 0) return false;
            var segments = line.Split(['|', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length < 2) return false;
            foreach (var segment in segments)
                if (!TrySegment(segment, authors, editors, ref stamp, ref updatedOnly)) return false;
        }
        if (authors.Count == 0 && editors.Count == 0 && stamp is null && !updatedOnly) return false;
        foreach (var a in authors)
        {
            if (outlets.FindExact(a) is { } o) found.AddCredit(o.Name, "wire");
            else found.AddAuthor(a);
        }
        foreach (var e in editors) found.AddCredit(e, "editor");
        if (stamp is not null && found.Published is null) found.Published = stamp;
        return true;
    }

    private bool TrySegment(string seg, List<string> authors, List<string> editors, ref Timestamp? stamp, ref bool updatedOnly)
    {
        // "Editor: Nama"
        if (StripPrefix(seg, data.EditorPrefixes, requireColon: true) is { } ed)
        {
            var names = LineText.SplitNames(ed, allowSingleWord: true);
            if (names is null || names.Any(IsCalendarWord)) return false;
            editors.AddRange(names);
            return true;
        }
        // "Sumber: Reuters": the outlet the article was taken from, a wire credit.
        if (StripPrefix(seg, data.SourcePrefixes, requireColon: true) is { } src)
        {
            var outlet = outlets.FindExact(src);
            if (outlet is null) return false;
            authors.Add(outlet.Name);
            return true;
        }
        // "… | 12:19 WIB | …": a clock time of its own between a date and a byline.
        if (IsClockOnly(seg)) return true;
        // "Oleh Nama", "Penulis: Nama", possibly followed by a timestamp.
        string? body = StripPrefix(seg, data.AuthorPrefixes, requireColon: false);
        bool marked = body is not null;
        body ??= seg;
        if (TimestampParser.TryFindSuffix(body, out var ts, out int at))
        {
            // A last-modified stamp ("Diperbarui …") is page furniture, not the publication time.
            if (!ts.Updated) stamp ??= ts;
            else updatedOnly = true;
            body = body[..at];
        }
        else if (!marked) return false;

        string names0 = LineText.TrimSeparators(body);
        bool roleStripped = false;
        while (StripTrailingRole(ref names0)) roleStripped = true;
        if (names0.Length == 0) return !marked;
        if (!marked && outlets.FindExact(names0) is not null)
        {
            authors.Add(names0); // "Kompas.com - 29/12/2022, 16:11 WIB": an outlet becomes a wire credit below
            return true;
        }
        var list = LineText.SplitNames(names0, allowSingleWord: marked || roleStripped);
        if (list is null || list.Any(IsCalendarWord)) return false;
        // "LAPORAN: NAMA PENULIS": a name printed in capitals is written as a name.
        // "By Nama and Nama, ABC": an outlet closing the list stays as written, to become a wire credit.
        foreach (var n in list)
            authors.Add(marked && !n.Any(char.IsLower) && outlets.FindExact(n) is null ? LineText.TitleCaseAllCapsWords(n) : n);
        return true;
    }

    /// <summary>"12:19 WIB", "08.30": a time of day with an optional zone and nothing else.</summary>
    private bool IsClockOnly(string seg)
    {
        // Spans, not Split: every short line of every article is asked this.
        var s = seg.AsSpan();
        int a = 0;
        while (a < s.Length && s[a] == ' ') a++;
        if (a == s.Length) return false;
        int b = a;
        while (b < s.Length && s[b] != ' ') b++;
        int c = b;
        while (c < s.Length && s[c] == ' ') c++;
        if (c < s.Length)
        {
            int d = c;
            while (d < s.Length && s[d] != ' ') d++;
            int e = d;
            while (e < s.Length && s[e] == ' ') e++;
            if (e < s.Length) return false; // a third word
            if (!_zones.ContainsKey(s[c..d])) return false;
        }
        var t = s[a..b];
        int sep = t.IndexOfAny(':', '.');
        if (sep is not (1 or 2) || t.Length - sep - 1 != 2) return false;
        for (int i = 0; i < t.Length; i++)
            if (i != sep && !char.IsAsciiDigit(t[i])) return false;
        return true;
    }

    private bool IsCalendarWord(string name)
    {
        foreach (var w in name.Split(' '))
            if (data.Weekdays.Contains(w) || data.Months.ContainsKey(w)) return true;
        return false;
    }

    /// <summary>"Nama , Jurnalis" → "Nama".</summary>
    private bool StripTrailingRole(ref string s)
    {
        foreach (var role in data.RoleWords)
        {
            if (s.Length >= role.Length && s.EndsWith(role, StringComparison.OrdinalIgnoreCase))
            {
                int b = s.Length - role.Length;
                if (b == 0 || LineText.IsSeparator(s[b - 1]))
                {
                    s = LineText.TrimSeparators(s[..b]);
                    return true;
                }
            }
        }
        return false;
    }

    private static string? StripPrefix(string seg, List<string> prefixes, bool requireColon)
    {
        foreach (var p in prefixes)
        {
            if (!seg.StartsWith(p, StringComparison.OrdinalIgnoreCase)) continue;
            int k = p.Length;
            if (k < seg.Length && char.IsLetterOrDigit(seg[k])) continue;
            while (k < seg.Length && seg[k] == ' ') k++;
            bool colon = k < seg.Length && seg[k] == ':';
            if (colon) k++;
            // "Editor: Nama" needs its colon; "Edited by Nama" says what it is without one.
            else if (requireColon && !p.Contains(' ')) continue;
            // A bare marker must be capitalized as written ("Oleh", "By"): "oleh" mid-sentence is prose.
            if (!colon && !char.IsUpper(seg[0])) continue;
            return seg[k..].Trim();
        }
        return null;
    }
}

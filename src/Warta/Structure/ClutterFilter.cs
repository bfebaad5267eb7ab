using System.Buffers;

namespace Warta.Structure;

/// <summary>
/// Site clutter (lang/*/structure-clutter.tsv): navigation, ads, "read also" teasers, footers and scraper
/// headers, judged one raw line at a time.
/// </summary>
internal sealed class ClutterFilter(StructureData data)
{
    // Prefilters: most lines are prose, longer than any clutter line and without any teaser marker.
    private readonly int _longestClutterLine = data.ClutterLines.Count == 0 ? 0 : data.ClutterLines.Max(l => l.Length);
    private readonly SearchValues<string> _teaserMarkers = SearchValues.Create([.. data.TeaserMarkers], StringComparison.OrdinalIgnoreCase);

    /// <summary>Cuts scraper headers (" date 2024-06-19 …") from the start of the line; the rest is judged again.</summary>
    public string StripHeaders(string line)
    {
        bool changed = true;
        while (changed && line.Length > 0)
        {
            changed = false;
            foreach (var re in data.StripPatterns)
            {
                var m = re.Match(line);
                if (m.Success && m.Index == 0 && m.Length > 0)
                {
                    line = line[m.Length..].Trim();
                    changed = true;
                }
            }
        }
        return line;
    }

    public bool IsClutter(string line)
    {
        if (line.AsSpan().TrimEnd([':', ' ']).Length <= _longestClutterLine
            && (data.ClutterLines.Contains(line) || data.ClutterLines.Contains(line.TrimEnd(':', ' ')))) return true;
        foreach (var p in data.ClutterPrefixes)
            if (line.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        return IsMenu(line);
    }

    /// <summary>"HOME NEWS INTERNATIONAL", "Home &gt; News &gt; World": a menu word first, all capitals or breadcrumb separators.</summary>
    private bool IsMenu(string line)
    {
        if (LineText.EndsSentence(line)) return false;
        var words = line.Split([' ', '>', '»', '/', '|', '›'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 8 || !data.MenuWords.Contains(words[0])) return false;
        bool breadcrumb = line.IndexOfAny(['>', '»', '›', '|']) >= 0;
        bool allCaps = !line.Any(char.IsLower);
        return breadcrumb || allCaps;
    }

    /// <summary>
    /// Removes "Baca juga: …" teasers (marker, colon, headline) at the start of the line or inside it. A teaser headline glued
    /// to the next sentence without a line break ("… Andalkan ChinaTindakan itu …") is cut at the join and the
    /// sentence is kept. Returns the rest of the line ("" when the whole line was a teaser).
    /// </summary>
    public string CutTeasers(string line)
    {
        for (int guard = 0; guard < 8; guard++)
        {
            if (!FindTeaser(line, out int at, out int headlineStart)) return line;
            if (at > 0 && line[at - 1] is '(' or '[')
            {
                // "(baca juga: Judul Berita)": the brackets hold the whole teaser; what follows them is kept.
                int close = line.IndexOf(line[at - 1] == '(' ? ')' : ']', headlineStart);
                string pre = line[..(at - 1)].TrimEnd();
                string post = close >= 0 ? line[(close + 1)..].TrimStart() : "";
                line = pre.Length == 0 ? post : post.Length == 0 ? pre : pre + " " + post;
                continue;
            }
            int join = FindGlueJoin(line, headlineStart);
            string before = line[..at].TrimEnd();
            string after = join >= 0 ? line[join..] : "";
            line = before.Length == 0 ? after : after.Length == 0 ? before : before + " " + after;
        }
        return line;
    }

    private bool FindTeaser(string line, out int at, out int headlineStart)
    {
        at = headlineStart = -1;
        if (line.AsSpan().IndexOfAny(_teaserMarkers) < 0) return false;
        foreach (var marker in data.TeaserMarkers)
        {
            int from = 0;
            while (from < line.Length)
            {
                int i = line.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
                if (i < 0) break;
                from = i + 1;
                // Mid-line only when capitalized as a teaser is ("Baca juga:", "BACA JUGA:"), also when glued to the
                // word before it by a scraper that lost the line break; lower-case "baca juga" is prose.
                // An opening bracket right before it marks a teaser in any case ("(baca juga: …)").
                if (i > 0 && !char.IsUpper(line[i]) && line[i - 1] is not ('(' or '[')) continue;
                int k = i + marker.Length;
                if (k < line.Length && char.IsLetter(line[k])) continue;
                while (k < line.Length && line[k] == ' ') k++;
                if (k >= line.Length || line[k] is not (':' or '-' or '–')) continue;
                k++;
                while (k < line.Length && line[k] == ' ') k++;
                at = i;
                headlineStart = k;
                return true;
            }
        }
        at = headlineStart = -1;
        return false;
    }

    /// <summary>
    /// Where a sentence is glued to a teaser headline: a lower-case letter, digit or closing mark directly followed
    /// by a capitalized word, with at least four words after it. Known camel-case names ("YouTube") are skipped.
    /// Returns -1 when the headline runs to the end of the line.
    /// </summary>
    private int FindGlueJoin(string line, int start)
    {
        for (int k = Math.Max(start + 1, 1); k + 1 < line.Length; k++)
        {
            char prev = line[k - 1], c = line[k];
            if (!char.IsUpper(c) || !char.IsLower(line[k + 1])) continue;
            if (!(char.IsLower(prev) || char.IsDigit(prev) || prev is '?' or '!' or '"' or '”' or ')' or '.')) continue;
            int ws = k - 1;
            while (ws > start && char.IsLetterOrDigit(line[ws - 1])) ws--;
            int we = k;
            while (we < line.Length && char.IsLetterOrDigit(line[we])) we++;
            if (char.IsLower(prev))
            {
                int leftLetters = k - ws;
                if (leftLetters < 3) continue;
                if (data.CamelWords.Contains(line[ws..we])) continue;
            }
            if (LineText.WordCount(line.AsSpan(k)) < 4) continue;
            return k;
        }
        return -1;
    }
}

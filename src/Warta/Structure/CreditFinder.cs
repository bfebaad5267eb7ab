using System.Text.RegularExpressions;

namespace Warta.Structure;

/// <summary>
/// Photo and other credits (lang/*/structure-credits.tsv): "… Foto: EFE", "(Foto: Reuters)", "Foto/AP",
/// "[File: Name/AFP]", and captions that end in a bare agency name ("… pada Rabu. AFP").
/// A line that ends in a credit is a caption and is dropped; a credit inside a paragraph is cut out.
/// </summary>
internal sealed class CreditFinder
{
    private const int MaxCaptionLength = 400;
    private readonly Regex _bracketed;
    private readonly Regex _trailing;
    private readonly Dictionary<string, string> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly OutletDirectory _outlets;

    public CreditFinder(StructureData data, OutletDirectory outlets)
    {
        _outlets = outlets;
        foreach (var (m, r) in data.CreditMarkers) _roles.TryAdd(m, r);
        string markers = string.Join("|", data.CreditMarkers.Select(m => Regex.Escape(m.Marker).Replace("\\ ", "\\s+")));
        _bracketed = new Regex($@"[\(\[]\s*(?<m>{markers})\.?\s*[:/]\s*(?<n>[^\)\]\n]{{1,80}}?)\s*[\)\]]",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        _trailing = new Regex($@"(?<![\p{{L}}\p{{N}}])(?<m>{markers})\.?\s*(?::\s*|/\s*)(?<n>\p{{Lu}}[^\n]{{0,79}}?)[\s.]*$",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>Returns the line without its credits, or null when the line was a caption or a bare credit.</summary>
    public string? Process(string line, StructureFindings found)
    {
        // Bracketed credits, anywhere in the line.
        var m = _bracketed.Match(line);
        while (m.Success)
        {
            var names = SplitNames(m.Groups["n"].Value);
            if (names is not null)
            {
                string role = _roles.GetValueOrDefault(m.Groups["m"].Value, "photo");
                foreach (var n in names) found.AddCredit(n, role);
                bool atEnd = TimestampParser.OnlyTrailingJunk(line, m.Index + m.Length);
                if (atEnd && line.Length <= MaxCaptionLength) return null;
                line = (line[..m.Index].TrimEnd() + " " + line[(m.Index + m.Length)..].TrimStart()).Trim();
                if (line.Length == 0) return null;
                m = _bracketed.Match(line);
            }
            else m = m.NextMatch();
        }

        // A marker and a name closing the line: "… Foto: EFE", "Foto/AP".
        var t = _trailing.Match(line);
        if (t.Success && line.Length <= MaxCaptionLength)
        {
            bool startsLine = t.Index == 0;
            bool afterBreak = t.Index > 0 && line[..t.Index].TrimEnd() is { Length: > 0 } before
                && (before[^1] is '.' or '!' or '?' or ',' or '-' or '–' or '|' or ')' or '"' or '”' || char.IsLetterOrDigit(before[^1]));
            var names = SplitNames(t.Groups["n"].Value);
            if (names is not null && (startsLine || afterBreak))
            {
                string role = _roles.GetValueOrDefault(t.Groups["m"].Value, "photo");
                foreach (var n in names) found.AddCredit(n, role);
                return null;
            }
        }

        // A caption ending in a bare agency name after a sentence: "… pada Rabu. AFP".
        if (line.Length <= MaxCaptionLength)
        {
            string trimmed = line.TrimEnd(' ', '.');
            int cut = trimmed.LastIndexOfAny(['.', '-', '–', '|', '/']);
            if (cut > 0 && cut + 1 < trimmed.Length && trimmed[cut + 1] == ' '
                && LineText.WordCount(trimmed.AsSpan(0, cut)) >= 3
                && _outlets.FindExact(trimmed[(cut + 1)..]) is { } agency
                && LineText.WordCount(trimmed.AsSpan(cut + 1)) <= 3)
            {
                found.AddCredit(agency.Name, "photo");
                return null;
            }
        }
        return line;
    }

    /// <summary>"Ted Name/AFP" → ["Ted Name", "AFP"]; null when a part is not name-like (too long, lower case).</summary>
    private List<string>? SplitNames(string s)
    {
        var result = new List<string>();
        foreach (var raw in s.Split(['/', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string n = raw.Trim().TrimEnd('.', ',').Trim();
            if (n.Length == 0) continue;
            if (n.Length > 60 || LineText.WordCount(n) > 6) return null;
            if (!char.IsLetterOrDigit(n[0])) return null;
            string name = _outlets.FindExact(n)?.Name ?? n;
            if (!result.Contains(name)) result.Add(name);
        }
        return result.Count == 0 ? null : result;
    }
}

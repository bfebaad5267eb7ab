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
    private readonly StructureData _data;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _creditNames;

    public CreditFinder(StructureData data, OutletDirectory outlets)
    {
        _outlets = outlets;
        _data = data;
        _creditNames = data.CreditNames.GetAlternateLookup<ReadOnlySpan<char>>();
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
        if (line.Length <= MaxCaptionLength && CaptionCredit(line, found)) return null;

        // Bracketed credits, anywhere in the line (none without a bracket: skip the regex).
        var m = line.AsSpan().IndexOfAny('(', '[') >= 0 ? _bracketed.Match(line) : Match.Empty;
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
        // The pattern needs a ':' or '/' after the marker: most lines have neither, so skip the regex.
        bool mayTrail = line.Length <= MaxCaptionLength && line.AsSpan().IndexOfAny(':', '/') >= 0;
        var t = mayTrail ? _trailing.Match(line) : Match.Empty;
        if (t.Success)
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
            // Spans: most lines end in '.', and a trimmed copy of every paragraph would be garbage.
            ReadOnlySpan<char> trimmed = line.AsSpan().TrimEnd([' ', '.']);
            int cut = trimmed.LastIndexOfAny(['.', '-', '–', '|', '/']);
            if (cut > 0 && cut + 1 < trimmed.Length && trimmed[cut + 1] == ' '
                && LineText.WordCount(trimmed[..cut]) >= 3
                && _outlets.FindExact(trimmed[(cut + 1)..]) is { } agency
                && LineText.WordCount(trimmed[(cut + 1)..]) <= 3)
            {
                // "… said on Friday. – Bernama": a paragraph signed with a dash is wire copy and stays text;
                // "… pada Rabu. AFP" under a picture is a photo credit and the caption goes.
                if (trimmed[cut] is '-' or '–' && LineText.EndsSentence(trimmed[..cut].TrimEnd()))
                {
                    found.AddCredit(agency.Name, "wire");
                    return trimmed[..cut].TrimEnd().ToString();
                }
                found.AddCredit(agency.Name, "photo");
                return null;
            }
        }
        return line;
    }

    /// <summary>
    /// Picture lines the marker rules miss: "AP file photo" (an agency and marker words only), a caption closed by an agency
    /// in parentheses ("… di Canberra. (ANTARA/HO-Kemlu)", "… Gencatan Senjata! (AP)"), a "Foto: …" caption whose
    /// credit names the agency after "via" ("(Name/Agency via REUTERS …)"), and a caption closed by a courtesy name
    /// ("…, Nama/Ist").
    /// </summary>
    private bool CaptionCredit(string line, StructureFindings found)
    {
        // A span: every line of the article comes through here, and most end in '.', which a string TrimEnd would copy.
        ReadOnlySpan<char> t = line.AsSpan().Trim().TrimEnd('.');
        if (t.Length == 0) return false;
        // "AP file photo", "Reuters photo", "Foto AFP".
        // Only a caption of 2–5 words opened or closed by a marker word can be "AP file photo" / "Foto AFP":
        // test that before splitting, since every short line of every article comes through here.
        int count = SpaceSeparatedCount(t);
        var words = count is >= 2 and <= 5 ? t.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (words.Length > 0 && (_roles.ContainsKey(words[0]) || _roles.ContainsKey(words[^1])))
        {
            for (int k = 1; k < words.Length; k++)
            {
                string head = string.Join(' ', words[..k]), tail = string.Join(' ', words[k..]);
                if (_outlets.FindExact(head) is { } o1 && AllMarkers(words[k..]))
                {
                    found.AddCredit(o1.Name, _roles.GetValueOrDefault(words[^1], "photo"));
                    return true;
                }
                if (_outlets.FindExact(tail) is { } o2 && AllMarkers(words[..k]))
                {
                    found.AddCredit(o2.Name, _roles.GetValueOrDefault(words[0], "photo"));
                    return true;
                }
            }
        }
        bool markerCaption = false;
        foreach (var m in _data.CreditMarkers)
            if (m.Role == "photo" && t.Length > m.Marker.Length && t[m.Marker.Length] == ':'
                && t.StartsWith(m.Marker, StringComparison.OrdinalIgnoreCase))
            {
                markerCaption = true;
                break;
            }
        // "(… via REUTERS …)" in a "Foto:" caption.
        if (markerCaption)
        {
            int via = t.LastIndexOf(" via ", StringComparison.OrdinalIgnoreCase);
            if (via > 0)
            {
                var rest = t[(via + 5)..].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int n = Math.Min(4, rest.Length); n >= 1; n--)
                    if (_outlets.FindExact(string.Join(' ', rest[..n]).TrimEnd(')', ']', ',')) is { } o)
                    {
                        found.AddCredit(o.Name, "photo");
                        return true;
                    }
            }
        }
        // A caption closed by "(AGENCY)" or "(AGENCY/HO-…)": the agency is the credit, a handout ("HO") or photographer is not.
        if (t[^1] == ')' && t.LastIndexOf('(') is int open and > 0 && LineText.WordCount(t[..open]) >= 4)
        {
            var inner = t[(open + 1)..^1].ToString().Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            // "(Gambar Bernama)", "(Foto AFP)": a marker word without a colon before the agency.
            if (inner.Length > 0 && inner[0].IndexOf(' ') is int sp and > 0 && _roles.ContainsKey(inner[0][..sp]))
                inner[0] = inner[0][(sp + 1)..].Trim();
            if (inner.Length > 0 && _outlets.FindExact(inner[0]) is { } o)
            {
                found.AddCredit(o.Name, "photo");
                return true;
            }
        }
        // "Jurubicara Kemlu RI, Nama/Ist": a short caption closed by a courtesy credit.
        int slash = t.LastIndexOf('/');
        if (slash > 0 && t.Length <= 160 && !LineText.EndsSentence(t[..slash]))
        {
            var name = t[(slash + 1)..].Trim();
            if (_creditNames.Contains(name))
            {
                found.AddCredit(name.ToString(), "photo");
                return true;
            }
        }
        return false;
    }

    private static int SpaceSeparatedCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
            if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) n++;
        return n;
    }

    private bool AllMarkers(string[] words)
    {
        foreach (var w in words)
            if (!_roles.ContainsKey(w)) return false;
        return true;
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
        // "Ted Name/AFP": the agency is the credit, the photographer is not.
        if (result.Count > 1 && result.Any(n => _outlets.FindExact(n) is not null))
            result.RemoveAll(n => _outlets.FindExact(n) is null);
        return result.Count == 0 ? null : result;
    }
}

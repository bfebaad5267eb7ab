using System.Text.RegularExpressions;

namespace Warta.Structure;

/// <summary>
/// The dateline that opens the first body paragraph: "Hanoi:", "PYONGYANG - ", "SEOUL (AFP) – ",
/// "JAKARTA, KOMPAS.com - ", "TEMPO.CO, Jakarta - ", "NEW YORK, June 21 (Reuters) -". The place is kept
/// as written with all-capital words title-cased; an agency in it is a wire credit.
/// </summary>
internal sealed class DatelineParser(StructureData data, OutletDirectory outlets)
{
    private const string Word = @"\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}]*)*";
    private const string Place = $@"(?<place>{Word}(?:\s{Word}){{0,3}})";
    private const string Dash = @"(?:--|[-–—])";
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex WithAgency = new($@"^{Place}\s*(?:,\s*(?<date>[^()\n]{{1,30}}?)\s*)?\((?<agency>[^()\n]{{2,40}})\)\s*(?:{Dash}|:)\s*", Options, Timeout);
    private static readonly Regex PlaceThenOutlet = new($@"^{Place}\s*,\s*(?<agency>[^,\n]{{2,40}}?)\s+{Dash}\s+", Options, Timeout);
    private static readonly Regex OutletThenPlace = new($@"^(?<agency>[^,\n]{{2,40}}?)\s*,\s*{Place}\s+{Dash}\s+", Options, Timeout);
    private static readonly Regex PlaceDash = new($@"^{Place}\s+{Dash}\s+", Options, Timeout);
    private static readonly Regex PlaceColon = new($@"^(?<place>{Word}(?:\s{Word})?)\s*:\s+", Options, Timeout);
    private static readonly Regex Domain = new(@"^[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,2}$", Options | RegexOptions.IgnoreCase, Timeout);

    /// <summary>On success, <paramref name="rest"/> is the paragraph without its dateline.</summary>
    public bool TryTake(string line, StructureFindings found, out string rest)
    {
        rest = line;
        Match m;
        string? agency = null;
        if ((m = WithAgency.Match(line)).Success)
        {
            agency = m.Groups["agency"].Value.Trim();
            if (!IsAgency(agency) && !IsCapitalizedName(agency)) return false;
            if (m.Groups["date"].Success && !LooksLikeDate(m.Groups["date"].Value)) return false;
        }
        else if ((m = PlaceThenOutlet.Match(line)).Success && IsAgency(m.Groups["agency"].Value.Trim()))
        {
            agency = m.Groups["agency"].Value.Trim();
        }
        else if ((m = OutletThenPlace.Match(line)).Success && IsAgency(m.Groups["agency"].Value.Trim()))
        {
            agency = m.Groups["agency"].Value.Trim();
        }
        else if (LineText.IsHeadlineLike(line)
                 || (!(m = PlaceDash.Match(line)).Success && !(m = PlaceColon.Match(line)).Success))
        {
            // Without an agency the dateline is only taken from a body paragraph: a headline like
            // "Putin: Rusia Siap …" names a speaker, not a place.
            return false;
        }

        string place = m.Groups["place"].Value.Trim().TrimEnd('.');
        string after = line[(m.Index + m.Length)..];
        if (!IsPlace(place) || after.Length == 0) return false;
        // The paragraph must go on as a sentence.
        if (!(char.IsUpper(after[0]) || char.IsDigit(after[0]) || after[0] is '"' or '“' or '\'' or '‘')) return false;

        found.Dateline = LineText.TitleCaseAllCapsWords(place);
        if (agency is not null) found.AddCredit(outlets.FindExact(agency)?.Name ?? agency, "wire");
        rest = after;
        return true;
    }

    private bool IsPlace(string place)
    {
        if (place.Length is 0 or > 40) return false;
        if (data.NotPlaceWords.Contains(place)) return false;
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (data.NotPlaceWords.Contains(words[0])) return false;
        foreach (var w in words)
            if (data.Weekdays.Contains(w) || data.Months.ContainsKey(w)) return false;
        // An outlet name alone is a credit line, not a place ("Reuters - …").
        return outlets.FindExact(place) is null;
    }

    private bool IsAgency(string s) => outlets.FindExact(s) is not null || Domain.IsMatch(s);

    private static bool IsCapitalizedName(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(w => char.IsUpper(w[0]));
    }

    private bool LooksLikeDate(string s)
    {
        foreach (var w in s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            if (data.Months.ContainsKey(w.TrimEnd('.'))) return true;
        return false;
    }
}

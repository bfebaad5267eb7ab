using System.Text.RegularExpressions;

namespace Warta.Structure;

/// <summary>
/// The dateline that opens the first body paragraph: "Hanoi:", "PYONGYANG - ", "SEOUL (AFP) – ",
/// "JAKARTA, KOMPAS.com - ", "TEMPO.CO, Jakarta - ", "NEW YORK, June 21 (Reuters) -". The place is kept
/// as written with all-capital words title-cased; an agency in it is a wire credit.
/// </summary>
internal sealed partial class DatelineParser(StructureData data, OutletDirectory outlets)
{
    private const string Word = @"\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}]*)*";
    private const string Place = $@"(?<place>{Word}(?:\s{Word}){{0,3}})";
    private const string Dash = @"(?:--|[-–—])";
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int TimeoutMs = 1000;

    private const string WithAgencyPattern = $@"^{Place}\s*(?:,\s*(?<date>[^()\n]{{1,30}}?)\s*)?\((?<agency>[^()\n]{{2,40}})\)\s*(?:{Dash}|:)\s*";

    [GeneratedRegex(WithAgencyPattern, Options, TimeoutMs)]
    private static partial Regex WithAgency();

    private const string PlaceThenOutletPattern = $@"^{Place}\s*,\s*(?<agency>[^,\n]{{2,40}}?)\s+{Dash}\s+";

    [GeneratedRegex(PlaceThenOutletPattern, Options, TimeoutMs)]
    private static partial Regex PlaceThenOutlet();

    private const string OutletThenPlacePattern = $@"^(?<agency>[^,\n]{{2,40}}?)\s*,\s*{Place}\s+{Dash}\s+";

    [GeneratedRegex(OutletThenPlacePattern, Options, TimeoutMs)]
    private static partial Regex OutletThenPlace();

    private const string PlaceDashPattern = $@"^{Place}\s+{Dash}\s+";

    [GeneratedRegex(PlaceDashPattern, Options, TimeoutMs)]
    private static partial Regex PlaceDash();

    private const string PlaceDatePattern = $@"^{Place}\s*,\s*(?<date>\d{{1,2}}\s+\p{{L}}+\.?(?:\s+\d{{4}})?)\s*{Dash}+\s+";

    [GeneratedRegex(PlaceDatePattern, Options, TimeoutMs)]
    private static partial Regex PlaceDate();

    private const string PlaceDashAlonePattern = $@"^{Place}\s*{Dash}\s*$";

    [GeneratedRegex(PlaceDashAlonePattern, Options, TimeoutMs)]
    private static partial Regex PlaceDashAlone();

    private const string PlaceColonPattern = $@"^(?<place>{Word}(?:\s{Word})?)\s*:\s+";

    [GeneratedRegex(PlaceColonPattern, Options, TimeoutMs)]
    private static partial Regex PlaceColon();

    private const string DomainPattern = @"^[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,2}$";

    [GeneratedRegex(DomainPattern, Options | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex Domain();


    /// <summary>On success, <paramref name="rest"/> is the paragraph without its dateline (empty when the dateline stood alone).</summary>
    /// <param name="site">The publishing site's names: its own name opening the text is no place ("HUKAMANEWS - …") and
    /// is an agency even when unknown ("AshefaNews, Jakarta –").</param>
    /// <param name="strict">Only an agency in parentheses or a place in capitals (a line after captions or page junk).</param>
    /// <param name="agencyOnly">Only a dateline with an agency in parentheses (a line after a sentence).</param>
    public bool TryTake(string line, StructureFindings found, out string rest, SiteNames? site = null, bool strict = false,
        bool agencyOnly = false)
    {
        site ??= SiteNames.None;
        rest = line;
        Match m;
        string? agency = null;
        bool alone = false;
        bool commaForm = false;
        if ((m = WithAgency().Match(line)).Success)
        {
            agency = m.Groups["agency"].Value.Trim();
            if (!IsAgency(agency) && !IsCapitalizedName(agency) && !site.Matches(agency)) return false;
            if (m.Groups["date"].Success && !LooksLikeDate(m.Groups["date"].Value)) return false;
        }
        else if (agencyOnly)
        {
            return false;
        }
        else if ((m = PlaceThenOutlet().Match(line)).Success && IsAgency(m.Groups["agency"].Value.Trim(), site))
        {
            agency = m.Groups["agency"].Value.Trim();
            commaForm = true;
        }
        else if ((m = OutletThenPlace().Match(line)).Success && IsAgency(m.Groups["agency"].Value.Trim(), site))
        {
            agency = m.Groups["agency"].Value.Trim();
            commaForm = true;
        }
        else if ((m = PlaceDate().Match(line)).Success && IsAllCaps(m.Groups["place"].Value) && LooksLikeDate(m.Groups["date"].Value))
        {
            // "KUALA LUMPUR, 12 Mac --", "BANDAR SERI BEGAWAN, 26 Ogos –": a capitalised place and the day, no agency.
        }
        else if ((m = PlaceDashAlone().Match(line)).Success)
        {
            // "Jakarta -" on a line of its own, the paragraph on the next line.
            alone = true;
        }
        else if (LineText.IsHeadlineLike(line)
                 || (!(m = PlaceDash().Match(line)).Success && (strict || !(m = PlaceColon().Match(line)).Success)))
        {
            // Without an agency the dateline is only taken from a body paragraph: a headline like
            // "Putin: Rusia Siap …" names a speaker, not a place.
            return false;
        }

        string place = m.Groups["place"].Value.Trim().TrimEnd('.');
        // After captions or junk, a place without an agency must be written in capitals ("DAMASKUS -").
        if (strict && agency is null && !alone && !IsAllCaps(place)) return false;
        string after = line[(m.Index + m.Length)..];
        if (!IsPlace(place) || site.Matches(place) || (after.Length == 0 && !alone)) return false;
        // The paragraph must go on as a sentence.
        if (!alone && !(char.IsUpper(after[0]) || char.IsDigit(after[0]) || after[0] is '"' or '“' or '\'' or '‘')) return false;

        found.Dateline = LineText.TitleCaseAllCapsWords(place);
        // "(ANN/THE JAKARTA POST)": each agency is a credit. A known outlet's own name on its own site ("JAKARTA, KOMPAS.com -"
        // on kompas.com, "(ANTARA)" on antaranews.com, "Seoul, ANTARA JATENG -" on that edition) is house style, not a credit;
        // an unknown name in parentheses ("PYONGYANG (Some Wire) -" on the wire's own site) is still credited.
        if (agency is not null)
            foreach (var a in agency.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var known = outlets.FindExact(a);
                if ((known is not null || commaForm) && site.Matches(a)) continue;
                found.AddCredit(known?.Name ?? a, "wire");
            }
        rest = after;
        return true;
    }

    private static bool IsAllCaps(string s)
    {
        bool any = false;
        foreach (char c in s)
        {
            if (char.IsLower(c)) return false;
            any |= char.IsUpper(c);
        }
        return any;
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

    private bool IsAgency(string s) => outlets.FindExact(s) is not null || Domain().IsMatch(s);

    private bool IsAgency(string s, SiteNames site) => IsAgency(s) || site.Matches(s);

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

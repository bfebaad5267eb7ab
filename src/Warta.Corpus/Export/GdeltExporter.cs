using System.Globalization;
using System.Text;

namespace Warta.Corpus.Export;

/// <summary>
/// GDELT 2.0 tables: the Events export (61 tab-separated columns, one row per real-world event, i.e.
/// per cluster) and the Mentions table (16 columns, one row per article's coding of an event).
/// Fields Warta does not produce (tone, ethnic and religion codes, FIPS geography) are left empty.
/// </summary>
public static class GdeltExporter
{
    /// <summary>The GDELT 2.0 Event codebook's columns, in file order.</summary>
    public static readonly string[] EventColumns =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>The GDELT 2.0 Mentions table's columns, in file order.</summary>
    public static readonly string[] MentionColumns =
    [
        "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
        "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
        "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
    ];

    /// <summary>CAMEO actor type (role) codes; the other three-letter parts of a code are group codes.</summary>
    private static readonly HashSet<string> TypeCodes =
    [
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LEG", "HLH", "REF",
        "MOD", "RAD", "AGR", "ELI", "LAB", "UAF", "IGO", "NGO", "NGM", "INT", "MNC", "SET", "ENV", "HRI", "INS", "SEP", "DEV", "RES", "CHR", "MUS", "JEW", "BUD", "HIN",
    ];

    /// <summary>Writes the events file (GDELT files have no header line; <paramref name="header"/> adds one).</summary>
    public static int WriteEvents(IEnumerable<EventRow> rowsInClusterOrder, TextWriter w, bool header = false)
    {
        if (header) w.Write(string.Join('\t', EventColumns) + "\n");
        int n = 0;
        long current = -1;
        var f = new string[EventColumns.Length];
        foreach (var row in rowsInClusterOrder)
        {
            if (row.Cluster == current) continue;
            current = row.Cluster;
            // The first row of a cluster stands for it; a cluster made only of duplicate copies is not an event of its own.
            if (row.FromDuplicate) continue;
            Array.Fill(f, "");
            var e = row.Event;
            f[0] = Inv(row.Cluster);
            if (e.Date is { } d)
            {
                f[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                f[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
                f[3] = d.ToString("yyyy", CultureInfo.InvariantCulture);
                // GDELT's own approximation: year + (month * 30 + day) / 365.
                f[4] = (d.Year + (d.Month * 30 + d.Day) / 365.0).ToString("F4", CultureInfo.InvariantCulture);
            }
            Actor(f, 5, e.Source.FirstOrDefault());
            Actor(f, 15, e.Target.FirstOrDefault());
            // Root event: coded in the lead (the first three sentences), GDELT's proxy for importance.
            f[25] = e.Sentence < 3 ? "1" : "0";
            f[26] = e.Cameo;
            f[27] = e.Cameo.Length >= 3 ? e.Cameo[..3] : e.Cameo;
            f[28] = e.Root;
            f[29] = Inv(e.Quad);
            f[30] = e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);
            f[31] = Inv(row.NumMentions);
            f[32] = Inv(row.NumSources);
            f[33] = Inv(row.NumArticles);
            Geo(f, 51, e.Place);
            f[59] = Compact(row.ClusterAddedAt ?? row.IngestedAt);
            f[60] = row.Url ?? "";
            WriteLine(w, f);
            n++;
        }
        return n;
    }

    /// <summary>Writes the mentions file: every event record of every article, duplicates included.</summary>
    public static int WriteMentions(IEnumerable<EventRow> rows, TextWriter w, bool header = false)
    {
        if (header) w.Write(string.Join('\t', MentionColumns) + "\n");
        int n = 0;
        var f = new string[MentionColumns.Length];
        foreach (var row in rows)
        {
            Array.Fill(f, "");
            var e = row.Event;
            f[0] = Inv(row.Cluster);
            f[1] = e.Date is { } d ? d.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : "";
            f[2] = MentionTime(row);
            f[3] = "1";   // web
            f[4] = row.Outlet ?? StoredArticle.UrlHost(row.Url) ?? "";
            f[5] = row.Url ?? row.ArticleId;
            f[6] = Inv(e.Sentence + 1);
            f[7] = "-1";
            f[8] = "-1";
            f[9] = Inv(e.EvidenceStart);
            f[10] = "1";
            f[11] = Inv((int)Math.Round(e.Confidence * 100));
            f[12] = Inv(row.TextLength);
            f[14] = row.Language is null or "en" ? "" : $"srclc:{Iso6392(row.Language)};eng:warta";
            WriteLine(w, f);
            n++;
        }
        return n;
    }

    private static string MentionTime(EventRow row)
    {
        if (row.Published is { Length: >= 10 } p && DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
            return t.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        return Compact(row.IngestedAt);
    }

    private static string Iso6392(string lang) => lang switch
    {
        "id" => "ind",
        "ms" => "msa",
        "en" => "eng",
        _ => lang,
    };

    /// <summary>Splits a CAMEO actor code into country, known group and up to three type codes (columns 5–14 of an actor).</summary>
    private static void Actor(string[] f, int at, StoredActor? a)
    {
        if (a is null) return;
        f[at] = a.Code;
        f[at + 1] = a.Name.ToUpperInvariant();
        string rest = a.Code;
        if (a.Country is { } c && rest.StartsWith(c, StringComparison.Ordinal))
        {
            f[at + 2] = c;
            rest = rest[c.Length..];
        }
        else if (a.Country is { } c2) f[at + 2] = c2;
        int types = 0;
        for (int i = 0; i + 3 <= rest.Length; i += 3)
        {
            string part = rest.Substring(i, 3);
            if (TypeCodes.Contains(part)) { if (types < 3) f[at + 7 + types++] = part; }
            else f[at + 3] = part;   // IGOSEAASN → type IGO, group ASN
        }
    }

    private static void Geo(string[] f, int at, StoredPlace? p)
    {
        if (p is null) return;
        f[at] = p.Kind switch
        {
            "country" => "1",
            "city" => "4",
            "adm1" or "adm2" => "5",
            _ => "",
        };
        f[at + 1] = p.Name;
        // Geo_CountryCode is FIPS 10-4 in GDELT; Warta has ISO 3166 only, so it stays empty.
        if (p.Lat is { } lat) f[at + 5] = lat.ToString("0.####", CultureInfo.InvariantCulture);
        if (p.Lon is { } lon) f[at + 6] = lon.ToString("0.####", CultureInfo.InvariantCulture);
        if (p.GeoNames is { } g) f[at + 7] = Inv(g);
    }

    /// <summary>"2024-06-21T07:29:00Z" → "20240621072900".</summary>
    private static string Compact(string iso)
    {
        var sb = new StringBuilder(14);
        foreach (char c in iso)
        {
            if (char.IsAsciiDigit(c)) sb.Append(c);
            if (sb.Length == 14) break;
        }
        return sb.ToString().PadRight(14, '0');
    }

    private static string Inv(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static void WriteLine(TextWriter w, string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) w.Write('\t');
            w.Write(Clean(fields[i]));
        }
        w.Write('\n');
    }

    /// <summary>Tabs and line breaks inside a field would break the column count.</summary>
    private static string Clean(string s) =>
        s.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? s : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

using System.Text.RegularExpressions;
using Warta.Resources;

namespace Warta.Structure;

/// <summary>
/// The news-structure markers of every language the engine ships (lang/&lt;code&gt;/structure-*.tsv), merged:
/// the structure pass runs before language identification, and the lists rarely disagree.
/// Loaded once; read-only afterwards.
/// </summary>
internal sealed class StructureData
{
    private static readonly Lazy<StructureData> LazyDefault = new(Load);

    public static StructureData Default => LazyDefault.Value;

    public HashSet<string> ClutterLines { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> ClutterPrefixes { get; } = [];
    public List<string> TeaserMarkers { get; } = [];
    public List<Regex> StripPatterns { get; } = [];
    public HashSet<string> MenuWords { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> CamelWords { get; } = new(StringComparer.Ordinal);

    public List<(string Marker, string Role)> CreditMarkers { get; } = [];

    /// <summary>Words that are a credit by themselves ("Ist" = istimewa, courtesy of the subject).</summary>
    public HashSet<string> CreditNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> AuthorPrefixes { get; } = [];
    public List<string> EditorPrefixes { get; } = [];
    public List<string> SourcePrefixes { get; } = [];
    public HashSet<string> RoleWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, int> Months { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Weekdays { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Zones { get; } = new(StringComparer.Ordinal);
    public HashSet<string> LeadWords { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> ClockWords { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> UpdatedWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> NotPlaceWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    private static StructureData Load()
    {
        var d = new StructureData();
        foreach (var r in EmbeddedTsv.RowsForAllLanguages("structure-clutter.tsv"))
        {
            if (r.Length < 2) continue;
            string v = r[1].Trim();
            switch (r[0])
            {
                case "line": d.ClutterLines.Add(v); break;
                case "prefix": AddUnique(d.ClutterPrefixes, v); break;
                case "teaser": AddUnique(d.TeaserMarkers, v); break;
                case "strip": d.StripPatterns.Add(new Regex(r[1], RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))); break;
                case "menu": d.MenuWords.Add(v); break;
                case "camel": d.CamelWords.Add(v); break;
                default: throw new InvalidDataException($"structure-clutter.tsv: unknown kind '{r[0]}'");
            }
        }
        foreach (var r in EmbeddedTsv.RowsForAllLanguages("structure-credits.tsv"))
        {
            if (r.Length < 2) continue;
            // A third column "name": the word is itself a credit ("Ist", "Istimewa": courtesy), not a marker.
            if (r.Length >= 3 && r[2].Trim() == "name")
            {
                d.CreditNames.Add(r[0].Trim());
                continue;
            }
            if (!d.CreditMarkers.Contains((r[0].Trim(), r[1].Trim()))) d.CreditMarkers.Add((r[0].Trim(), r[1].Trim()));
        }
        foreach (var r in EmbeddedTsv.RowsForAllLanguages("structure-bylines.tsv"))
        {
            if (r.Length < 2) continue;
            string v = r[1].Trim();
            switch (r[0])
            {
                case "author": AddUnique(d.AuthorPrefixes, v); break;
                case "editor": AddUnique(d.EditorPrefixes, v); break;
                case "role": d.RoleWords.Add(v); break;
                case "source": AddUnique(d.SourcePrefixes, v); break;
                default: throw new InvalidDataException($"structure-bylines.tsv: unknown kind '{r[0]}'");
            }
        }
        foreach (var r in EmbeddedTsv.RowsForAllLanguages("structure-dates.tsv"))
        {
            if (r.Length < 2) continue;
            string v = r[1].Trim();
            switch (r[0])
            {
                case "month": d.Months.TryAdd(v, int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)); break;
                case "weekday": d.Weekdays.Add(v); break;
                case "zone": d.Zones.TryAdd(v, r[2].Trim()); break;
                case "lead": foreach (var w in v.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d.LeadWords.Add(w); break;
                case "clock": d.ClockWords.Add(v); break;
                case "updated": foreach (var w in v.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d.UpdatedWords.Add(w); break;
                default: throw new InvalidDataException($"structure-dates.tsv: unknown kind '{r[0]}'");
            }
        }
        foreach (var r in EmbeddedTsv.RowsForAllLanguages("structure-datelines.tsv"))
        {
            if (r.Length >= 2 && r[0] == "notplace") d.NotPlaceWords.Add(r[1].Trim());
        }
        // Longest marker first, so "Sumber foto" wins over "Foto" and "Laporan wartawan" over "Wartawan".
        d.TeaserMarkers.Sort((a, b) => b.Length.CompareTo(a.Length));
        d.AuthorPrefixes.Sort((a, b) => b.Length.CompareTo(a.Length));
        d.EditorPrefixes.Sort((a, b) => b.Length.CompareTo(a.Length));
        d.CreditMarkers.Sort((a, b) => b.Marker.Length.CompareTo(a.Marker.Length));
        return d;
    }

    private static void AddUnique(List<string> list, string v)
    {
        if (!list.Contains(v, StringComparer.OrdinalIgnoreCase)) list.Add(v);
    }
}

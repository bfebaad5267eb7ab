using System.Runtime.CompilerServices;
using Warta.Documents;

namespace Warta.Time;

/// <summary>
/// A time given relative to another event in the same sentence: "sehari setelah mengunjungi Korea Utara",
/// "two days before the vote". The event of the clause holding [Start, End) happened <see cref="Amount"/>
/// <see cref="Unit"/>s after (negative: before) the event described from <see cref="AnchorStart"/> on,
/// i.e. the clause that follows the connective. <see cref="Resolved"/> is the date of the governing clause
/// when the anchor clause carries its own date ("sehari setelah pertemuan Rabu"), else null and the events
/// stage resolves it from the anchor event's date.
/// </summary>
public sealed record AnchoredTime(int Start, int End, int Amount, TimeUnit Unit, int AnchorStart, DateValue? Resolved)
{
    /// <summary>The date of the governing clause given the anchor event's date.</summary>
    public DateValue? Apply(DateValue anchor)
    {
        if (anchor.To is not null) return null;
        return (Unit, anchor.Precision) switch
        {
            (TimeUnit.Day, DatePrecision.Day) => anchor with { Value = anchor.Value.AddDays(Amount) },
            (TimeUnit.Week, DatePrecision.Day) => anchor with { Value = anchor.Value.AddDays(7 * Amount) },
            (TimeUnit.Month, DatePrecision.Day or DatePrecision.Month) =>
                new DateValue(anchor.Value.AddMonths(Amount), DatePrecision.Month),
            (TimeUnit.Year, _) => new DateValue(anchor.Value.AddYears(Amount), DatePrecision.Year),
            _ => null,
        };
    }
}

/// <summary>
/// The side list of <see cref="AnchoredTime"/>s the time tagger found in a document. Kept outside
/// <see cref="Document"/> so the document contract stays as the output needs it; the table holds no
/// document alive.
/// </summary>
public static class AnchoredTimes
{
    private static readonly ConditionalWeakTable<Document, List<AnchoredTime>> s_table = new();

    /// <summary>The anchored times of <paramref name="document"/>, in text order; empty before the tagger ran.</summary>
    public static IReadOnlyList<AnchoredTime> Of(Document document) =>
        s_table.TryGetValue(document, out var list) ? list : [];

    internal static void Set(Document document, List<AnchoredTime> list)
    {
        // Most articles have none: skip the table's lock (and its GC handle) unless an earlier run left a list to drop.
        if (list.Count == 0)
        {
            if (s_table.TryGetValue(document, out _)) s_table.Remove(document);
            return;
        }
        s_table.AddOrUpdate(document, list);
    }
}

using System.Globalization;
using Warta.Resources;

namespace Warta.Time;

/// <summary>What a time word does in a date expression (see the header of lang/id/time.tsv).</summary>
internal enum TimeWordKind : byte
{
    Month,
    Weekday,
    Number,
    Vague,
    Unit,
    CountUnit,
    Rel,
    PrevRel,
    Ago,
    Later,
    Then,
    Earlier,
    Anchor,
    Part,
    Cue,
    YearCue,
    MonthCue,
    DayCue,
    Modifier,
    Next,
    Last,
    This,
    Future,
    Past,
    Counter,
    Blocker,
    Boundary,
}

/// <summary>Calendar unit of a relative expression.</summary>
public enum TimeUnit : byte
{
    Day,
    Week,
    Month,
    Year,
    Weekend,
}

/// <summary>
/// One time word: its kind, a number (month 1-12, weekday 1-7 from Monday, count, offset, anchor sign)
/// and a unit. <see cref="Tensed"/> marks relative words whose direction the clause's tense decides.
/// </summary>
internal readonly record struct TimeWord(TimeWordKind Kind, int Value, TimeUnit Unit, bool Tensed);

/// <summary>
/// The time words of Indonesian, Malay and English in one table. The three share it because the words do
/// not collide and articles mix them (an English byline date above an Indonesian body); month and weekday
/// names only count when capitalized, which keeps "may" and "minggu" (week) out.
/// </summary>
internal sealed class TimeLexicon
{
    public static readonly string[] Languages = ["id", "ms", "en"];

    private static readonly Lazy<TimeLexicon> s_default = new(() => Load(Languages));

    public static TimeLexicon Default => s_default.Value;

    public PhraseTable<TimeWord> Table { get; }

    private TimeLexicon(PhraseTable<TimeWord> table) => Table = table;

    public static TimeLexicon Load(IEnumerable<string> languages)
    {
        var entries = new List<PhraseTable<TimeWord>.Entry>();
        foreach (var lang in languages)
        {
            string name = $"lang/{lang}/time.tsv";
            foreach (var row in EmbeddedTsv.Rows(name))
            {
                if (row.Length < 2) throw new FormatException($"{name}: bad row '{string.Join('\t', row)}'.");
                var word = Parse(row[0], row.Length > 2 ? row[2] : "", name);
                entries.Add(new(row[1].ToLowerInvariant(), word));
            }
        }
        return new TimeLexicon(new PhraseTable<TimeWord>(entries));
    }

    private static TimeWord Parse(string kind, string value, string file)
    {
        var k = kind switch
        {
            "month" => TimeWordKind.Month,
            "weekday" => TimeWordKind.Weekday,
            "number" => TimeWordKind.Number,
            "vague" => TimeWordKind.Vague,
            "unit" => TimeWordKind.Unit,
            "countunit" => TimeWordKind.CountUnit,
            "rel" => TimeWordKind.Rel,
            "prevrel" => TimeWordKind.PrevRel,
            "ago" => TimeWordKind.Ago,
            "later" => TimeWordKind.Later,
            "then" => TimeWordKind.Then,
            "earlier" => TimeWordKind.Earlier,
            "anchor" => TimeWordKind.Anchor,
            "part" => TimeWordKind.Part,
            "cue" => TimeWordKind.Cue,
            "yearcue" => TimeWordKind.YearCue,
            "monthcue" => TimeWordKind.MonthCue,
            "daycue" => TimeWordKind.DayCue,
            "modifier" => TimeWordKind.Modifier,
            "next" => TimeWordKind.Next,
            "last" => TimeWordKind.Last,
            "this" => TimeWordKind.This,
            "future" => TimeWordKind.Future,
            "past" => TimeWordKind.Past,
            "counter" => TimeWordKind.Counter,
            "blocker" => TimeWordKind.Blocker,
            "boundary" => TimeWordKind.Boundary,
            _ => throw new FormatException($"{file}: unknown kind '{kind}'."),
        };
        switch (k)
        {
            case TimeWordKind.Month or TimeWordKind.Weekday or TimeWordKind.Number or TimeWordKind.Vague or TimeWordKind.Anchor:
                return new TimeWord(k, Int(value, file), TimeUnit.Day, false);
            case TimeWordKind.Unit:
                return new TimeWord(k, 1, UnitOf(value, file), false);
            case TimeWordKind.CountUnit or TimeWordKind.Rel or TimeWordKind.PrevRel:
            {
                int colon = value.IndexOf(':');
                if (colon < 0) throw new FormatException($"{file}: '{value}' is not unit:offset.");
                var unit = UnitOf(value[..colon], file);
                string off = value[(colon + 1)..];
                return off == "?" ? new TimeWord(k, 0, unit, true) : new TimeWord(k, Int(off, file), unit, false);
            }
            default:
                return new TimeWord(k, 0, TimeUnit.Day, false);
        }
    }

    private static int Int(string s, string file) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v)
            ? v
            : throw new FormatException($"{file}: '{s}' is not a number.");

    private static TimeUnit UnitOf(string s, string file) => s switch
    {
        "day" => TimeUnit.Day,
        "week" => TimeUnit.Week,
        "month" => TimeUnit.Month,
        "year" => TimeUnit.Year,
        "weekend" => TimeUnit.Weekend,
        _ => throw new FormatException($"{file}: unknown unit '{s}'."),
    };
}

using Warta.Documents;

namespace Warta.Time;

/// <summary>Date arithmetic for resolving expressions against the publication date.</summary>
internal static class Calendar
{
    /// <summary>ISO weekday, Monday = 1 … Sunday = 7.</summary>
    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    public static DateOnly Monday(DateOnly d) => d.AddDays(1 - IsoDay(d));

    /// <summary>The latest <paramref name="weekday"/> on or before <paramref name="pub"/> (strictly before when <paramref name="strict"/>).</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly pub, int weekday, bool strict)
    {
        int delta = (IsoDay(pub) - weekday + 7) % 7;
        if (delta == 0 && strict) delta = 7;
        return pub.AddDays(-delta);
    }

    /// <summary>The earliest <paramref name="weekday"/> on or after <paramref name="pub"/> (strictly after when <paramref name="strict"/>).</summary>
    public static DateOnly WeekdayOnOrAfter(DateOnly pub, int weekday, bool strict)
    {
        int delta = (weekday - IsoDay(pub) + 7) % 7;
        if (delta == 0 && strict) delta = 7;
        return pub.AddDays(delta);
    }

    /// <summary>Monday–Sunday of the week <paramref name="weeks"/> after the week of <paramref name="d"/>.</summary>
    public static DateValue Week(DateOnly d, int weeks)
    {
        var mon = Monday(d).AddDays(7 * weeks);
        return new DateValue(mon, DatePrecision.Day, mon.AddDays(6));
    }

    public static DateValue Month(DateOnly d, int months) =>
        new(new DateOnly(d.Year, d.Month, 1).AddMonths(months), DatePrecision.Month);

    public static DateValue Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    public static DateValue Day(DateOnly d) => new(d, DatePrecision.Day);

    /// <summary>Saturday–Sunday of the week <paramref name="weeks"/> after the week of <paramref name="d"/>.</summary>
    public static DateValue Weekend(DateOnly d, int weeks)
    {
        var sat = Monday(d).AddDays(7 * weeks + 5);
        return new DateValue(sat, DatePrecision.Day, sat.AddDays(1));
    }

    public static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>
    /// The year for a day and month written without one: of the publication year and its neighbours, the one
    /// that puts the date nearest to publication ("21/12" read on 3 January is last December). 0 when none is valid.
    /// </summary>
    public static int NearestYear(DateOnly pub, int month, int day)
    {
        int best = 0, bestDist = int.MaxValue;
        for (int y = pub.Year - 1; y <= pub.Year + 1; y++)
        {
            if (!Valid(y, month, day)) continue;
            int dist = Math.Abs(new DateOnly(y, month, day).DayNumber - pub.DayNumber);
            if (dist < bestDist) { best = y; bestDist = dist; }
        }
        if (best == 0 && month == 2 && day == 29)
        {
            // A leap day further away: the latest one not after publication.
            for (int y = pub.Year; y > pub.Year - 8; y--)
                if (Valid(y, 2, 29)) return y;
        }
        return best;
    }
}

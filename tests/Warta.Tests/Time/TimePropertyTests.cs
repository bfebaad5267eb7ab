using CsCheck;
using Warta.Documents;
using Warta.Time;

namespace Warta.Tests.Time;

/// <summary>Properties over random dates between 1990 and 2040 (leap days and year ends included by chance and by design).</summary>
public sealed class TimePropertyTests
{
    private static readonly TimeExpressionTagger Tagger = new();

    private static readonly string[] Bulan =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] Hari = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly Gen<DateOnly> Dates =
        Gen.Int[new DateOnly(1990, 1, 1).DayNumber, new DateOnly(2040, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static DateValue Single(string text, DateOnly published)
    {
        var doc = TestDocuments.Make(text, published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Tagger.Process(doc);
        return Assert.Single(doc.Times).Date;
    }

    [Fact]
    public void Written_dates_read_back_exactly()
    {
        Gen.Select(Dates, Dates).Sample((d, pub) =>
        {
            Assert.Equal(new DateValue(d, DatePrecision.Day), Single($"Sidang digelar pada {d.Day} {Bulan[d.Month - 1]} {d.Year} di Jakarta.", pub));
            Assert.Equal(new DateValue(d, DatePrecision.Day), Single($"Ia tiba pada {d.Day}/{d.Month}/{d.Year}.", pub));
            Assert.Equal(new DateValue(d, DatePrecision.Day), Single($"The talks ended on {Days[Calendar.IsoDay(d) - 1]}, {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month)} {d.Day}, {d.Year}.", pub));
        });
    }

    [Fact]
    public void A_past_weekday_is_within_the_week_before_publication_and_falls_on_that_day()
    {
        Gen.Select(Dates, Gen.Int[1, 7]).Sample((pub, weekday) =>
        {
            var v = Single($"Menteri itu berbicara pada {Hari[weekday - 1]} di Jakarta.", pub);
            Assert.Equal(DatePrecision.Day, v.Precision);
            Assert.Equal(weekday, Calendar.IsoDay(v.Value));
            Assert.InRange(pub.DayNumber - v.Value.DayNumber, 0, 6);
        });
    }

    [Fact]
    public void A_future_weekday_is_within_the_week_after_publication()
    {
        Gen.Select(Dates, Gen.Int[1, 7]).Sample((pub, weekday) =>
        {
            var v = Single($"Menteri itu akan berbicara pada {Hari[weekday - 1]} di Jakarta.", pub);
            Assert.Equal(weekday, Calendar.IsoDay(v.Value));
            Assert.InRange(v.Value.DayNumber - pub.DayNumber, 0, 6);
        });
    }

    [Fact]
    public void A_day_and_month_without_year_land_within_half_a_year_of_publication()
    {
        Gen.Select(Dates, Dates).Where((d, _) => !(d.Month == 2 && d.Day == 29)).Sample((d, pub) =>
        {
            var v = Single($"Banjir melanda pada {d.Day} {Bulan[d.Month - 1]} lalu.", pub);
            Assert.Equal((d.Month, d.Day), (v.Value.Month, v.Value.Day));
            Assert.InRange(Math.Abs(v.Value.DayNumber - pub.DayNumber), 0, 184);
        });
    }

    [Fact]
    public void Days_ago_count_back_from_publication()
    {
        string[] words = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"];
        Gen.Select(Dates, Gen.Int[1, 10]).Sample((pub, n) =>
        {
            Assert.Equal(pub.AddDays(-n), Single($"Ledakan terjadi {words[n - 1]} hari lalu.", pub).Value);
            Assert.Equal(pub.AddDays(-n), Single($"The blast happened {n} days ago.", pub).Value);
        });
    }
}

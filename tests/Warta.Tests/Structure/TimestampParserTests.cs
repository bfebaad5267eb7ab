using Warta.Structure;

namespace Warta.Tests.Structure;

public sealed class TimestampParserTests
{
    [Theory]
    [InlineData("2024-06-19", "2024-06-19")]
    [InlineData("2024-06-19T10:00:00Z", "2024-06-19T10:00+00:00")]
    [InlineData("2024-06-19T10:00:05+0700", "2024-06-19T10:00:05+07:00")]
    [InlineData("2024-06-19T10:00:00.123+07:00", "2024-06-19T10:00+07:00")]
    [InlineData("2024-06-19 10:00", "2024-06-19T10:00")]
    [InlineData("Wed, 19 Jun 2024 10:00:00 GMT", "2024-06-19T10:00+00:00")]
    [InlineData("19 Juni 2024", "2024-06-19")]
    [InlineData("Jumat, 21 Juni 2024 pukul 14.29 WIB", "2024-06-21T14:29+07:00")]
    [InlineData("June 5th, 2024 at 9:05 a.m. GMT+8", "2024-06-05T09:05+08:00")]
    public void Normalizes_given_values(string given, string iso) => Assert.Equal(iso, TimestampParser.NormalizeGiven(given));

    [Theory]
    [InlineData("kemarin")]
    [InlineData("2024-13-40")]
    [InlineData("31 Februari 2024")]
    [InlineData("")]
    public void Unreadable_values_are_null(string given) => Assert.Null(TimestampParser.NormalizeGiven(given));

    [Fact]
    public void Finds_a_timestamp_closing_a_line()
    {
        Assert.True(TimestampParser.TryFindSuffix("Nama Penulis • 21 June 2024 14:29", out var ts, out int at));
        Assert.Equal(15, at);
        Assert.Equal("2024-06-21T14:29", ts.ToIso());
        Assert.False(TimestampParser.TryFindSuffix("Rapat pada 21 Juni 2024 berjalan lancar", out _, out _));
    }
}

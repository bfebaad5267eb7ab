using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>Which time expression dates an event, and what an event with none of its own inherits.</summary>
public sealed class EventDateTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, .. TestDocs.Officials, new("Beijing", "CHN"), new("Manila", "PHL")];

    private static readonly DateValue Monday = new(new DateOnly(2025, 3, 10), DatePrecision.Day);
    private static readonly DateValue January = new(new DateOnly(2025, 1, 1), DatePrecision.Month);
    private static readonly DateValue February = new(new DateOnly(2025, 2, 1), DatePrecision.Month);
    private const string Published = "2025-03-12";

    private static Document Run(string text, string lang = "id") =>
        TestDocs.Run(TestDocs.Build(text, lang, Names,
            [("Senin", Monday), ("Monday", Monday), ("Januari", January), ("late February", February)], Published));

    private static Event One(Document d, string code) => Assert.Single(d.Events, e => e.Cameo == code);

    [Theory]
    [InlineData("Jepang menuduh Tiongkok melakukan 40 pelanggaran wilayah sejak Januari.", "id", "112")]
    [InlineData("Japan accused China of forty incursions since late February.", "en", "112")]
    public void A_since_span_inside_a_statement_does_not_date_the_statement(string text, string lang, string code)
    {
        var e = One(Run(text, lang), code);
        Assert.Equal(Published, e.Date?.Format());
        Assert.Null(e.DateText);
    }

    [Fact]
    public void A_time_in_the_relative_clause_of_a_condemned_act_dates_that_act_not_the_condemnation()
    {
        var e = One(Run("Filipina mengecam Tiongkok atas serangan yang menghantam kapal nelayan pada Senin."), "111");
        Assert.Equal(Published, e.Date?.Format());
    }

    [Fact]
    public void A_time_after_the_object_of_a_statement_still_dates_it()
    {
        var e = One(Run("Filipina mengecam Tiongkok, Senin."), "111");
        Assert.Equal("2025-03-10", e.Date?.Format());
        Assert.Equal("Senin", e.DateText);
    }

    [Fact]
    public void A_relative_clause_with_its_own_verb_keeps_its_time_from_an_act()
    {
        var e = One(Run("Jepang menjatuhkan sanksi terhadap Tiongkok yang akan mulai berlaku pada Senin."), "163");
        Assert.Equal(Published, e.Date?.Format());
    }

    [Fact]
    public void An_undated_reaction_inherits_the_time_of_the_previous_sentence_in_its_paragraph()
    {
        var d = Run("Tiongkok menembakkan rudal ke arah Filipina pada Senin. Manila mengecam Beijing atas insiden itu.");
        var e = One(d, "111");
        Assert.Equal("2025-03-10", e.Date?.Format());
        Assert.Equal("Senin", e.DateText);
    }

    [Fact]
    public void A_time_of_another_paragraph_is_not_carried_over_or_merged_in()
    {
        var d = Run("Jepang mengecam Tiongkok.\nTiongkok membantah tuduhan itu.\nVietnam mendukung Filipina.\nJepang mengecam Tiongkok pada Senin.");
        var e = One(d, "111");
        Assert.Equal(Published, e.Date?.Format());
        Assert.Null(e.DateText);
    }

    [Fact]
    public void A_time_inside_an_accusation_is_not_carried_to_the_next_sentence()
    {
        var d = Run("Jepang menuduh Tiongkok atas serangan yang menenggelamkan kapal pada Senin. Filipina mengecam Tiongkok.");
        var e = One(d, "111");
        Assert.Equal(Published, e.Date?.Format());
    }

    [Fact]
    public void A_statement_in_quotes_takes_the_time_of_its_attribution()
    {
        var d = Run("\u201cJepang mengecam Tiongkok atas pelanggaran itu,\u201d kata Tanaka di Tokyo, Senin.");
        var e = One(d, "111");
        Assert.Equal("2025-03-10", e.Date?.Format());
    }

    [Theory]
    [InlineData("Tiongkok pernah menyerang Vietnam.", "id")]
    [InlineData("China had attacked the Philippines.", "en")]
    public void A_background_act_stays_undated(string text, string lang)
    {
        var d = Run(text, lang);
        var e = Assert.Single(d.Events, x => x.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Null(e.Date);
    }

    [Fact]
    public void A_fronted_after_phrase_does_not_make_the_main_clause_background()
    {
        var e = One(Run("Setelah insiden itu, Jepang mengecam Tiongkok."), "111");
        Assert.Equal(Published, e.Date?.Format());
    }

    [Fact]
    public void A_reason_clause_tells_an_undated_earlier_act()
    {
        var d = Run("Jepang mengecam Tiongkok karena Tiongkok menyerang Vietnam.");
        var e = Assert.Single(d.Events, x => x.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Null(e.Date);
    }

    [Fact]
    public void An_asserted_act_with_no_time_anywhere_happened_on_the_publication_day()
    {
        var e = One(Run("Jepang mengecam Tiongkok."), "111");
        Assert.Equal(Published, e.Date?.Format());
        Assert.Null(e.DateText);
    }

    [Fact]
    public void An_intended_act_with_no_time_is_not_given_the_publication_day()
    {
        var d = Run("Vietnam akan menyerang Tiongkok.");
        var e = Assert.Single(d.Events, x => x.Cameo.StartsWith("19", StringComparison.Ordinal) || x.Cameo.StartsWith("138", StringComparison.Ordinal));
        Assert.Null(e.Date);
    }

    [Theory]
    [InlineData("Menteri Luar Negeri Jepang Hiroshi Tanaka bertemu dengan Ramon Cruz di sela kunjungannya ke Filipina.", "id")]
    [InlineData("Hiroshi Tanaka met Ramon Cruz on Monday.", "en")]
    public void A_visit_takes_place_in_the_host_country_never_at_the_person_met(string text, string lang)
    {
        var doc = TestDocs.Run(TestDocs.Build(text, lang, TestDocs.Countries.Concat(TestDocs.Officials), null, "2025-03-12"));
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Target.Any(a => a.Country == "PHL"));
        Assert.Equal("PHL", e.Place?.Country);
        Assert.NotEqual("Ramon Cruz", e.Place?.Name);
    }
}

using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Arrests and expulsions with no agent named: the authorities of the place ("di Malaysia", "in Malaysia") or of the
/// country one is expelled from ("diusir dari Tiongkok", "expelled from China") did it; the patient's nationality is
/// the target. Sentences written for these tests.
/// </summary>
public sealed class AgentlessCustodyTests
{
    private static readonly TestDocs.Name[] Names =
    [
        .. TestDocs.Countries,
        new("diplomat Jepang", "JPNGOV", EntityType.ORG), new("Japanese diplomats", "JPNGOV", EntityType.ORG),
        new("aparat keamanan Tiongkok", "CHNCOP", EntityType.ORG), new("aparat Tiongkok", "CHNCOP", EntityType.ORG),
    ];

    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("id", "Kementerian menyesalkan penangkapan tiga warga Thailand di Malaysia pekan lalu.", "173", "MYS", "THA")]
    [InlineData("en", "The ministry confirmed the detention of 12 Japanese in Malaysia for overstaying their visas.", "173", "MYS", "JPN")]
    [InlineData("id", "Sebanyak 20 diplomat Jepang diusir dari Tiongkok, Senin.", "161", "CHN", "JPN")]
    [InlineData("en", "Four Japanese diplomats were expelled from China on Monday.", "161", "CHN", "JPN")]
    public void The_place_or_the_country_left_names_the_agent(string lang, string text, string code, string source, string target)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Theory]
    // At home, or with no place named, an arrest names no foreign authority; "penangkapan X" never makes X the arrester.
    [InlineData("id", "Kementerian menyesalkan penangkapan tiga warga Malaysia di Malaysia pekan lalu.")]
    [InlineData("id", "Kementerian menyesalkan penangkapan warga Thailand pekan lalu.")]
    [InlineData("en", "The ministry confirmed the detention of 12 Japanese in Japan.")]
    [InlineData("en", "Four Japanese diplomats were expelled from a hotel on Monday.")]
    public void No_agent_is_invented(string lang, string text)
    {
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal) || e.Cameo == "161");
    }

    [Fact]
    public void An_agent_named_after_oleh_still_wins()
    {
        var e = Assert.Single(Run("Kementerian menyesalkan penangkapan tiga warga Thailand oleh Kamboja di Malaysia.", "id").Events, e => e.Cameo == "173");
        Assert.Equal("KHM", TestDocs.Keys(e.Source));
        Assert.Equal("THA", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void An_arrest_abroad_is_the_place_not_the_last_force_named_and_takes_the_companions()
    {
        var doc = Run("Aparat keamanan Tiongkok berpatroli di perbatasan. Dua warga Filipina ditangkap bersama tiga warga Jepang di Kamboja.", "id");
        var e = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.Equal("KHM", TestDocs.Keys(e.Source));
        Assert.Equal("PHL,JPN", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void An_agent_right_after_the_di_verb_is_the_doer()
    {
        var e = Assert.Single(Run("Dua warga Filipina ditahan aparat Tiongkok di Kamboja pada Senin.", "id").Events, e => e.Cameo == "173");
        Assert.Equal("CHN", TestDocs.Keys(e.Source));
        Assert.Equal("PHL", TestDocs.Keys(e.Target));
    }

    [Theory]
    // A rejected or criticised remark is aimed at whoever the passive verb of making names right after it, past a title.
    [InlineData("ms", "Malaysia menolak sepenuhnya kenyataan dibuat Menteri Luar Negeri Kemboja, Hiroshi Tanaka pada Isnin.", "120", "MYS", "JPN")]
    [InlineData("id", "Malaysia mengecam tuduhan yang dilontarkan Tiongkok pekan lalu.", "111", "MYS", "CHN")]
    public void The_agent_of_a_made_remark_is_the_target(string lang, string text, string code, string source, string target)
    {
        var doc = TestDocs.Run(TestDocs.Build(text, lang, [.. Names, .. TestDocs.Officials], null, "2025-03-12"));
        var e = Assert.Single(doc.Events, e => e.Cameo == code);
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Fact]
    public void A_lowercase_word_after_the_verb_ends_the_search()
    {
        var doc = TestDocs.Run(TestDocs.Build("Malaysia menolak kenyataan dibuat semalam di Tiongkok.", "ms", Names, null, "2025-03-12"));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "120" && e.Target.Any(t => t.Key == "CHN"));
    }
}

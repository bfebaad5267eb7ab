using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>A cue set between commas inside the reported sentence, and a passive cue with a clitic opening it (issue 5).</summary>
public sealed class InterposedCueTests
{
    private static readonly N[] Names =
    [
        new("Budi Santoso", "IDNGOV", EntityType.PER), new("Budi", "IDNGOV", EntityType.PER),
        new("Kementerian Luar Negeri Jepang", "JPNGOV", EntityType.ORG), new("Jepang", "JPN"), new("Vietnam", "VNM"),
    ];

    private static Document Run(string text) =>
        QuoteTestDocs.Attribute(text, "id", Names);

    private static Quote With(Document d, string content) => QuoteTestDocs.Containing(d, content);

    [Theory]
    [InlineData("Khusus batas darat, kata Budi, tim teknis kedua negara akan mulai bekerja bulan depan.")]
    [InlineData("Budi tiba di Hanoi pada Senin. Namun, lanjut dia, tim teknis kedua negara akan mulai bekerja bulan depan.")]
    [InlineData("Budi tiba di Hanoi pada Senin. Akan tetapi, tambah dia, tim teknis kedua negara akan mulai bekerja bulan depan.")]
    public void The_clause_after_an_interposed_cue_is_the_speech(string text)
    {
        var doc = Run(text);
        var q = With(doc, "tim teknis kedua negara akan mulai bekerja");
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
        Assert.False(q.Direct);
    }

    [Fact]
    public void A_long_clause_before_an_interposed_cue_stays_in_the_speech()
    {
        var doc = Run("Vietnam belum mengirim jawaban resmi atas usulan itu, kata Budi, sehingga pertemuan berikutnya ditunda.");
        var q = With(doc, "belum mengirim jawaban resmi");
        Assert.Contains("pertemuan berikutnya ditunda", doc.Text[q.Start..q.End]);
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_plain_trailing_cue_still_ends_the_speech()
    {
        var doc = Run("Vietnam belum mengirim jawaban resmi atas usulan itu, kata Budi.");
        var q = With(doc, "belum mengirim jawaban resmi");
        Assert.DoesNotContain("kata Budi", doc.Text[q.Start..q.End]);
    }

    [Theory]
    [InlineData("Dikatakannya kapal patroli kedua negara akan berpatroli bersama di perairan itu.")]
    [InlineData("Ditambahkannya, kapal patroli kedua negara akan berpatroli bersama di perairan itu.")]
    [InlineData("Dijelaskannya bahwa kapal patroli kedua negara akan berpatroli bersama di perairan itu.")]
    public void A_passive_cue_with_a_clitic_opening_the_sentence_reports_the_previous_subject(string second)
    {
        var doc = Run("Kementerian Luar Negeri Jepang membantah laporan media itu pada Selasa. " + second);
        var q = With(doc, "kapal patroli kedua negara akan berpatroli");
        Assert.Equal("JPN", q.Speaker?.Actor?.Key);
        Assert.StartsWith("kapal patroli", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_passive_cue_inside_the_sentence_is_not_a_speech_opening()
    {
        var doc = Run("Kementerian Luar Negeri Jepang membantah laporan itu. Laporan yang dikatakannya palsu itu beredar luas di media sosial.");
        Assert.DoesNotContain(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("beredar luas"));
    }
}

/// <summary>English: "…, X was quoted as saying by state broadcaster Y" and the presidential office as a speaking body. Own sentences.</summary>
public sealed class BroadcasterAndOfficeCueTests
{
    private static readonly N[] Names =
    [
        new("Ken Tanaka", "JPNGOV", EntityType.PER), new("Tanaka", "JPNGOV", EntityType.PER), new("Japan", "JPN"), new("Vietnam", "VNM"),
    ];

    private static Document Run(string text) =>
        QuoteTestDocs.Attribute(text, "en", Names);

    [Theory]
    [InlineData("The final figures for the relief package are still being calculated, Tanaka was quoted as saying by state broadcaster NHK.")]
    [InlineData("The final figures for the relief package are still being calculated, Tanaka was quoted as saying by local media.")]
    public void Quoted_as_saying_by_an_outlet_reports_the_clause_before(string text)
    {
        var doc = Run(text);
        var q = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("still being calculated"));
        Assert.Equal("JPN", q.Speaker?.Actor?.Key);
        Assert.DoesNotContain("Tanaka", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void The_presidential_office_speaks_for_its_government()
    {
        var doc = Run("Vietnam protested on Monday. \"We will answer every provocation firmly,\" the presidential office said in a press release.");
        var q = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("answer every provocation"));
        // Which country it speaks for comes from the article (dateline, earlier bodies); here only the role is checked.
        Assert.Equal("the presidential office", q.Speaker?.Name);
    }

    [Theory]
    [InlineData("the foreign affairs department")]
    [InlineData("the external affairs ministry")]
    [InlineData("the Department of Foreign Affairs")]
    public void Other_names_of_a_foreign_ministry_speak(string body)
    {
        var doc = Run($"\"We protest the blocking of our supply boats,\" {body} said in a statement, referring to the incident.");
        var q = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("blocking of our supply boats"));
        Assert.NotNull(q.Speaker);
        Assert.EndsWith(body.Split(' ')[^1], q.Speaker!.Name, StringComparison.OrdinalIgnoreCase);
    }
}

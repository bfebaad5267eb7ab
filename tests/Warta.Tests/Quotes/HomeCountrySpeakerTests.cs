using Warta.Input;

namespace Warta.Tests.Quotes;

/// <summary>
/// id/ms press names its own officials and ministries without a country ("kata Prasetyanto", "Kemenlu"), foreign ones
/// always with theirs: an unlinked direct-quote speaker there is a home one (lang/&lt;code&gt;/speaker-roles.tsv home-country).
/// </summary>
public sealed class HomeCountrySpeakerTests
{
    private static Documents.Document Run(string text, string lang) =>
        WartaEngine.CreateDefault().Process(new RawArticle { SourceName = "t.txt", Text = text, Published = "2021-03-08", Language = lang });

    private static Documents.Quote QuoteWith(Documents.Document doc, string words) =>
        Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains(words, StringComparison.Ordinal));

    [Fact]
    public void Untitled_person_in_a_story_naming_Indonesia_speaks_for_Indonesia()
    {
        var doc = Run("Indonesia dan Vietnam membahas kerja sama perikanan di Hanoi pada Senin.\n"
            + "\"Kami ingin patroli bersama di laut segera dimulai tahun ini,\" kata Prasetyanto kepada wartawan.\n"
            + "Vietnam menyambut usulan tersebut.", "id");
        Assert.Equal("IDN", QuoteWith(doc, "patroli bersama").Speaker?.Actor?.Country);
    }

    [Fact]
    public void Untitled_person_in_foreign_news_gets_no_home_country()
    {
        var doc = Run("Iran mengecam sanksi baru Amerika Serikat terhadap beberapa perusahaan Iran.\n"
            + "\"Kami menolak tekanan yang tidak sah ini dan akan membalasnya,\" kata Rahimzadeh kepada wartawan.\n"
            + "Amerika Serikat belum menanggapi.", "id");
        Assert.NotEqual("IDN", QuoteWith(doc, "tekanan yang tidak sah").Speaker?.Actor?.Country);
    }

    [Fact]
    public void Unqualified_Kemenlu_is_the_Indonesian_ministry()
    {
        var doc = Run("Arab Saudi dan Indonesia berselisih soal pernyataan seorang diplomat di Jakarta.\n"
            + "Arab Saudi belum memberi tanggapan resmi atas protes itu.\n"
            + "\"Kami sangat menyayangkan pernyataan diplomat tersebut,\" tulis Kemenlu dalam keterangannya.", "id");
        Assert.Equal("IDN", QuoteWith(doc, "sangat menyayangkan").Speaker?.Actor?.Country);
    }

    [Fact]
    public void Malay_untitled_person_in_a_story_naming_Malaysia_speaks_for_Malaysia()
    {
        var doc = Run("Malaysia dan Thailand membincangkan keselamatan sempadan di Kuala Lumpur semalam.\n"
            + "\"Kita mahu kawalan bersama di sempadan diperketatkan segera,\" kata Zulkarnaini kepada pemberita.\n"
            + "Thailand menyambut baik cadangan itu.", "ms");
        Assert.Equal("MYS", QuoteWith(doc, "kawalan bersama").Speaker?.Actor?.Country);
    }

    [Fact]
    public void English_has_no_home_country()
    {
        var doc = Run("Indonesia and Vietnam discussed fisheries cooperation in Hanoi on Monday.\n"
            + "\"We want joint sea patrols to start this year,\" said Prasetyanto.\n"
            + "Vietnam welcomed the proposal.", "en");
        Assert.NotEqual("IDN", QuoteWith(doc, "joint sea patrols").Speaker?.Actor?.Country);
    }

    [Fact]
    public void Role_then_body_then_named_person_after_the_quote_is_that_person()
    {
        // Without the named person the role phrase alone would fall back to a guessed country.
        var doc = Run("Turki melancarkan serangan udara di Suriah utara pekan lalu.\n"
            + "\"Integritas wilayah Suriah harus dihormati oleh semua pihak,\" tegas juru bicara Kementerian Luar Negeri Tiongkok, Hua Chunying, dalam jumpa pers.", "id");
        Assert.Equal("CHN", QuoteWith(doc, "Integritas wilayah").Speaker?.Actor?.Country);
    }
}

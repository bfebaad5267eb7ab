using Warta.Input;

namespace Warta.Tests.Quotes;

/// <summary>
/// An unknown person introduced by a long role phrase whose country name the linker left as a bare place
/// ("Juru Bicara Kantor Urusan Luar Negeri India, X"): the same name linked to a country elsewhere in the
/// article gives the speaker's country, for the full name and for the surname later.
/// </summary>
public sealed class TitledPersonCountryTests
{
    private const string Text =
        "India menolak tuduhan itu pada Senin.\n\n" +
        "Juru Bicara Kantor Urusan Luar Negeri India, Raveesh Kumar mengatakan bahwa Pakistan “ingin memicu ketegangan di kawasan”.\n\n" +
        "\"Langkah ini adalah upaya mengalihkan perhatian dari masalah dalam negeri,\" kata Kumar.\n";

    [Theory]
    [InlineData("ingin memicu ketegangan di kawasan")]
    [InlineData("Langkah ini adalah upaya mengalihkan perhatian")]
    public void Role_phrase_country_named_elsewhere_links_the_speaker(string content)
    {
        var doc = WartaEngine.CreateDefault().Process(new RawArticle { SourceName = "t.txt", Text = Text, Published = "2019-04-08", Language = "id" });
        var q = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith(content, StringComparison.Ordinal));
        Assert.Equal("IND", q.Speaker?.Actor?.Country);
    }

    [Fact]
    public void Known_office_holder_after_a_quote_is_linked_by_date()
    {
        const string text = "Polandia menutup perbatasan pada Selasa.\n\n“Kami akan menjaga perbatasan dengan sangat baik,” kata Mateusz Morawiecki dalam kunjungan ke wilayah timur.\n";
        var doc = WartaEngine.CreateDefault().Process(new RawArticle { SourceName = "t.txt", Text = text, Published = "2021-08-24", Language = "id" });
        var q = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.Equal("POLGOV", q.Speaker?.Actor?.Code);
    }

    [Fact]
    public void Unknown_name_with_a_role_apposition_before_told_speaks_for_the_apposition_actor()
    {
        const string text = "Mexico cut ties with Ecuador on Friday after police entered its embassy.\n\n" +
            "“This cannot happen. It is wrong,” Maria Lopez, head of the Mexican consular office in Quito, told reporters outside the building. " +
            "“We are very worried about our staff.”\n";
        var doc = WartaEngine.CreateDefault().Process(new RawArticle { SourceName = "t.txt", Text = text, Published = "2024-04-06", Language = "en" });
        var q = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith("This cannot happen", StringComparison.Ordinal));
        Assert.Equal("MEX", q.Speaker?.Actor?.Country);
        Assert.Equal("told", q.Cue);
    }

    [Fact]
    public void Bare_menlu_after_a_quote_is_a_role_speaker()
    {
        const string text = "Menteri Luar Negeri Indonesia Retno Marsudi bertemu duta besar Jepang di Jakarta pada Senin.\n\n" +
            "\"Kami menyampaikan keberatan kami atas pelanggaran wilayah itu,\" ujar Menlu dalam konferensi pers.\n";
        var doc = WartaEngine.CreateDefault().Process(new RawArticle { SourceName = "t.txt", Text = text, Published = "2020-01-06", Language = "id" });
        var q = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.Equal("IDN", q.Speaker?.Actor?.Country);
    }
}

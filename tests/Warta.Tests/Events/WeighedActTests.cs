using Warta.Documents;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Events;

/// <summary>Acts named and then said to be still under consideration, in sentences written for these tests.</summary>
public sealed class WeighedActTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, new("Kolombia", "COL"), new("Colombia", "COL")];

    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("Peru menyebut, menyatakan Duta Besar Kolombia sebagai persona non grata di Lima merupakan langkah yang harus dipertimbangkan secara serius.", "id")]
    [InlineData("Peru berkata, mengisytiharkan duta Kolombia sebagai persona non grata di Lima ialah langkah yang perlu dipertimbangkan.", "ms")]
    public void An_act_said_to_be_under_consideration_is_not_done(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void An_act_without_such_a_cue_stays_asserted()
    {
        var e = Assert.Single(Run("Peru menyatakan Duta Besar Kolombia sebagai persona non grata di Lima pada Senin.", "id").Events,
            e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
        Assert.Equal(Modality.Asserted, e.Modality);
    }
}

/// <summary>Reactions and solidarity, in sentences written for these tests.</summary>
public sealed class ReactionTests
{
    private static readonly N[] Names = [.. TestDocs.Countries, new("Kolombia", "COL"), new("Colombia", "COL"), new("Qatar", "QAT")];

    private static Document Run(string text, string lang) => TestDocs.Run(TestDocs.Build(text, lang, Names, null, "2025-03-12"));

    [Theory]
    [InlineData("Serangan udara Kolombia itu memicu kecaman dari Peru dan Brasil.", "id")]
    [InlineData("Serangan udara Kolombia itu mencetuskan kecaman daripada Peru dan Brasil.", "ms")]
    [InlineData("Colombia's air strike on the border drew condemnation from Peru and Brazil.", "en")]
    public void An_act_that_draws_criticism_is_criticised_by_those_after_from(string text, string lang)
    {
        var d = Run(text, lang);
        var e = Assert.Single(d.Events, e => e.Cameo == "111");
        Assert.Equal("BRA,PER", string.Join(",", e.Source.Select(a => a.Key).Order(StringComparer.Ordinal)));
        Assert.Equal("COL", TestDocs.Keys(e.Target));
        // The critics are not what the strike hit.
        Assert.DoesNotContain(d.Events, x => x.Cameo.StartsWith("19", StringComparison.Ordinal) && x.Target.Any(a => a.Key is "PER" or "BRA"));
    }

    [Theory]
    [InlineData("Malaysia berdiri teguh dan bersolidariti dengan kerajaan Qatar.", "ms")]
    [InlineData("Malaysia terus berdiri dengan solidaritas dengan pemerintah Qatar.", "id")]
    public void Standing_in_solidarity_with_a_side_is_support(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "051");
        Assert.Equal("MYS", TestDocs.Keys(e.Source));
        Assert.Equal("QAT", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Peru mengeluhkan bahwa Kolombia tidak menghormati kesepakatan perbatasan.", "id")]
    [InlineData("Peru mengeluhkan sikap Kolombia dalam sengketa perbatasan.", "id")]
    [InlineData("Peru mengadu bahawa Kolombia tidak menghormati perjanjian sempadan.", "ms")]
    [InlineData("Peru complained that Colombia had not respected the border agreement.", "en")]
    public void A_complaint_is_aimed_at_the_side_complained_of(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "114");
        Assert.Equal("PER", TestDocs.Keys(e.Source));
        Assert.Equal("COL", TestDocs.Keys(e.Target));
    }

    [Fact]
    public void Saying_two_sides_need_to_agree_is_an_appeal_to_them()
    {
        var d = Run("Qatar said Peru and Colombia need to agree on a framework to reduce tension.", "en");
        var e = Assert.Single(d.Events, e => e.Cameo == "026");
        Assert.Equal("QAT", TestDocs.Keys(e.Source));
        Assert.Equal("COL,PER", string.Join(",", e.Target.Select(a => a.Key).Order(StringComparer.Ordinal)));
        Assert.DoesNotContain(d.Events, x => x.Cameo.StartsWith("03", StringComparison.Ordinal) && x.Modality == Modality.Asserted);
    }

    [Theory]
    [InlineData("Pemerintah Filipina mengatakan misi pasokan itu terganggu oleh tindakan China yang disebutnya ilegal dan agresif.", "id")]
    [InlineData("Kerajaan Filipina berkata misi bekalan itu terganggu oleh tindakan China yang disifatkannya sebagai menyalahi undang-undang antarabangsa.", "ms")]
    public void A_speakers_own_label_for_anothers_act_criticises_its_doer(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "111");
        Assert.Equal("PHL", e.Source[0].Country);
        Assert.Equal("CHN", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Perdana Menteri Malaysia menyifatkan Qatar sebagai rakan penting di rantau Teluk.", "ms")]
    [InlineData("Presiden Indonesia menyebut Qatar sebagai mitra strategis di kawasan Teluk.", "id")]
    [InlineData("Malaysia's prime minister called Qatar a key partner in the Gulf.", "en")]
    public void Calling_another_side_a_partner_is_praise(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "051");
        Assert.Equal("QAT", TestDocs.Keys(e.Target));
    }

    [Theory]
    [InlineData("Perdana Menteri Malaysia dihoskan oleh Qatar dalam majlis makan malam rasmi di Doha.", "ms")]
    [InlineData("Malaysia's prime minister was hosted by Qatar at a state dinner in Doha.", "en")]
    public void A_visitor_hosted_by_a_side_is_its_guest(string text, string lang)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Cameo == "043");
        Assert.Equal("QAT", TestDocs.Keys(e.Source));
        Assert.Equal("MYS", e.Target[0].Country);
    }

    [Fact]
    public void The_same_form_as_a_speech_tag_labels_nothing()
    {
        var d = Run("Menteri Luar Negeri Peru mengatakan Kolombia, disebutnya, siap bekerja sama dalam pengelolaan perbatasan.", "id");
        Assert.DoesNotContain(d.Events, e => e.Cameo == "111");
    }
}

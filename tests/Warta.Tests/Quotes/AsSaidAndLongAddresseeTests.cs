using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>Round 12 quote constructions: "Seperti yang dinyatakan oleh X, …", "menuding X memakai "…"", "X told Y, &lt;apposition&gt;, that …".</summary>
public sealed class AsSaidAndLongAddresseeTests
{
    private static readonly N[] Names =
    [
        new("Budi Santoso", "IDNGOV", EntityType.PER), new("Budi", "IDNGOV", EntityType.PER),
        new("Ahmad Zaki", "MYSGOV", EntityType.PER), new("Malaysia", "MYS"), new("China", "CHN"), new("Taiwan", "TWN"),
        new("Lin Wei", "TWNGOV", EntityType.PER), new("Maria Lopez", "PHLGOV", EntityType.PER), new("Lopez", "PHLGOV", EntityType.PER),
        new("Kenji Sato", "KORGOV", EntityType.PER), new("Seoul", "KOR"), new("Manila", "PHL"),
    ];

    private static Document Run(string text, string lang) =>
        QuoteTestDocs.Attribute(text, lang, Names);

    private static Quote With(Document d, string content) => QuoteTestDocs.Containing(d, content);

    [Theory]
    [InlineData("Seperti yang dinyatakan oleh Budi Santoso, pemerintah akan membuka jalur bantuan ke wilayah banjir.", "id")]
    [InlineData("Seperti dikatakan Budi Santoso, pemerintah akan membuka jalur bantuan ke wilayah banjir.", "id")]
    [InlineData("Sebagaimana disampaikan Budi Santoso, pemerintah akan membuka jalur bantuan ke wilayah banjir.", "id")]
    public void As_said_by_x_gives_the_clause_after_the_comma_to_x(string text, string lang)
    {
        var doc = Run(text, lang);
        var q = With(doc, "membuka jalur bantuan");
        Assert.Equal("IDN", q.Speaker?.Actor?.Key);
        Assert.False(q.Direct);
        Assert.DoesNotContain("Budi", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void Malay_as_stated_by_x_gives_the_clause_to_x()
    {
        var doc = Run("Sebagaimana yang dinyatakan oleh Ahmad Zaki, keganasan tidak boleh diterima dalam apa jua bentuk.", "ms");
        Assert.Equal("MYS", With(doc, "tidak boleh diterima").Speaker?.Actor?.Key);
    }

    [Fact]
    public void As_said_before_without_a_name_is_no_quote()
    {
        var doc = Run("Seperti dikatakan sebelumnya, jalan itu ditutup sejak pekan lalu karena longsor.", "id");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void A_quoted_term_after_menuding_is_the_accusers()
    {
        var doc = Run("Lin Wei menuding China memakai \"diplomasi uang\" untuk merebut sekutu Taiwan.", "id");
        Assert.Contains(doc.Quotes, q => doc.Text[q.Start..q.End] == "diplomasi uang" && q.Speaker?.Actor?.Key == "TWN");
    }

    [Fact]
    public void Told_with_a_long_apposition_on_the_addressee_reaches_the_that_clause()
    {
        var doc = Run("Maria Lopez told Kenji Sato, a senior diplomat at the embassy of his country in the capital city, "
            + "that the reef lies clearly inside the waters of the Philippines.", "en");
        var q = With(doc, "the reef lies");
        Assert.Equal("PHL", q.Speaker?.Actor?.Key);
        Assert.StartsWith("the reef", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_far_that_without_a_closing_comma_opens_nothing()
    {
        // The "that" far after the verb belongs to a relative clause inside the addressee phrase, not to the telling.
        var doc = Run("Maria Lopez told Kenji Sato about the fishing boats and the patrol ships of the coast guard near the reef "
            + "that the fishermen had used for many years.", "en");
        Assert.DoesNotContain(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith("the fishermen"));
    }

    [Fact]
    public void A_denial_with_bahwa_is_reported_speech_and_makes_the_denier_the_last_speaker()
    {
        var doc = Run("“Perundingan dengan Malaysia berjalan baik,” kata Budi Santoso.\n"
            + "Namun, Maria Lopez membantah bahwa kapal patroli Manila memasuki perairan itu.\n"
            + "“Kami tidak pernah melanggar batas laut,” ucapnya kepada wartawan.", "id");
        Assert.Equal("PHL", With(doc, "kapal patroli Manila memasuki").Speaker?.Actor?.Key);
        Assert.Equal("PHL", With(doc, "tidak pernah melanggar").Speaker?.Actor?.Key);
    }

    [Fact]
    public void A_denial_of_a_noun_is_no_quote()
    {
        var doc = Run("Maria Lopez membantah tuduhan tersebut dalam jumpa pers di Manila.", "id");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void An_actor_inside_a_fronted_clause_is_not_the_speaker()
    {
        const string text = "Sambil menyebut tudingan Malaysia tidak berdasar, Khoirudin menambahkan bahwa sanksi itu melanggar hukum.";
        var doc = TestDocs.Build(text, "id", Names);
        // A person NER found but the linker could not tie to an actor.
        int at = text.IndexOf("Khoirudin", StringComparison.Ordinal);
        doc.Mentions.Add(new Mention { Start = at, End = at + "Khoirudin".Length, Type = EntityType.PER });
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        new QuoteAttributor().Process(doc);
        var q = With(doc, "sanksi itu melanggar");
        Assert.NotEqual("MYS", q.Speaker?.Actor?.Key);
        Assert.Equal("Khoirudin", q.Speaker?.Name);
    }

    [Fact]
    public void Adding_after_a_closing_cue_is_not_part_of_the_reported_clause()
    {
        var doc = Run("“We will answer any provocation firmly,” Maria Lopez said, adding the navy will keep two ships near the reef.", "en");
        var q = With(doc, "the navy will keep");
        Assert.StartsWith("the navy", doc.Text[q.Start..q.End]);
        Assert.Equal("PHL", q.Speaker?.Actor?.Key);
    }

    [Fact]
    public void Reiterated_that_reports_a_quote_or_a_clause_but_reiterated_a_noun_does_not()
    {
        var doc = Run("Maria Lopez reiterated that \"we want calm at sea\" and that the talks must go on.\n"
            + "Maria Lopez reiterated that the navy would stay near the reef.\n"
            + "Maria Lopez reiterated her support for the talks.", "en");
        Assert.Equal("PHL", With(doc, "we want calm at sea").Speaker?.Actor?.Key);
        Assert.Equal("PHL", With(doc, "the navy would stay").Speaker?.Actor?.Key);
        Assert.DoesNotContain(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("her support"));
    }

    [Fact]
    public void A_bracketed_short_form_speaks_for_the_name_before_it()
    {
        var names = Names.Append(new N("Department of Foreign Affairs", "PHLGOV", EntityType.ORG)).ToArray();
        var doc = TestDocs.Build("The Department of Foreign Affairs (DFA) summoned the envoy on Monday.\n"
            + "\"The envoy was told to explain the incident at sea,\" the DFA said.", "en", names);
        new QuoteAttributor().Process(doc);
        var q = With(doc, "explain the incident");
        Assert.Equal("PHL", q.Speaker?.Actor?.Key);
        Assert.Equal("DFA", q.Speaker?.Name);
    }

}

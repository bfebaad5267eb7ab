using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Quotes;

/// <summary>
/// A bare title as the speaker (issue 5): "tegas Menteri Luar, Datuk Seri Nama" speaks for the named person after the
/// comma and honorifics, and a later "Perdana Menteri berkata" is the person the same title stood before earlier, not
/// the holder of a longer title ("Timbalan Perdana Menteri Thailand") named in between.
/// </summary>
public sealed class TitleHolderSpeakerTests
{
    private static readonly N[] Names =
    [
        new("Siti Rahmah", "MYSGOV", EntityType.PER), new("Somchai Wongsa", "THAGOV", EntityType.PER),
        new("Budi Santoso", "IDNGOV", EntityType.PER), new("Thailand", "THA"), new("Malaysia", "MYS"), new("Palestin", "PSE"),
    ];

    private static Document Run(string text, string lang) =>
        QuoteTestDocs.Attribute(text, lang, Names);

    private static Quote With(Document d, string content) => QuoteTestDocs.Containing(d, content);

    [Fact]
    public void A_title_then_comma_and_honorifics_gives_the_named_person()
    {
        var doc = Run("Rakyat Palestin terus diserang.\n\"Kami menyokong penuh usaha damai di rantau ini,\" tegas Menteri Luar, Datuk Seri Dr Siti Rahmah.", "ms");
        var q = With(doc, "Kami menyokong penuh");
        Assert.Equal("MYS", q.Speaker?.Actor?.Country);
    }

    [Fact]
    public void An_english_title_set_off_by_a_comma_gives_the_named_person()
    {
        var doc = Run("Talks on trade resumed in Bangkok.\n\"We expect a deal before the end of the year,\" said Foreign Minister, Dr Budi Santoso.", "en");
        var q = With(doc, "We expect a deal");
        Assert.Equal("IDN", q.Speaker?.Actor?.Country);
    }

    [Fact]
    public void A_bare_title_later_is_the_person_it_stood_before_not_a_longer_title_in_between()
    {
        var doc = Run("Perdana Menteri, Datuk Seri Siti Rahmah menerima kunjungan Timbalan Perdana Menteri Thailand, Somchai Wongsa di Putrajaya.\n"
            + "Kedua-dua pemimpin membincangkan kerjasama sempadan.\n"
            + "Perdana Menteri berkata, kedua-dua negara akan memperluas kerjasama perdagangan tahun depan.", "ms");
        var q = With(doc, "memperluas kerjasama perdagangan");
        Assert.Equal("MYS", q.Speaker?.Actor?.Country);
    }

    [Fact]
    public void A_longer_title_before_a_name_does_not_name_the_bare_title()
    {
        var doc = Run("Timbalan Perdana Menteri, Somchai Wongsa tiba di Kuala Lumpur.\n"
            + "Perdana Menteri berkata, kedua-dua negara akan memperluas kerjasama perdagangan tahun depan.", "ms");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker?.Actor?.Country == "THA");
    }
}

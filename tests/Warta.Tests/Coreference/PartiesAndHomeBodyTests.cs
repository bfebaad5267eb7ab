using Warta.Actors.Coreference;
using Warta.Documents;
using Warta.Tests.Events;
using N = Warta.Tests.Events.TestDocs.Name;

namespace Warta.Tests.Coreference;

/// <summary>
/// "Kedua belah pihak" and its kin resolve to the two parties in view (not the urger, not a dateline city), and a body the
/// home press names without its country ("Kemenlu") is the home country's, or that of the same body named earlier with one.
/// Sentences written for these tests.
/// </summary>
public sealed class PartiesAndHomeBodyTests
{
    private static readonly N[] Names =
    [
        .. TestDocs.Countries,
        new("India", "IND"),
        new("Pakistan", "PAK"),
        new("PBB", "IGOUNO", EntityType.ORG),
        new("tentara India", "INDMIL", EntityType.ORG),
        new("pasukan Pakistan", "PAKMIL", EntityType.ORG),
        new("Kementerian Luar Negeri Kanada", "CANGOV", EntityType.ORG),
        new("Ramon Cruz", "PHLGOV", EntityType.PER),
    ];

    /// <summary>Names linked as the linker would; <paramref name="bare"/> surfaces become mentions with no actor (NER finds them unlinked).</summary>
    private static Document Build(string text, string lang, string[]? bare = null, (string Surface, string Country, string Kind)[]? places = null)
    {
        var doc = TestDocs.Build(text, lang, Names, null, "2025-03-12");
        foreach (var s in bare ?? [])
            for (int at = text.IndexOf(s, StringComparison.Ordinal); at >= 0; at = text.IndexOf(s, at + 1, StringComparison.Ordinal))
                doc.Mentions.Add(new Mention { Start = at, End = at + s.Length, Type = s == "Osman" ? EntityType.PER : EntityType.ORG });
        foreach (var (s, c, kind) in places ?? [])
            for (int at = text.IndexOf(s, StringComparison.Ordinal); at >= 0; at = text.IndexOf(s, at + 1, StringComparison.Ordinal))
                doc.Mentions.Add(new Mention
                {
                    Start = at, End = at + s.Length, Type = EntityType.GPE,
                    Actor = new ActorRef(s, c, c, null, null), Place = new PlaceRef(s, c, kind, null, null, null),
                });
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        new CoreferenceResolver().Process(doc);
        return doc;
    }

    [Theory]
    [InlineData("id", "India dan Pakistan saling tembak di perbatasan. PBB mendesak kedua belah pihak menahan diri.", "kedua belah pihak", "IND,PAK")]
    [InlineData("ms", "India dan Pakistan berbalas tembakan. PBB menggesa kedua-dua belah pihak bertenang.", "kedua-dua belah pihak", "IND,PAK")]
    [InlineData("en", "India and Pakistan exchanged fire. PBB urged both parties to show restraint.", "both parties", "IND,PAK")]
    public void The_urger_is_not_one_of_the_parties(string lang, string text, string description, string expected) =>
        Assert.Equal(expected, ResolvedKeys.Of(Build(text, lang), description));

    [Fact]
    public void A_dispute_between_the_two_keeps_the_parties_of_its_own_sentence() =>
        Assert.Equal("PHL,VNM", ResolvedKeys.Of(Build("China menengahi pembicaraan itu. Filipina memutus hubungan dengan Vietnam setelah perselisihan antara kedua negara.", "id"), "kedua negara"));

    [Theory]
    [InlineData("id", "Filipina dan Vietnam berselisih soal karang itu. Pejabat senior dari kedua belah pihak bertemu untuk meredakan situasi.")]
    [InlineData("en", "The Philippines and Vietnam quarrelled over the reef. Senior officials from both sides met to ease tensions.")]
    public void Officials_from_both_sides_meeting_is_a_meeting_of_the_two(string lang, string text)
    {
        var doc = Build(text, lang);
        TestDocs.Run(doc);
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("PHL,VNM", string.Join(",", e.Source.Select(a => a.Country).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_dateline_city_and_a_region_are_not_parties_but_armies_stand_for_their_countries()
    {
        var doc = Build("Jakarta - Tiga anggota tentara India tewas dalam bentrokan dengan pasukan Pakistan di Kashmir, wilayah sengketa kedua negara itu.",
            "id", places: [("Jakarta", "IDN", "city"), ("Kashmir", "IND", "region")]);
        Assert.Equal("IND,PAK", ResolvedKeys.Of(doc, "kedua negara itu"));
    }

    [Fact]
    public void The_second_party_may_be_named_further_back()
    {
        var doc = Build("Tiongkok mengirim pasukan memasuki lembah itu. Bentrokan pecah pada malam hari. Korban terus bertambah. "
            + "Tentara India mengirim bantuan. India juga menambah pasukan. PBB mendesak kedua belah pihak menahan diri.", "id");
        Assert.Equal("CHN,IND", ResolvedKeys.Of(doc, "kedua belah pihak"));
    }

    [Fact]
    public void A_bare_foreign_ministry_is_the_home_ministry_where_home_is_named()
    {
        var doc = Build("Duta besar Kanada dipanggil ke Jakarta. Kemenlu menyampaikan kekecewaan kepada Kanada atas pernyataan itu. Indonesia menunggu jawaban.",
            "id", bare: ["Kemenlu"]);
        Assert.Equal("IDN", ResolvedKeys.Of(doc, "Kemenlu"));
        TestDocs.Run(doc);
        Assert.Contains(doc.Events, e => e.Cameo == "111" && TestDocs.Keys(e.Source) == "IDN" && TestDocs.Keys(e.Target) == "CAN");
    }

    [Fact]
    public void A_bare_ministry_in_foreign_news_stays_unlinked()
    {
        var doc = Build("Duta besar Kanada dipanggil. Kemenlu menyampaikan kekecewaan kepada Kanada.", "id", bare: ["Kemenlu"]);
        Assert.Equal("", ResolvedKeys.Of(doc, "Kemenlu"));
    }

    [Fact]
    public void A_ministry_named_with_its_country_earlier_owns_the_later_bare_one()
    {
        var doc = Build("Kementerian Luar Negeri Kanada memanggil duta besar Filipina. Indonesia mengamati. Kemenlu mengatakan nota protes dikirim.",
            "id", bare: ["Kemenlu"]);
        Assert.Equal("CAN", ResolvedKeys.Of(doc, "Kemenlu"));
    }

    [Fact]
    public void A_bare_home_body_in_malay_press_is_malaysian()
    {
        var doc = Build("Malaysia memantau perairan itu. Wisma Putra akan menghantar nota bantahan kepada China.", "ms", bare: ["Wisma Putra"]);
        Assert.Equal("MYS", ResolvedKeys.Of(doc, "Wisma Putra"));
    }

    [Fact]
    public void A_pronoun_resolved_to_an_unlinked_person_is_not_the_last_speaker()
    {
        var doc = Build("\"Kami kecewa,\" kata Ramon Cruz. Dalam tulisannya, Osman mengatakan unjuk rasa itu protes. Dia mengimbau warga Jepang agar menghindari jalan itu.",
            "id", bare: ["Osman"]);
        TestDocs.Run(doc);
        Assert.DoesNotContain(doc.Events, e => e.Source.Any(a => a.Country == "PHL"));
    }
}

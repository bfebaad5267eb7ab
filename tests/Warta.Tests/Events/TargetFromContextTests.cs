using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Reactions that name no one of their own take their target from the text before them (EventRun.ImplicitAddressee):
/// the same actor's last conflictual act, or the last act of force when a harmful act noun is condemned. Sentences
/// written for these tests, run through the whole engine.
/// </summary>
public sealed class TargetFromContextTests
{
    private static readonly Lazy<WartaEngine> Full = new(WartaEngine.CreateDefault);

    private static Document Engine(string text, string lang) =>
        Full.Value.Process(new Warta.Input.RawArticle { SourceName = "test", Language = lang, Text = text });

    private static string Target(Document doc, string root) =>
        TestDocs.Keys(Assert.Single(doc.Events, e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Sentence == 1).Target);

    [Theory]
    [InlineData("Kementerian Luar Negeri Turki memanggil Duta Besar Denmark di Ankara pada Senin. Turki juga mengecam keras penghinaan terhadap kitab suci umat Islam.", "id", "11", "DNK")]
    [InlineData("Japan summoned the South Korean ambassador in Tokyo on Monday. The foreign ministry said Japan also lodged a strong protest and demanded measures to prevent a repeat.", "en", "10", "KOR")]
    public void A_reaction_naming_no_one_continues_the_same_actors_last_conflictual_act(string text, string lang, string root, string target) =>
        Assert.Equal(target, Target(Engine(text, lang), root));

    [Fact]
    public void A_cooperative_act_before_lends_no_target_to_a_condemnation()
    {
        var doc = Engine("Menteri Luar Negeri Jepang menyampaikan belasungkawa kepada rakyat Indonesia pada Senin. Jepang juga mengutuk keras segala bentuk terorisme.", "id");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void An_appeal_naming_no_one_does_not_continue_the_actors_protest()
    {
        var doc = Engine("Kementerian Luar Negeri Indonesia memanggil Duta Besar Arab Saudi pada Senin. Sebuah lembaga Indonesia mendesak agar Presiden membatalkan kunjungan kenegaraan.", "id");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.Target.Count > 0);
    }

    [Theory]
    [InlineData("Pasukan Rusia melancarkan serangan udara ke kota Kharkiv di Ukraina pada Selasa. Kementerian Luar Negeri Polandia mengecam serangan udara hari Selasa.", "id")]
    [InlineData("Tentera Rusia melancarkan serangan udara ke atas bandar Kharkiv di Ukraine pada Selasa. Kementerian Luar Negeri Poland mengecam serangan udara terhadap orang awam.", "ms")]
    [InlineData("Russian forces launched missile strikes on the Ukrainian city of Kharkiv on Tuesday. Poland's foreign ministry condemned missile attacks on civilians.", "en")]
    public void A_condemned_attack_is_the_last_act_of_force_by_someone_else(string text, string lang) =>
        Assert.Equal("RUS", Target(Engine(text, lang), "11"));

    [Fact]
    public void A_condemned_attack_whose_doer_the_sentence_names_is_not_the_last_act()
    {
        var doc = Engine("Pasukan Rusia melancarkan serangan udara ke kota Kharkiv di Ukraina pada Selasa. Kementerian Luar Negeri Polandia mengecam serangan udara hari Selasa yang diklaim kelompok Houthi dari Yaman.", "id");
        Assert.NotEqual("RUS", Target(doc, "11"));
    }

    [Theory]
    [InlineData("\"Kami tidak akan menyerahkan satu jengkal pun wilayah kami,\" kata Menteri Luar Negeri Etiopia pada Senin. Mesir mengkritik komentar tersebut dan menyebutnya tidak dapat diterima.", "id")]
    [InlineData("\"Kami tidak akan berundur walau seinci pun,\" kata Menteri Luar Negeri Etiopia pada Isnin. Mesir mengkritik kenyataan itu sebagai tidak boleh diterima.", "ms")]
    [InlineData("\"We will never give up an inch of our territory,\" the Ethiopian foreign minister said on Monday. Egypt criticised the remarks as unacceptable.", "en")]
    public void Criticised_remarks_are_the_last_quotes_speakers(string text, string lang) =>
        Assert.Equal("ETH", Target(Engine(text, lang), "11"));

    [Theory]
    [InlineData("Perdana Menteri Bangladesh berikrar untuk menuntut bela selepas Myanmar melancarkan serangan ke atas kampung di sempadan.", "ms", "BGD", "MMR")]
    [InlineData("Presiden Pakistan berjanji akan membalas setelah India melancarkan serangan udara ke wilayah Kashmir.", "id", "PAK", "IND")]
    [InlineData("The Pakistani prime minister vowed to retaliate after India fired missiles at several sites in Kashmir.", "en", "PAK", "IND")]
    public void A_retaliation_vow_answers_the_actor_of_its_cause_clause(string text, string lang, string source, string target)
    {
        var e = Assert.Single(Engine(text, lang).Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal(source, TestDocs.Keys(e.Source));
        Assert.Equal(target, TestDocs.Keys(e.Target));
    }

    [Fact]
    public void Regret_because_of_another_countrys_act_is_aimed_at_it()
    {
        var e = Assert.Single(Engine("Menteri Luar Negeri Jepang menyatakan penyesalan yang besar karena Korea Selatan mengizinkan pembayaran ganti rugi itu.", "id").Events);
        Assert.Equal("KOR", TestDocs.Keys(e.Target));
    }
}

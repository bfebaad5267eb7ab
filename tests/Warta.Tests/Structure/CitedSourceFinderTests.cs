using Warta.Documents;
using Warta.Structure;

namespace Warta.Tests.Structure;

public sealed class CitedSourceFinderTests
{
    private static readonly CitedSourceFinder Finder = new();

    private static List<CitedSource> Find(string text)
    {
        var d = new Document(text, new ArticleMetadata());
        Finder.Process(d);
        foreach (var c in d.Metadata.CitedSources)
        {
            Assert.InRange(c.Start, 0, text.Length);
            Assert.InRange(c.End, c.Start + 1, text.Length);
        }
        return d.Metadata.CitedSources;
    }

    [Theory]
    [InlineData("Harga minyak naik, dikutip dari Sputnik, Senin.", "Sputnik")]
    [InlineData("Pasukan mundur, seperti dilansir Reuters.", "Reuters")]
    [InlineData("Pasukan mundur, seperti dilansir dari Reuters.", "Reuters")]
    [InlineData("Dilansir dari laman resmi Al Jazeera, kapal itu tenggelam.", "Al Jazeera")]
    [InlineData("Menurut laporan Xinhua, banjir meluas.", "Xinhua")]
    [InlineData("Gencatan senjata berlaku, demikian diwartakan Reuters.", "Reuters")]
    [InlineData("Kami siap, kata juru bicara itu kepada AFP.", "AFP")]
    [InlineData("Mengutip Kyodo, gempa itu kuat.", "Kyodo")]
    [InlineData("Perusahaan itu mengatakan kepada kantor berita Rusia RIA Novosti bahwa pasokan normal.", "RIA Novosti")]
    [InlineData("The company told Russian news agency RIA Novosti that supplies were normal.", "RIA Novosti")]
    [InlineData("Kami sepakat, kata perdana menteri itu dikutip harian Malaysia, Bernama, Kamis.", "Bernama")]
    [InlineData("Kapal itu tenggelam, seperti dikutip\nThe Straits Times.", "The Straits Times")]
    [InlineData("The minister told the Welt am Sonntag newspaper on Sunday that talks would resume.", "Welt am Sonntag")]
    [InlineData("TV Asahi, mengutip sumber pemerintah, menyebut rudal itu jatuh di laut.", "TV Asahi")]
    [InlineData("Kapal itu ditahan, dikutip dari The Hill, Senin.", "The Hill")]
    [InlineData("The talks stalled, according to Reuters.", "Reuters")]
    [InlineData("The talks stalled, an official told the Associated Press.", "AP")]
    [InlineData("Yonhap reported that the launch failed.", "Yonhap")]
    [InlineData("Banjir melanda, dipetik daripada Bernama.", "Bernama")]
    [InlineData("Rusia membantah, menurut laporan TASS.", "TASS")]
    [InlineData("The ships collided, Russian news agencies reported.", "Russian news agencies")]
    public void Finds_the_cited_outlet(string text, string name)
    {
        var c = Assert.Single(Find(text));
        Assert.Equal(name, c.Name);
    }

    [Theory]
    [InlineData("Reuters adalah kantor berita.")]
    [InlineData("Menurut Presiden, semuanya aman.")]
    [InlineData("Ia berbicara kepada wartawan.")]
    [InlineData("Warga melapor kepada RT setempat.")]
    [InlineData("Hubungan antara Antara dan mitra.")]
    [InlineData("Ia bercerita kepada Ria tentang kebunnya.")]
    [InlineData("Menurut Wafa, adiknya sudah pulang.")]
    public void No_cue_or_no_outlet_gives_nothing(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Deduplicated_by_name_with_offsets_of_the_first_mention()
    {
        string text = "Dikutip dari Reuters, harga naik. Menurut Reuters, stok turun. Mengutip AFP, pasar tutup.";
        var cs = Find(text);
        Assert.Equal(["Reuters", "AFP"], cs.Select(c => c.Name));
        Assert.Equal("Reuters", text[cs[0].Start..cs[0].End]);
        Assert.Equal(text.IndexOf("Reuters", StringComparison.Ordinal), cs[0].Start);
    }

    [Fact]
    public void Stage_declares_its_layers_and_sits_in_the_default_pipeline()
    {
        Assert.Equal(Layers.Text, Finder.Requires);
        Assert.Equal(Layers.CitedSources, Finder.Provides);
        Assert.Contains(Warta.Pipeline.DefaultPipeline.CreateBuilder().Build().Stages, s => s is CitedSourceFinder);
    }
}

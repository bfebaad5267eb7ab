using CsCheck;
using Warta.Input;
using Warta.Output;
using Warta.Structure;

namespace Warta.Tests.Structure;

/// <summary>CsCheck properties of the input and structure layer.</summary>
public sealed class PropertyTests
{
    // Characters that stress the normalizer: spaces of all kinds, line breaks, controls, invisible format
    // characters, combining marks, precomposed letters and surrogates.
    private const string Tricky = "ab e\u0301\u00e9A \t\r\n\u00a0\u2028\u2029\u200b\u00ad\u200e\ufeff\u0007\u0000\u0301\u0308\u212b\u2000.\"“”\ud83d\ude00\ud800";

    private static readonly string[] Fragments =
    [
        "Presiden itu berbicara", " kepada wartawan", ". ", ", ", "\n", "\n\n", " dikutip dari ", "Reuters", "Sputnik",
        " according to ", "AFP", "Baca juga: ", "BACA JUGA: Judul Berita", "Foto: ", "EFE", "(Foto: Reuters)", "Oleh ",
        "Rina Wulandari", "JAKARTA - ", "Hanoi: ", "Rabu, 19 Juni 2024 - 20:40 WIB", "ADVERTISEMENT", "A", " date 2024-06-19 ",
        "kata", " dia", "“Kami siap,”", " menurut laporan ", "Xinhua", " Russian news agencies reported", "\t", "  ", "é", "e\u0301",
    ];

    private static readonly Gen<string> ArticleText = Gen.OneOf(Fragments).Array[0, 40].Select(a => string.Concat(a));

    [Fact]
    public void Normalization_is_idempotent()
    {
        Gen.String[Gen.Char[Tricky], 0, 60].Sample(s =>
        {
            string once = TextNormalizer.Normalize(s);
            Assert.Equal(once, TextNormalizer.Normalize(once));
        }, iter: 2000);
        Gen.String.Sample(s =>
        {
            string once = TextNormalizer.Normalize(s);
            Assert.Equal(once, TextNormalizer.Normalize(once));
        }, iter: 2000);
    }

    [Fact]
    public void Prepared_text_is_normalized_and_every_span_lies_inside_it()
    {
        var engine = WartaEngine.CreateDefault();
        ArticleText.Sample(raw =>
        {
            var doc = engine.Process(new RawArticle { SourceName = "p", Text = raw });
            Assert.Equal(doc.Text, TextNormalizer.Normalize(doc.Text));
            foreach (var c in doc.Metadata.CitedSources)
            {
                Assert.InRange(c.Start, 0, doc.Text.Length - 1);
                Assert.InRange(c.End, c.Start + 1, doc.Text.Length);
            }
            Assert.DoesNotContain("Baca juga", doc.Text, StringComparison.OrdinalIgnoreCase);
        }, iter: 1000);
    }

    [Fact]
    public void Arbitrary_text_never_throws_and_comes_out_normalized()
    {
        var engine = WartaEngine.CreateDefault();
        var gen = Gen.Select(Gen.String[Gen.Char[Tricky + "BACA JUGA: Foto/(Reuters)-–[]:•|0123456789 WIB Juni"], 0, 200], Gen.String);
        gen.Sample((a, b) =>
        {
            var doc = engine.Process(new RawArticle { SourceName = "f", Text = a + b });
            Assert.Equal(doc.Text, TextNormalizer.Normalize(doc.Text));
        }, iter: 1000);
    }

    [Fact]
    public void Any_file_gives_exactly_one_item_and_never_throws()
    {
        using var t = new Warta.Tests.Input.TempFolder();
        int n = 0;
        Gen.Byte.Array[0, 3000].Sample(bytes =>
        {
            string p = t.Bytes($"f{n++}.txt", bytes);
            var items = InputReader.Read([p]).ToList();
            var item = Assert.Single(items);
            Assert.True(item.Article is not null ^ item.Error is not null);
            if (item.Error is { } e) Assert.DoesNotContain('\n', e.ToString());
        }, iter: 300);
    }

    [Fact]
    public void Extract_is_deterministic()
    {
        var a = WartaEngine.CreateDefault();
        var b = WartaEngine.CreateDefault();
        ArticleText.Sample(raw =>
        {
            var article = new RawArticle { SourceName = "d", Text = raw, Title = "Judul" };
            string first = ArticleRecordWriter.ToJson(a.Process(article));
            Assert.Equal(first, ArticleRecordWriter.ToJson(a.Process(article)));
            Assert.Equal(first, ArticleRecordWriter.ToJson(b.Process(article)));
        }, iter: 300);
    }
}

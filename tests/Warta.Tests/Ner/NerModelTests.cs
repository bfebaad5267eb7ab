using System.Text;
using CsCheck;
using Warta.Ner;

namespace Warta.Tests.Ner;

public sealed class NerModelTests
{
    private static readonly NerTrainOptions Small = new() { Bits = 14, Epochs = 8, Seed = 3 };

    private static int[] TagTokens(NerModel m, string[] tokens)
    {
        var (text, starts, ends) = NerTrainer.Join(tokens, new StringBuilder());
        var tags = new int[tokens.Length];
        m.Tag(text, starts, ends, tags);
        return tags;
    }

    private static bool ValidBio(int[] tags)
    {
        int prev = -1;
        foreach (var t in tags)
        {
            if (!NerTags.Allowed(prev, t)) return false;
            prev = t;
        }
        return true;
    }

    [Fact]
    public void Training_is_deterministic_and_fits_tiny_data()
    {
        var data = NerTestData.TinySentences();
        var a = NerTrainer.Train(data, NerLexicon.Empty, Small);
        var b = NerTrainer.Train(data, NerLexicon.Empty, Small);
        var sa = new MemoryStream();
        var sb = new MemoryStream();
        a.Save(sa);
        b.Save(sb);
        Assert.Equal(sa.ToArray(), sb.ToArray());
        foreach (var s in data) Assert.Equal(s.Tags, TagTokens(a, s.Tokens));
        var c = NerTrainer.Train(data, NerLexicon.Empty, Small with { Seed = 4 });
        var sc = new MemoryStream();
        c.Save(sc);
        Assert.NotEqual(sa.ToArray(), sc.ToArray());
    }

    [Fact]
    public void Saved_model_loads_and_tags_identically()
    {
        var data = NerTestData.TinySentences();
        var lexicon = new NerLexicon(["TITLE"], [(0, "ketua"), (0, "wakil ketua")]);
        var m = NerTrainer.Train(data, lexicon, Small);
        var ms = new MemoryStream();
        m.Save(ms);
        ms.Position = 0;
        var loaded = NerModel.Load(ms);
        Assert.Equal(m.Bits, loaded.Bits);
        Assert.Equal(2, loaded.Lexicon.Entries.Count);
        string[] unseen = ["Ketua", "Budi", "Hartono", "pergi", "ke", "Bogor", "."];
        Assert.Equal(TagTokens(m, unseen), TagTokens(loaded, unseen));
    }

    [Fact]
    public void Decoding_always_yields_valid_bio_for_any_weights()
    {
        var gen = Gen.Select(Gen.Int[0, 1 << 20], Gen.String[Gen.Char["AaBb.-1 "], 1, 6].Array[1, 12]);
        gen.Sample(input =>
        {
            var (seed, rawTokens) = input;
            var tokens = rawTokens.Select(t => t.Trim().Length == 0 ? "x" : t.Trim()).ToArray();
            var rng = new Random(seed);
            var w = new float[(1 << 8) * NerFeatures.Stride];
            for (int i = 0; i < w.Length; i++) w[i] = (float)(rng.NextDouble() * 4 - 2);
            var tr = new float[(NerTags.Count + 1) * NerFeatures.Stride];
            for (int i = 0; i < tr.Length; i++) tr[i] = (float)(rng.NextDouble() * 4 - 2);
            var model = new NerModel(8, w, tr, NerLexicon.Empty);
            return ValidBio(TagTokens(model, tokens));
        });
    }

    [Fact]
    public void A_token_in_every_lexicon_class_fits_the_feature_buffer()
    {
        var classes = Enumerable.Range(0, NerLexicon.MaxClasses).Select(c => $"C{c}").ToList();
        var entries = classes.SelectMany((_, c) => new[] { (c, "kota"), (c, "kota kota") }).ToList();
        var m = NerTrainer.Train(NerTestData.TinySentences(), new NerLexicon(classes, entries), Small);
        var tags = TagTokens(m, ["Kota", "kota", "kota", "Budi"]);
        Assert.True(ValidBio(tags));
    }

    [Fact]
    public void Lexicon_marks_longest_and_nested_phrases()
    {
        var lex = new NerLexicon(["LOC", "ORG"], [(0, "jawa barat"), (0, "jawa"), (1, "bank jawa barat")]);
        string[] toks = ["Bank", "Jawa", "Barat", "di", "Jawa"];
        var hashes = toks.Select(t => NerHash.Lower(t)).ToArray();
        var b = new ushort[5];
        var i = new ushort[5];
        lex.Match(hashes, b, i);
        Assert.Equal([2, 1, 0, 0, 1], b);
        Assert.Equal([0, 2, 2 | 1, 0, 0], i);
    }
}

public sealed class NerTagCommandTests
{
    [Fact]
    public void Tag_output_repeats_tokens_appends_a_tag_column_and_keeps_sentence_breaks()
    {
        var model = NerTrainer.Train(NerTestData.TinySentences(), NerLexicon.Empty, new NerTrainOptions { Bits = 14, Epochs = 8 });
        var input = "Siti\tPROPN\tO\nbekerja x y\n\n\n-DOCSTART- O\nWarga\nSurabaya B-LOC\n";
        var output = new StringWriter();
        Warta.Cli.Commands.NerCommand.TagStream(model, new StringReader(input), output);
        var lines = output.ToString().Split('\n');
        Assert.Equal(["Siti\tB-PER", "bekerja\tO", "", "Warga\tO", "Surabaya\tB-LOC", ""], lines);
    }
}

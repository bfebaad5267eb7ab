using CsCheck;
using Warta.Documents;
using Warta.LanguageId;
using Warta.Pipeline;
using Warta.Tests.Evaluation;

namespace Warta.Tests.LanguageId;

public sealed class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = new();

    private static string DataDir(string sub = "") => Path.Combine(AppContext.BaseDirectory, "data", "langid", sub);

    [Fact]
    public void Model_loads_three_profiles_and_the_word_lists()
    {
        var m = LanguageModel.Default;
        Assert.InRange(m.TrigramCount, 300, 900);   // three profiles of 300, overlapping
        Assert.True(m.MarkerCount > 500, $"only {m.MarkerCount} markers");
        Assert.True(m.MarkerEvidence("kerana")![LanguageModel.Ms] > 2);
        Assert.True(m.MarkerEvidence("karena")![LanguageModel.Id] > 2);
        Assert.True(m.MarkerEvidence("the")![LanguageModel.En] > 1);
        Assert.Null(m.MarkerEvidence("xylofonik"));
    }

    [Fact]
    public void Malay_marker_weights_are_discounted_by_their_Indonesian_frequency_but_phrases_are_not()
    {
        var m = LanguageModel.Default;
        // "semula" is listed at 0.8 and occurs twice in the UD Indonesian sample: halved.
        Assert.Equal(0.4, m.MarkerEvidence("semula")![LanguageModel.Ms], 3);
        // "kerana" never occurs in it: full weight.
        Assert.Equal(2.5, m.MarkerEvidence("kerana")![LanguageModel.Ms], 3);
        // A phrase keeps its weight even though "pihak" is common in Indonesian.
        Assert.Equal(2.0, m.MarkerEvidence("pihak berkuasa")![LanguageModel.Ms], 3);
    }

    [Theory]
    [InlineData("Pemerintah mengatakan bahwa bantuan akan dikirim setelah banjir surut.", "id")]
    [InlineData("Kerajaan berkata bahawa bantuan akan dihantar selepas banjir surut.", "ms")]
    [InlineData("The government said aid would be sent after the floods receded.", "en")]
    [InlineData("Juru bicara itu menolak berkomentar soal rencana tersebut.", "id")]
    [InlineData("Jurucakap itu enggan mengulas mengenai rancangan tersebut.", "ms")]
    [InlineData("Harga barang naik 5 persen pada bulan Agustus.", "id")]
    [InlineData("Harga barang naik 5 peratus pada bulan Ogos.", "ms")]
    public void Identifies_short_texts_written_for_this_test(string text, string expected)
    {
        var g = Identifier.Identify(text);
        Assert.Equal(expected, g.Language);
        Assert.InRange(g.Confidence, 0, 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12.345 / 2024-06-21")]
    [InlineData("OK")]
    [InlineData("Foto/AP")]
    public void Too_short_or_letterless_text_is_undetermined(string text) =>
        Assert.Equal(LanguageGuess.Undetermined, Identifier.Identify(text).Language);

    [Fact]
    public void A_phrase_marker_split_by_punctuation_does_not_count()
    {
        // "juru bicara" counts as a phrase; "juru. Bicara" does not.
        var m = LanguageModel.Default;
        double phrase = m.MarkerEvidence("juru bicara")![LanguageModel.Id];
        var joined = Identifier.Identify("Itu juru bicara kami sekarang ini");
        var split = Identifier.Identify("Itu juru. Bicara kami sekarang ini");
        Assert.Equal(phrase, joined.ScoreId - split.ScoreId, 3);
    }

    [Fact]
    public void Stage_keeps_a_language_given_by_the_input_normalized()
    {
        var doc = new Document("The government said aid would be sent.", new ArticleMetadata()) { Language = "ind" };
        Identifier.Process(doc);
        Assert.Equal("id", doc.Language);
        Assert.Equal(0, doc.LanguageConfidence);
        Assert.Equal("ms", LanguageIdentifier.NormalizeCode("zsm"));
        Assert.Equal("en", LanguageIdentifier.NormalizeCode("en-GB"));
        Assert.Equal("fr", LanguageIdentifier.NormalizeCode("FR"));
    }

    [Fact]
    public void Stage_sets_the_language_when_the_input_has_none()
    {
        var doc = new Document("Kerajaan berkata bahawa rundingan akan diteruskan selepas pilihan raya.", new ArticleMetadata());
        Assert.Equal(Layers.Text, Identifier.Requires);
        Assert.Equal(Layers.Language, Identifier.Provides);
        Identifier.Process(doc);
        Assert.Equal("ms", doc.Language);
        Assert.True(doc.LanguageConfidence > 0.5);
    }

    [Fact]
    public void Default_pipeline_runs_language_identification_first()
    {
        var p = DefaultPipeline.CreateBuilder().Build();
        Assert.IsType<LanguageIdentifier>(p.Stages[0]);
        var doc = new Document("The minister said on Monday that the talks had failed.", new ArticleMetadata());
        p.Process(doc);
        Assert.Equal("en", doc.Language);
        Assert.True(doc.Provided.HasFlag(Layers.Language));
    }

    [Fact]
    public void Identify_allocates_nothing()
    {
        string text = string.Concat(Enumerable.Repeat("Pemerintah mengatakan bahwa juru bicara kerja-sama itu tidak hadir. ", 50));
        Identifier.Identify(text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++) Identifier.Identify(text);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Any_text_gives_one_of_the_four_labels_deterministically()
    {
        Gen.String.Sample(s =>
        {
            var a = Identifier.Identify(s);
            var b = Identifier.Identify(s);
            return a == b && a.Language is "id" or "ms" or "en" or "und" && a.Confidence is >= 0 and <= 1;
        });
    }

    [Fact]
    public void Held_out_texts_stay_above_the_measured_floors()
    {
        // Measured 2026-11-25 on the held-out set (never used for tuning): id 34/34, ms 26/34, en 34/34, und 5/5.
        var r = LanguageIdEvaluation.Measure("held-out", Identifier, LanguageIdEvaluation.HeldOut(DataDir()), timingRounds: 0);
        Assert.True(r.Total >= 100, $"only {r.Total} held-out texts");
        int Per(string lang) => r.Confusion.GetValueOrDefault((lang, lang));
        Assert.True(Per("id") >= 33, r.Format(true));
        Assert.True(Per("en") >= 33, r.Format(true));
        Assert.True(Per("ms") >= 24, r.Format(true));
        Assert.Equal(5, Per("und"));
    }

    [Fact]
    public void Held_out_loader_reads_one_text_a_line_and_skips_comments()
    {
        var items = LanguageIdEvaluation.HeldOut(DataDir());
        Assert.All(items, i => Assert.False(i.Text.StartsWith('#')));
        Assert.Equal(34, items.Count(i => i.Gold == "ms"));
        Assert.Equal(["1 2 3 4 5", "6 7"], LanguageIdEvaluation.Paragraphs(["1", "2", "3", "4", "5", "6", "7"], 5));
    }

    [Fact]
    public void Shared_articles_are_all_identified_correctly()
    {
        var items = LanguageIdEvaluation.Articles(Path.Combine(SharedDir.Root(), "articles"));
        Assert.Equal(8, items.Count);
        var r = LanguageIdEvaluation.Measure("articles", Identifier, items, timingRounds: 0);
        Assert.True(r.Correct == r.Total, r.Format(true));
    }

    [Fact]
    public void Ud_indonesian_dev_paragraphs_are_identified_as_Indonesian()
    {
        // Measured: GSD dev 5-sentence paragraphs 112/112, sentences 531/559 (0.950).
        string path = Path.Combine(SharedDir.Root(), "data", "tokenization", "ud-indonesian", "id_gsd-ud-dev.conllu");
        var sents = LanguageIdEvaluation.ConlluSentences(path);
        var paras = LanguageIdEvaluation.Paragraphs(sents, 5);
        var rp = LanguageIdEvaluation.Measure("paragraphs", Identifier, [.. paras.Select(p => new LabelledText("id", p, ""))], timingRounds: 0);
        Assert.True(rp.Accuracy >= 0.98, rp.Format(false));
        var rs = LanguageIdEvaluation.Measure("sentences", Identifier, [.. sents.Select(p => new LabelledText("id", p, ""))], timingRounds: 0);
        Assert.True(rs.Accuracy >= 0.93, rs.Format(false));
    }
}

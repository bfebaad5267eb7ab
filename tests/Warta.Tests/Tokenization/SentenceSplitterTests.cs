using Warta.Documents;
using Warta.Tokenization;
using static Warta.Tests.Tokenization.TokenizationTestKit;

namespace Warta.Tests.Tokenization;

/// <summary>Sentence boundary rules; expected sentences are joined with " || ".</summary>
public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Ia datang. Lalu pergi.", "Ia datang. || Lalu pergi.")]
    [InlineData("Benarkah? Tidak! Ya.", "Benarkah? || Tidak! || Ya.")]
    // a line break always ends a sentence, even without punctuation
    [InlineData("Judul tanpa titik\nIsi berita.", "Judul tanpa titik || Isi berita.")]
    // titles, initials, numbers and non-final abbreviations do not end sentences
    [InlineData("Ia bertemu Dr. Sari di Jl. Merdeka No. 5 kemarin.", "Ia bertemu Dr. Sari di Jl. Merdeka No. 5 kemarin.")]
    [InlineData("Menlu Retno L.P. Marsudi hadir. Ia bicara.", "Menlu Retno L.P. Marsudi hadir. || Ia bicara.")]
    [InlineData("Penulis J. Smith hadir.", "Penulis J. Smith hadir.")]
    [InlineData("Nilainya 3.6 juta dan 10.000 unit.", "Nilainya 3.6 juta dan 10.000 unit.")]
    [InlineData("Mr. Lee met U.S. officials.", "Mr. Lee met U.S. officials.")]
    // an abbreviation at the end of a sentence
    [InlineData("Ada buah, sayur, dll. Kemudian ia pulang.", "Ada buah, sayur, dll. || Kemudian ia pulang.")]
    [InlineData("He moved to the U.S. The rest stayed.", "He moved to the U.S. || The rest stayed.")]
    [InlineData("Ada buah, dll. \"Kami senang,\" katanya.", "Ada buah, dll. || \"Kami senang,\" katanya.")]
    // a stop inside a quotation ends the sentence; the closing quote stays with it
    [InlineData("\"Saya setuju. Kami siap,\" kata dia.", "\"Saya setuju. || Kami siap,\" kata dia.")]
    [InlineData("Ia berkata, \"Kami siap.\" Lalu pergi.", "Ia berkata, \"Kami siap.\" || Lalu pergi.")]
    [InlineData("\u201cKami siap.\u201d Lalu pergi.", "\u201cKami siap.\u201d || Lalu pergi.")]
    [InlineData("Ia pulang (sudah malam.) Lalu tidur.", "Ia pulang (sudah malam.) || Lalu tidur.")]
    // a question inside a quotation followed by a lower-case reporting verb stays one sentence
    [InlineData("\"Kenapa?\" tanya dia.", "\"Kenapa?\" tanya dia.")]
    // a lower-case word after a period does not start a sentence
    [InlineData("harga naik 5 pct. per tahun", "harga naik 5 pct. per tahun")]
    // an ellipsis ends a sentence only before a capital
    [InlineData("Ia ragu... lalu pergi. Tamat.", "Ia ragu... lalu pergi. || Tamat.")]
    [InlineData("Ia ragu... Lalu pergi.", "Ia ragu... || Lalu pergi.")]
    // a stop glued to a number is a reference, not a boundary
    [InlineData("Permen No. 34/PMK.011/2007 berlaku.", "Permen No. 34/PMK.011/2007 berlaku.")]
    [InlineData("Lihat https://contoh.id/a. Lalu baca.", "Lihat https://contoh.id/a. || Lalu baca.")]
    public void Splits(string text, string expected) => Assert.Equal(expected, string.Join(" || ", Sentences(text)));

    [Fact]
    public void Sentence_start_flag_marks_first_tokens_only()
    {
        const string text = "Ia datang. Lalu pergi.";
        var data = TokenizerData.For("id");
        var tokens = Tokenizer.Tokenize(text, data);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.Equal(2, sentences.Length);
        for (int i = 0; i < tokens.Length; i++)
        {
            bool first = sentences.Any(s => s.FirstToken == i);
            Assert.Equal(first, tokens[i].Flags.HasFlag(TokenFlags.SentenceStart));
        }
        Assert.Equal(0, sentences[0].FirstToken);
        Assert.Equal(3, sentences[0].TokenCount);
        Assert.Equal(sentences[0].EndToken, sentences[1].FirstToken);
    }

    [Fact]
    public void Stages_fill_the_document_in_the_default_pipeline()
    {
        var engine = WartaEngine.CreateDefault();
        var doc = engine.Process(new global::Warta.Input.RawArticle { SourceName = "t", Text = "Satu dua. Tiga empat.\nLima." });
        Assert.Equal(3, doc.Sentences.Length);
        Assert.Equal(8, doc.Tokens.Length);
        Assert.True(doc.Provided.HasFlag(Layers.Tokens | Layers.Sentences));
        Assert.Equal(1, doc.SentenceAt(doc.Text.IndexOf("Tiga", StringComparison.Ordinal)));
    }
}

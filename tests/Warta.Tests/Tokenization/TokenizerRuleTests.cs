using Warta.Documents;
using static Warta.Tests.Tokenization.TokenizationTestKit;

namespace Warta.Tests.Tokenization;

/// <summary>One case per tokenizer rule; expected tokens are joined with " | ".</summary>
public sealed class TokenizerRuleTests
{
    [Theory]
    // English possessive "'s" is its own token (UD English); other inner apostrophes stay in the word
    [InlineData("Putin's first visit", "Putin | 's | first | visit")]
    [InlineData("China\u2019s coast guard", "China | \u2019s | coast | guard")]
    [InlineData("Jum'at pagi", "Jum'at | pagi")]
    [InlineData("O'Brien's view", "O'Brien | 's | view")]
    // plain words and punctuation
    [InlineData("Ia datang, lalu pergi.", "Ia | datang | , | lalu | pergi | .")]
    [InlineData("Apa kabar?!", "Apa | kabar | ?!")]
    [InlineData("Tunggu... nanti", "Tunggu | ... | nanti")]
    [InlineData("Tunggu\u2026 nanti", "Tunggu | \u2026 | nanti")]
    [InlineData("harga (naik) lagi", "harga | ( | naik | ) | lagi")]
    // abbreviations and titles keep their period
    [InlineData("Budi dkk. menulis", "Budi | dkk. | menulis")]
    [InlineData("di Jl. Merdeka", "di | Jl. | Merdeka")]
    [InlineData("H. Ahmad datang", "H. | Ahmad | datang")]
    [InlineData("Dr. Sari Wulan", "Dr. | Sari | Wulan")]
    [InlineData("Ani, S.H. menjabat", "Ani | , | S.H. | menjabat")]
    [InlineData("rumah No. 5", "rumah | No. | 5")]
    [InlineData("Prof. Dr. Ir. Bambang", "Prof. | Dr. | Ir. | Bambang")]
    [InlineData("PT Maju Tbk. menjual", "PT | Maju | Tbk. | menjual")]
    [InlineData("Maju Pte. Ltd. menjual", "Maju | Pte. | Ltd. | menjual")]
    [InlineData("JL. MAWAR", "JL. | MAWAR")]
    // an abbreviation that ends a sentence gives up its period (UD Indonesian)
    [InlineData("buah, sayur, dll. Kemudian", "buah | , | sayur | , | dll | . | Kemudian")]
    [InlineData("lives in the U.S. The", "lives | in | the | U.S | . | The")]
    [InlineData("sayur, dll.", "sayur | , | dll | .")]
    // initials
    [InlineData("Joko L.P. Santoso", "Joko | L.P. | Santoso")]
    [InlineData("J. Smith said", "J. | Smith | said")]
    [InlineData("Budi P. di kantor", "Budi | P. | di | kantor")]
    // English
    [InlineData("Mr. Lee met U.S. officials", "Mr. | Lee | met | U.S. | officials")]
    // numbers
    [InlineData("sebanyak 10.000 orang", "sebanyak | 10.000 | orang")]
    [InlineData("tumbuh 5,2 persen", "tumbuh | 5,2 | persen")]
    [InlineData("versi 3.6 rilis", "versi | 3.6 | rilis")]
    [InlineData("senilai Rp51,6 triliun", "senilai | Rp | 51,6 | triliun")]
    [InlineData("senilai $3,6 miliar", "senilai | $ | 3,6 | miliar")]
    [InlineData("senilai US$370 juta", "senilai | US | $ | 370 | juta")]
    [InlineData("sejauh 200km dari", "sejauh | 200km | dari")]
    [InlineData("naik 12% tahun", "naik | 12 | % | tahun")]
    [InlineData("pukul 14.30 WIB", "pukul | 14.30 | WIB")]
    [InlineData("pada 2024.", "pada | 2024 | .")]
    [InlineData("antara 5-10 persen", "antara | 5 | - | 10 | persen")]
    [InlineData("kurs Rp9.100/9.105 per", "kurs | Rp | 9.100 | / | 9.105 | per")]
    // dates
    [InlineData("Jumat (21/6/2024) lalu", "Jumat | ( | 21/6/2024 | ) | lalu")]
    [InlineData("Rabu (19/6).", "Rabu | ( | 19/6 | ) | .")]
    [InlineData("terbit 2024-06-19 pagi", "terbit | 2024-06-19 | pagi")]
    [InlineData("periode 2019-2024 lalu", "periode | 2019 | - | 2024 | lalu")]
    [InlineData("kuartal 4/2007 ini", "kuartal | 4 | / | 2007 | ini")]
    [InlineData("triwulan II/2006 naik", "triwulan | II/2006 | naik")]
    // hyphens and reduplication
    [InlineData("negara-negara Barat", "negara-negara | Barat")]
    [InlineData("Kim Jong-un tiba", "Kim | Jong-un | tiba")]
    [InlineData("Undang-Undang baru", "Undang-Undang | baru")]
    [InlineData("tahun 1990-an dan ke-2", "tahun | 1990-an | dan | ke-2")]
    [InlineData("periode Januari-September", "periode | Januari | - | September")]
    [InlineData("hubungan RI-Jepang", "hubungan | RI | - | Jepang")]
    [InlineData("revisi APBN-P", "revisi | APBN-P")]
    // clitics stay on their word (UD Indonesian writes them as multiword tokens)
    [InlineData("menurutnya, rumahku", "menurutnya | , | rumahku")]
    [InlineData("Apakah benar?", "Apakah | benar | ?")]
    // apostrophes inside words
    [InlineData("kata Ka'ban", "kata | Ka'ban")]
    // URLs, e-mails, hashtags, handles, domains
    [InlineData("lihat https://contoh.id/a?b=1. Lalu", "lihat | https://contoh.id/a?b=1 | . | Lalu")]
    [InlineData("di www.contoh.com, lalu", "di | www.contoh.com | , | lalu")]
    [InlineData("kirim ke redaksi@contoh.co.id.", "kirim | ke | redaksi@contoh.co.id | .")]
    [InlineData("tagar #PemiluDamai ramai", "tagar | #PemiluDamai | ramai")]
    [InlineData("akun @warta_id menulis", "akun | @warta_id | menulis")]
    [InlineData("dikutip dari kompas.com hari", "dikutip | dari | kompas.com | hari")]
    // quotes of every style are separate tokens
    [InlineData("\"Saya datang,\" katanya.", "\" | Saya | datang | , | \" | katanya | .")]
    [InlineData("\u201cYa\u201d", "\u201c | Ya | \u201d")]
    [InlineData("\u2018Ya\u2019 saja", "\u2018 | Ya | \u2019 | saja")]
    [InlineData("\u00abNon\u00bb", "\u00ab | Non | \u00bb")]
    [InlineData("kata 'renewable energy' itu", "kata | ' | renewable | energy | ' | itu")]
    [InlineData("``Ya'' katanya", "`` | Ya | '' | katanya")]
    public void Tokenizes(string text, string expected) => Assert.Equal(expected, string.Join(" | ", Tokens(text)));

    [Fact]
    public void English_abbreviation_list_applies_to_english()
    {
        Assert.Equal("Sen. | Smith", string.Join(" | ", Tokens("Sen. Smith", "en")));
    }

    [Theory]
    [InlineData("\"Ya,\" katanya", 0, TokenFlags.OpenQuote)]
    [InlineData("\"Ya,\" katanya", 3, TokenFlags.CloseQuote)]
    [InlineData("\u201cYa\u201d", 0, TokenFlags.OpenQuote)]
    [InlineData("\u201cYa\u201d", 2, TokenFlags.CloseQuote)]
    [InlineData("\u00abYa\u00bb", 2, TokenFlags.CloseQuote)]
    [InlineData("dia 'tidak' mau", 1, TokenFlags.OpenQuote)]
    [InlineData("dia 'tidak' mau", 3, TokenFlags.CloseQuote)]
    [InlineData("kata:\"ya\"", 2, TokenFlags.OpenQuote)]
    [InlineData("kata:\"ya\"", 4, TokenFlags.CloseQuote)]
    public void Quote_direction(string text, int index, TokenFlags expected)
    {
        var t = Raw(text)[index];
        Assert.Equal(TokenKind.Quote, t.Kind);
        Assert.Equal(expected, t.Flags & (TokenFlags.OpenQuote | TokenFlags.CloseQuote));
    }

    [Fact]
    public void Shape_flags()
    {
        var toks = Raw("PBB dan Jakarta menolak COVID-19 di negara-negara");
        Assert.Equal(TokenFlags.AllCaps | TokenFlags.Capitalized, toks[0].Flags & (TokenFlags.AllCaps | TokenFlags.Capitalized));
        Assert.False(toks[0].Flags.HasFlag(TokenFlags.SpaceBefore));
        Assert.True(toks[1].Flags.HasFlag(TokenFlags.SpaceBefore));
        Assert.Equal(TokenFlags.None, toks[1].Flags & ~TokenFlags.SpaceBefore);
        Assert.True(toks[2].Flags.HasFlag(TokenFlags.Capitalized));
        Assert.False(toks[2].Flags.HasFlag(TokenFlags.AllCaps));
        var last = toks[^1];
        Assert.True(last.Flags.HasFlag(TokenFlags.HasHyphen));
        Assert.Contains(toks, t => t.Flags.HasFlag(TokenFlags.HasDigit));
    }

    [Theory]
    [InlineData("10.000", TokenKind.Number)]
    [InlineData("kata", TokenKind.Word)]
    [InlineData(",", TokenKind.Punctuation)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData("\"", TokenKind.Quote)]
    [InlineData("Rp", TokenKind.Word)]
    [InlineData("Rp 5", TokenKind.Symbol)]
    [InlineData("USD menguat", TokenKind.Word)]
    public void Kinds(string text, TokenKind kind) => Assert.Equal(kind, Raw(text + " ")[0].Kind);

    [Fact]
    public void Currency_prefix_before_an_amount_is_a_symbol()
    {
        var toks = Raw("Rp5.000");
        Assert.Equal(2, toks.Length);
        Assert.Equal(TokenKind.Symbol, toks[0].Kind);
        Assert.Equal(TokenKind.Number, toks[1].Kind);
    }

    [Fact]
    public void Emoji_surrogate_pair_is_one_token()
    {
        Assert.Equal("ya | \U0001F600 | ya", string.Join(" | ", Tokens("ya \U0001F600 ya")));
    }

    [Fact]
    public void Empty_and_blank_text_have_no_tokens()
    {
        Assert.Empty(Raw(""));
        Assert.Empty(Raw(" \n  "));
    }
}

public sealed class AbbreviationClassTests
{
    [Theory]
    [InlineData("Dr.", Warta.Tokenization.AbbreviationClass.Title)]
    [InlineData("dkk.", Warta.Tokenization.AbbreviationClass.Abbreviation)]
    [InlineData("Dkk.", Warta.Tokenization.AbbreviationClass.Abbreviation)]
    [InlineData("JL.", Warta.Tokenization.AbbreviationClass.Title)]
    [InlineData("L.P.", Warta.Tokenization.AbbreviationClass.Initials)]
    [InlineData("J.", Warta.Tokenization.AbbreviationClass.Initials)]
    [InlineData("rumah.", Warta.Tokenization.AbbreviationClass.None)]
    [InlineData("Dr", Warta.Tokenization.AbbreviationClass.None)]
    public void Classifies_words_that_keep_their_period(string word, Warta.Tokenization.AbbreviationClass expected) =>
        Assert.Equal(expected, Warta.Tokenization.Tokenizer.ClassifyPeriodWord(word, TokenizationTestKit.Id));
}

using CsCheck;
using Warta.Documents;
using Warta.Tokenization;

namespace Warta.Tests.Tokenization;

/// <summary>Invariants of tokens and sentences on random text built from the pieces the rules react to.</summary>
public sealed class TokenizationPropertyTests
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Char["abcXYZ019.,-/:;'\"`\u201c\u201d\u2018\u2019\u00ab\u00bb  \n?!()[]#@$%\u2026_+&\u00e9\u0301\u00b2"].Select(c => c.ToString()),
        Gen.String[Gen.Char.AlphaNumeric, 1, 8],
        Gen.OneOf(
            Gen.Const("Rp"), Gen.Const("US$"), Gen.Const("dkk."), Gen.Const("Dr. "), Gen.Const("S.H."), Gen.Const("L.P."),
            Gen.Const("http://a.id/x"), Gen.Const("www."), Gen.Const("a@b.com"), Gen.Const(".com"), Gen.Const("21/6/2024"),
            Gen.Const("10.000"), Gen.Const("5,2"), Gen.Const("-an"), Gen.Const("negara-negara"), Gen.Const(". "),
            Gen.Const("\" "), Gen.Const(" \""), Gen.Const("\U0001F600"), Gen.Const("\uD800"), Gen.Const("II/"), Gen.Const("``"), Gen.Const("''")));

    private static readonly Gen<string> Text = Piece.Array[0, 50].Select(a => string.Concat(a));

    private static readonly Gen<(string Text, string? Lang)> Input =
        Gen.Select(Text, Gen.Int[0, 3].Select(i => i switch { 0 => "id", 1 => "en", 2 => "ms", _ => (string?)null }));

    [Fact]
    public void Tokens_are_ordered_non_overlapping_non_empty_and_inside_the_text() =>
        Input.Sample((text, lang) =>
        {
            var tokens = Tokenizer.Tokenize(text, TokenizerData.For(lang));
            int prevEnd = 0;
            foreach (var t in tokens)
            {
                Assert.True(t.Start >= prevEnd, $"token at {t.Start} overlaps the previous one ending at {prevEnd}");
                Assert.True(t.End > t.Start);
                Assert.True(t.End <= text.Length);
                prevEnd = t.End;
            }
        });

    [Fact]
    public void Tokens_cover_every_non_space_character() =>
        Input.Sample((text, lang) =>
        {
            var tokens = Tokenizer.Tokenize(text, TokenizerData.For(lang));
            var covered = new bool[text.Length];
            foreach (var t in tokens)
            {
                for (int i = t.Start; i < t.End; i++) covered[i] = true;
                Assert.False(char.IsWhiteSpace(text[t.Start]));
                Assert.False(char.IsWhiteSpace(text[t.End - 1]));
            }
            for (int i = 0; i < text.Length; i++) Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"char {i} not in a token");
        });

    [Fact]
    public void Sentences_are_ordered_non_overlapping_and_cover_all_tokens() =>
        Input.Sample((text, lang) =>
        {
            var tokens = Tokenizer.Tokenize(text, TokenizerData.For(lang));
            var sentences = SentenceSplitter.Split(text, tokens);
            int nextToken = 0, prevEnd = 0;
            foreach (var s in sentences)
            {
                Assert.True(s.TokenCount > 0);
                Assert.Equal(nextToken, s.FirstToken);
                Assert.True(s.Start >= prevEnd);
                Assert.True(s.End <= text.Length && s.Start < s.End);
                Assert.Equal(tokens[s.FirstToken].Start, s.Start);
                Assert.Equal(tokens[s.EndToken - 1].End, s.End);
                Assert.True(tokens[s.FirstToken].Flags.HasFlag(TokenFlags.SentenceStart));
                // A sentence never spans a line break.
                Assert.DoesNotContain('\n', text.AsSpan(s.Start, s.End - s.Start).ToString());
                nextToken = s.EndToken;
                prevEnd = s.End;
            }
            Assert.Equal(tokens.Length, nextToken);
        });

    [Fact]
    public void Tokenization_is_deterministic() =>
        Input.Sample((text, lang) =>
        {
            var data = TokenizerData.For(lang);
            var a = Tokenizer.Tokenize(text, data);
            var b = Tokenizer.Tokenize(new string(text.AsSpan()), data);
            Assert.Equal(a, b);
            Assert.Equal(SentenceSplitter.Split(text, a), SentenceSplitter.Split(text, b));
        });

    [Fact]
    public void Quote_tokens_have_exactly_one_direction() =>
        Input.Sample((text, lang) =>
        {
            foreach (var t in Tokenizer.Tokenize(text, TokenizerData.For(lang)))
            {
                var dir = t.Flags & (TokenFlags.OpenQuote | TokenFlags.CloseQuote);
                if (t.Kind == TokenKind.Quote) Assert.True(dir is TokenFlags.OpenQuote or TokenFlags.CloseQuote);
                else Assert.Equal(TokenFlags.None, dir);
            }
        });
}

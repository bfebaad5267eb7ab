using Warta.Documents;
using Warta.Tokenization;

namespace Warta.Tests.Tokenization;

/// <summary>Helpers: tokenize to strings, split to sentence strings, find the shared folder.</summary>
internal static class TokenizationTestKit
{
    public static TokenizerData Id => TokenizerData.For("id");

    public static string[] Tokens(string text, string? lang = "id") =>
        [.. Tokenizer.Tokenize(text, TokenizerData.For(lang)).Select(t => text[t.Start..t.End])];

    public static Token[] Raw(string text, string? lang = "id") => Tokenizer.Tokenize(text, TokenizerData.For(lang));

    public static string[] Sentences(string text, string? lang = "id")
    {
        var data = TokenizerData.For(lang);
        var tokens = Tokenizer.Tokenize(text, data);
        return [.. SentenceSplitter.Split(text, tokens).Select(s => text[s.Start..s.End])];
    }

    /// <summary>The read-only shared folder beside the repository root (or WARTA_SHARED); fails when missing.</summary>
    public static string SharedDir() => SharedData.Root;
}

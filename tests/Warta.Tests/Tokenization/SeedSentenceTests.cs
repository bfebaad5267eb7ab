using Warta.Structure;
using static Warta.Tests.Tokenization.TokenizationTestKit;

namespace Warta.Tests.Tokenization;

public sealed class SeedSentenceTests
{
    [Fact]
    public void Seed_body_splits_into_13_sentences()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedDir(), "acceptance", "seed", "000_35e225720d3e7703.txt"));
        // The structure pass strips caption, byline and dateline; here the test does it by hand.
        var body = string.Join('\n', lines.Skip(2));
        Assert.StartsWith("Hanoi: ", body, StringComparison.Ordinal);
        body = TextNormalizer.Normalize(body["Hanoi: ".Length..]);
        var sentences = Sentences(body);
        Assert.Equal(13, sentences.Length);
        // Each sentence of this body ends with its full stop; no sentence starts with a closing quote.
        Assert.All(sentences, s => Assert.EndsWith(".", s, StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.False(s.Length > 1 && s[0] == '"' && s[1] == ' '));
    }
}

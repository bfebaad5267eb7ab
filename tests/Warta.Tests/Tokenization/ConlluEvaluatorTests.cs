using Warta.Tokenization;
using static Warta.Tests.Tokenization.TokenizationTestKit;

namespace Warta.Tests.Tokenization;

public sealed class ConlluEvaluatorTests
{
    // Two invented sentences; "rumahnya" is a multiword token (rumah + nya) and counts as one surface token.
    private const string Sample = """
        # sent_id = t-1
        # text = Ia pulang ke rumahnya.
        1	Ia	ia	PRON	_	_	2	nsubj	_	_
        2	pulang	pulang	VERB	_	_	0	root	_	_
        3	ke	ke	ADP	_	_	4	case	_	_
        4-5	rumahnya	_	_	_	_	_	_	_	SpaceAfter=No
        4	rumah	rumah	NOUN	_	_	2	obl	_	_
        5	nya	nya	PRON	_	_	4	nmod	_	_
        6	.	.	PUNCT	_	_	2	punct	_	_

        # sent_id = t-2
        # text = Dr. Ani tiba.
        1	Dr.	Dr.	PROPN	_	_	2	nsubj	_	_
        2	Ani	Ani	PROPN	_	_	3	flat	_	_
        3	tiba	tiba	VERB	_	_	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	_	_	3	punct	_	_

        """;

    [Fact]
    public void Scores_surface_tokens_and_boundaries()
    {
        var score = ConlluEvaluator.Evaluate(Sample.Split('\n'), Id);
        Assert.Equal(2, score.Sentences);
        Assert.Equal(9, score.GoldTokens);
        Assert.Equal(9, score.PredictedTokens);
        Assert.Equal(9, score.TokenMatches);
        Assert.Equal(1, score.GoldBoundaries);
        Assert.Equal(1, score.BoundaryMatches);
        Assert.Equal(1.0, score.TokenF1);
        Assert.Equal(1.0, score.SentenceF1);
    }

    [Fact]
    public void Mismatched_tokens_lower_the_score()
    {
        // Gold splits "Dr." into "Dr" + "." (as UD GSD does); the tokenizer keeps "Dr." whole.
        var gold = Sample.Replace("1\tDr.\tDr.\tPROPN\t_\t_\t2\tnsubj\t_\t_", "1\tDr\tDr\tPROPN\t_\t_\t2\tnsubj\t_\tSpaceAfter=No\n1\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_", StringComparison.Ordinal);
        var score = ConlluEvaluator.Evaluate(gold.Split('\n'), Id, maxErrors: 5);
        Assert.Equal(10, score.GoldTokens);
        Assert.Equal(8, score.TokenMatches);
        Assert.True(score.TokenPrecision < 1 && score.TokenRecall < 1);
        Assert.Contains(score.Errors, e => e.Contains("[[Dr.]]", StringComparison.Ordinal));
    }

    /// <summary>Regression floor on the UD treebanks (measured: csui train token F1 0.997, sentence F1 0.976).</summary>
    [Theory]
    [InlineData("id_csui-ud-train.conllu", 0.995, 0.97)]
    [InlineData("id_gsd-ud-dev.conllu", 0.99, 0.94)]
    public void Treebank_scores_stay_above_floor(string file, double tokenF1, double sentenceF1)
    {
        var path = Path.Combine(SharedDir(), "data", "tokenization", "ud-indonesian", file);
        var score = ConlluEvaluator.Evaluate(File.ReadLines(path), Id);
        Assert.True(score.TokenF1 >= tokenF1, $"token F1 {score.TokenF1:F4} < {tokenF1}");
        Assert.True(score.SentenceF1 >= sentenceF1, $"sentence F1 {score.SentenceF1:F4} < {sentenceF1}");
    }
}

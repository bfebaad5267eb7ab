using Warta.Ner;

namespace Warta.Tests.Ner;

public sealed class NerEvaluatorTests
{
    private static int[] T(string tags) => [.. tags.Split(' ').Select(Parse)];

    private static int Parse(string name) => Enumerable.Range(0, NerTags.Count).First(t => NerTags.Name(t) == name);

    [Fact]
    public void Exact_matches_only_count_as_correct()
    {
        var ev = new NerEvaluator();
        // gold: PER[0,2) ORG[3,4) LOC[5,6); predicted: PER[0,1) (boundary error), ORG[3,4) (right), PER[5,6) (type error)
        ev.Add(T("B-PER I-PER O B-ORG O B-LOC"), T("B-PER O O B-ORG O B-PER"));
        Assert.Equal(3, ev.Overall.Gold);
        Assert.Equal(3, ev.Overall.Predicted);
        Assert.Equal(1, ev.Overall.Correct);
        Assert.Equal(1.0 / 3, ev.Overall.F1, 6);
        Assert.Equal(1.0, ev.ByType[1].F1, 6);
        Assert.Equal(0, ev.ByType[2].F1);
        Assert.Equal(0.0, ev.ByType[0].Precision, 6);
        Assert.Equal(2, ev.ByType[0].Predicted);
    }

    [Fact]
    public void Precision_and_recall_differ_when_counts_differ()
    {
        var ev = new NerEvaluator();
        ev.Add(T("B-LOC O B-LOC O B-ORG I-ORG"), T("B-LOC O O O B-ORG I-ORG"));
        ev.Add(T("O O"), T("B-PER O"));
        // gold 3, predicted 3, correct 2.
        Assert.Equal(2.0 / 3, ev.Overall.Precision, 6);
        Assert.Equal(2.0 / 3, ev.Overall.Recall, 6);
        var ev2 = new NerEvaluator();
        ev2.Add(T("B-LOC O B-LOC"), T("B-LOC O O"));
        Assert.Equal(1.0, ev2.Overall.Precision, 6);
        Assert.Equal(0.5, ev2.Overall.Recall, 6);
        Assert.Equal(2.0 / 3, ev2.Overall.F1, 6);
    }

    [Fact]
    public void Adjacent_entities_of_one_type_are_separate()
    {
        var ev = new NerEvaluator();
        ev.Add(T("B-PER B-PER"), T("B-PER I-PER"));
        Assert.Equal(2, ev.Overall.Gold);
        Assert.Equal(1, ev.Overall.Predicted);
        Assert.Equal(0, ev.Overall.Correct);
    }

    [Fact]
    public void Nothing_predicted_and_nothing_gold_scores_zero_without_dividing_by_zero()
    {
        var ev = new NerEvaluator();
        ev.Add(T("O O"), T("O O"));
        Assert.Equal(0, ev.Overall.F1);
    }
}

using System.Text;
using Warta.Ner;

namespace Warta.Tests.Ner;

/// <summary>
/// Guards the shipped model against regressions on the three dev sets (read from ../shared, never copied).
/// Floors sit a little under the measured scores (0.819 / 0.871 / 0.785 for the committed model).
/// </summary>
public sealed class NerDevSetTests
{
    [Theory]
    [InlineData("idner-news-2k/dev.txt", 0.80)]
    [InlineData("indolem-nerui/dev.01.tsv", 0.85)]
    [InlineData("indolem-nerugm/dev.01.tsv", 0.76)]
    public void Shipped_model_scores_above_floor(string file, double floor)
    {
        var gold = ConllReader.ReadFile(Path.Combine(NerTestData.Shared(), "data", "ner", file));
        var ev = new NerEvaluator();
        var sb = new StringBuilder();
        foreach (var s in gold)
        {
            var (text, starts, ends) = NerTrainer.Join(s.Tokens, sb);
            var pred = new int[s.Tokens.Length];
            NerModel.Default.Tag(text, starts, ends, pred);
            ev.Add(s.Tags, pred);
        }
        Assert.True(ev.Overall.F1 >= floor, $"{file}: F1 {ev.Overall.F1:F4} < {floor}");
    }
}

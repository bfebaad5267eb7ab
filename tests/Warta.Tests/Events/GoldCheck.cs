using System.Text;
using Warta.Documents;
using Warta.Evaluation;
using Warta.Output;

namespace Warta.Tests.Events;

/// <summary>
/// Scores in-memory documents with the product's own evaluator (spec/article-json.md matching rules): the
/// document is written as an article record, read back, and paired with its gold file, exactly as
/// `warta eval` would do with the output of `warta extract`.
/// </summary>
internal static class GoldCheck
{
    public static GoldArticle Load(string path) => GoldArticle.Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static ArticleScore Score(GoldArticle gold, Document doc)
    {
        var record = Assert.Single(PredictedArticle.ReadAll(Encoding.UTF8.GetBytes(ArticleRecordWriter.ToJson(doc))));
        return ArticleScorer.Score(gold, record);
    }

    public static EvalReport Report(IEnumerable<ArticleScore> scores)
    {
        var report = new EvalReport();
        report.Articles.AddRange(scores);
        return report;
    }

    /// <summary>One line of counts plus the evaluator's per-article details, for the test log.</summary>
    public static string Describe(EvalReport r) =>
        $"core {r.CoreRecall} precision {r.Precision} quotes {r.QuoteRecall} forbidden {r.ForbiddenHits} " +
        $"date {r.DateAccuracy} modality {r.ModalityAccuracy} claims {r.ClaimAccuracy}\n" + r.FormatDetails();
}

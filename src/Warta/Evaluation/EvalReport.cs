using System.Globalization;
using System.Text;

namespace Warta.Evaluation;

/// <summary>A ratio with its counts; NaN-free (an empty denominator prints as "n/a").</summary>
public readonly record struct Ratio(int Num, int Den)
{
    public double? Value => Den == 0 ? null : (double)Num / Den;

    public override string ToString() =>
        Den == 0 ? "n/a" : ((double)Num / Den).ToString("0.000", CultureInfo.InvariantCulture) + $" ({Num}/{Den})";
}

/// <summary>Scores of every paired article, micro-averaged: counts are summed over articles, then divided.</summary>
public sealed class EvalReport
{
    public List<ArticleScore> Articles { get; } = [];

    /// <summary>Records with no gold file (listed, not scored).</summary>
    public List<string> UnpairedRecords { get; } = [];

    private Ratio Sum(Func<ArticleScore, int> num, Func<ArticleScore, int> den) =>
        new(Articles.Sum(num), Articles.Sum(den));

    public Ratio Precision => Sum(a => a.ProducedMatched, a => a.Produced);
    public Ratio CoreRecall => Sum(a => a.CoreMatched, a => a.CoreGold);

    public double? F1
    {
        get
        {
            // With nothing produced precision is undefined; F1 then counts it as 0 rather than hiding the article.
            if (Precision.Value is null && CoreRecall.Value is null) return null;
            double p = Precision.Value ?? 0, r = CoreRecall.Value ?? 0;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public int ForbiddenHits => Articles.Sum(a => a.ForbiddenHits.Count);
    public Ratio DateAccuracy => Sum(a => a.DateOk, a => a.DateTotal);
    public Ratio ModalityAccuracy => Sum(a => a.ModalityOk, a => a.ModalityTotal);
    public Ratio ClaimAccuracy => Sum(a => a.ClaimOk, a => a.ClaimTotal);
    public Ratio QuoteRecall => Sum(a => a.QuotesFound, a => a.Quotes.Count);
    public Ratio DirectAccuracy => Sum(a => a.DirectOk, a => a.DirectTotal);
    public Ratio MentionRecall => Sum(a => a.MentionsFound, a => a.MentionsGold);
    public Ratio MetadataAccuracy => Sum(a => a.MetadataOk, a => a.Metadata.Count);

    public string FormatSummary()
    {
        var sb = new StringBuilder();
        int missing = Articles.Count(a => !a.HasRecord);
        sb.Append(CultureInfo.InvariantCulture, $"articles scored: {Articles.Count}");
        if (missing > 0) sb.Append(CultureInfo.InvariantCulture, $" ({missing} without a record, scored as empty)");
        if (UnpairedRecords.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"; records without gold: {UnpairedRecords.Count}");
        sb.AppendLine();
        sb.AppendLine();
        Row(sb, "metric", "score (count)");
        Row(sb, new string('-', 24), new string('-', 22));
        Row(sb, "event precision", Precision.ToString());
        Row(sb, "event core recall", CoreRecall.ToString());
        Row(sb, "event F1", F1 is { } f ? f.ToString("0.000", CultureInfo.InvariantCulture) : "n/a");
        Row(sb, "forbidden hits", ForbiddenHits.ToString(CultureInfo.InvariantCulture));
        Row(sb, "date accuracy", DateAccuracy.ToString());
        Row(sb, "modality accuracy", ModalityAccuracy.ToString());
        Row(sb, "claim accuracy", ClaimAccuracy.ToString());
        Row(sb, "quote recall", QuoteRecall.ToString());
        Row(sb, "direct-flag accuracy", DirectAccuracy.ToString());
        Row(sb, "mention-link recall", MentionRecall.ToString());
        Row(sb, "metadata accuracy", MetadataAccuracy.ToString());
        if (Articles.Count > 1)
        {
            sb.AppendLine();
            int w = Math.Max(8, Articles.Max(a => a.Article.Length));
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{"article".PadRight(w)}  {"P",7}  {"R core",7}  {"forbid",6}  {"dates",7}  {"quotes",7}  {"mentions",8}  {"metadata",8}");
            foreach (var a in Articles)
            {
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"{a.Article.PadRight(w)}  {Short(new Ratio(a.ProducedMatched, a.Produced)),7}  {Short(new Ratio(a.CoreMatched, a.CoreGold)),7}  {a.ForbiddenHits.Count,6}  {Short(new Ratio(a.DateOk, a.DateTotal)),7}  {Short(new Ratio(a.QuotesFound, a.Quotes.Count)),7}  {Short(new Ratio(a.MentionsFound, a.MentionsGold)),8}  {Short(new Ratio(a.MetadataOk, a.Metadata.Count)),8}");
            }
        }
        return sb.ToString();
    }

    private static string Short(Ratio r) => r.Den == 0 ? "n/a" : $"{r.Num}/{r.Den}";

    private static void Row(StringBuilder sb, string a, string b) => sb.Append(a.PadRight(24)).Append("  ").AppendLine(b);

    private static string Mark(bool? ok) => ok switch { true => "ok", false => "WRONG", null => "-" };

    public string FormatDetails()
    {
        var sb = new StringBuilder();
        foreach (var a in Articles)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"== {a.Article}  (record: {a.Input ?? "none"})");
            sb.AppendLine("gold events:");
            foreach (var e in a.Events)
            {
                if (e.Produced is null)
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  MISSED   {e.Gold.Describe()}");
                else
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  matched  {e.Gold.Describe()}");
                    sb.AppendLine(CultureInfo.InvariantCulture,
                        $"           by {e.Produced.Describe()}  date {Mark(e.DateOk)} ({e.Produced.Date ?? "null"} vs {e.Gold.Date ?? "null"})  modality {Mark(e.ModalityOk)} ({e.Produced.Modality} vs {e.Gold.Modality})  claim {Mark(e.ClaimOk)}");
                }
            }
            if (a.Unmatched.Count > 0)
            {
                sb.AppendLine("produced events matching no gold event:");
                foreach (var p in a.Unmatched) sb.AppendLine(CultureInfo.InvariantCulture, $"  UNMATCHED {p.Describe()}");
            }
            if (a.ForbiddenHits.Count > 0)
            {
                sb.AppendLine("forbidden hits:");
                foreach (var h in a.ForbiddenHits)
                    sb.AppendLine(CultureInfo.InvariantCulture,
                        $"  FORBIDDEN {h.Produced.Describe()}\n            rule {string.Join('+', h.Rule.Source)} -> {string.Join('+', h.Rule.Target)} root {h.Rule.CameoRoot}: {h.Rule.Why}");
            }
            if (a.Quotes.Count > 0)
            {
                sb.AppendLine("quotes:");
                foreach (var q in a.Quotes)
                    sb.AppendLine(CultureInfo.InvariantCulture,
                        $"  {(q.Found is null ? "MISSED " : "found  ")} \"{q.Gold.Contains}\" ({string.Join('+', q.Gold.Speaker)}){(q.Found is null ? "" : " direct " + Mark(q.DirectOk))}");
            }
            if (a.MentionMisses.Count > 0)
            {
                sb.AppendLine("mentions not found or not linked:");
                foreach (var m in a.MentionMisses) sb.AppendLine(CultureInfo.InvariantCulture, $"  MISSED   {m.Text} -> {m.Key}");
            }
            if (a.Metadata.Count > 0)
            {
                sb.AppendLine("metadata:");
                foreach (var m in a.Metadata)
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  {(m.Ok ? "ok   " : "WRONG")} {m.Name}: expected {m.Expected}, got {m.Actual}");
            }
            sb.AppendLine();
        }
        if (UnpairedRecords.Count > 0)
        {
            sb.AppendLine("records without a gold file:");
            foreach (var r in UnpairedRecords) sb.AppendLine(CultureInfo.InvariantCulture, $"  {r}");
        }
        return sb.ToString();
    }
}

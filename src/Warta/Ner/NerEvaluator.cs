namespace Warta.Ner;

/// <summary>Entity-level exact-match counts for one type or overall (CoNLL-style micro average).</summary>
public sealed class NerScore
{
    public int Gold { get; set; }
    public int Predicted { get; set; }
    public int Correct { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores predicted tag sequences against gold: an entity counts as correct only when its start, end and
/// type all match a gold entity. Both sides are read as BIO after <see cref="NerTags.Repair"/>.
/// </summary>
public sealed class NerEvaluator
{
    public NerScore Overall { get; } = new();

    public NerScore[] ByType { get; } = [new(), new(), new()];

    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var g = Repaired(gold);
        var p = Repaired(predicted);
        var goldSpans = NerTags.Spans(g);
        var predSpans = NerTags.Spans(p);
        var goldSet = new HashSet<(int, int, int)>(goldSpans);
        foreach (var s in goldSpans) { Overall.Gold++; ByType[s.Type].Gold++; }
        foreach (var s in predSpans)
        {
            Overall.Predicted++;
            ByType[s.Type].Predicted++;
            if (goldSet.Contains(s)) { Overall.Correct++; ByType[s.Type].Correct++; }
        }
    }

    private static int[] Repaired(ReadOnlySpan<int> tags)
    {
        var t = tags.ToArray();
        NerTags.Repair(t);
        return t;
    }

    public string Report()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("type     gold  pred  correct  precision  recall  f1");
        Line("ALL", Overall);
        for (int t = 0; t < NerTags.TypeCount; t++) Line(NerTags.TypeName(t), ByType[t]);
        return sb.ToString();

        void Line(string name, NerScore s) => sb.AppendLine(System.FormattableString.Invariant(
            $"{name,-7} {s.Gold,5} {s.Predicted,5} {s.Correct,8} {s.Precision,10:F4} {s.Recall,7:F4} {s.F1,7:F4}"));
    }
}

using System.Text;

namespace Warta.Tokenization;

/// <summary>Token and sentence-boundary scores of the tokenizer against one CoNLL-U file.</summary>
public sealed record ConlluScore(
    int Sentences, int GoldTokens, int PredictedTokens, int TokenMatches,
    int GoldBoundaries, int PredictedBoundaries, int BoundaryMatches,
    IReadOnlyList<string> Errors)
{
    public double TokenPrecision => Ratio(TokenMatches, PredictedTokens);
    public double TokenRecall => Ratio(TokenMatches, GoldTokens);
    public double TokenF1 => F1(TokenPrecision, TokenRecall);
    public double SentencePrecision => Ratio(BoundaryMatches, PredictedBoundaries);
    public double SentenceRecall => Ratio(BoundaryMatches, GoldBoundaries);
    public double SentenceF1 => F1(SentencePrecision, SentenceRecall);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>
/// Scores the tokenizer and sentence splitter against a UD treebank. The `# text` lines of all sentences,
/// joined by one space, form one running text; gold tokens are the surface forms (a multiword token range
/// such as "kerjanya" = "kerja" + "nya" counts as one) located in order in that text. A token matches when
/// its character span is exactly a gold span; a sentence boundary matches when a predicted sentence ends at
/// the same offset as a gold one (the end of the text is not counted).
/// </summary>
public static class ConlluEvaluator
{
    public static ConlluScore Evaluate(IEnumerable<string> lines, TokenizerData data, int maxErrors = 0)
    {
        var text = new StringBuilder();
        var goldTokens = new HashSet<(int, int)>();
        var goldEnds = new HashSet<int>();
        int sentences = 0, goldTokenCount = 0;
        string? sentText = null;
        int sentStart = 0, pos = 0, skipUntil = 0;
        foreach (var raw in lines)
        {
            if (raw.StartsWith("# text = ", StringComparison.Ordinal))
            {
                if (text.Length > 0) text.Append(' ');
                sentStart = text.Length;
                sentText = raw["# text = ".Length..];
                text.Append(sentText);
                pos = 0;
                skipUntil = 0;
                continue;
            }
            if (raw.Length == 0)
            {
                if (sentText is not null)
                {
                    sentences++;
                    goldEnds.Add(text.Length);
                }
                sentText = null;
                continue;
            }
            if (raw[0] == '#' || sentText is null) continue;
            int tab = raw.IndexOf('\t');
            if (tab < 0) throw new FormatException($"Not a CoNLL-U token line: {raw}");
            var id = raw.AsSpan(0, tab);
            if (id.Contains('.')) continue;
            int dash = id.IndexOf('-');
            int idStart = int.Parse(dash < 0 ? id : id[..dash]);
            if (dash >= 0) skipUntil = int.Parse(id[(dash + 1)..]);
            else if (idStart <= skipUntil) continue;
            int tab2 = raw.IndexOf('\t', tab + 1);
            var form = raw.AsSpan(tab + 1, (tab2 < 0 ? raw.Length : tab2) - tab - 1);
            goldTokenCount++;
            // Forms are found in order in the sentence text; a form missing from it (rare annotation
            // differences) counts as a gold token nobody can match.
            int at = sentText.AsSpan(pos).IndexOf(form, StringComparison.Ordinal);
            if (at < 0) continue;
            goldTokens.Add((sentStart + pos + at, sentStart + pos + at + form.Length));
            pos += at + form.Length;
        }
        if (sentText is not null) { sentences++; goldEnds.Add(text.Length); }

        string doc = text.ToString();
        goldEnds.Remove(doc.Length);
        var tokens = Tokenizer.Tokenize(doc, data);
        var sents = SentenceSplitter.Split(doc, tokens);
        int tokenMatches = 0;
        var errors = new List<string>();
        foreach (var t in tokens)
        {
            if (goldTokens.Contains((t.Start, t.End))) tokenMatches++;
            else if (errors.Count < maxErrors) errors.Add($"token  {Context(doc, t.Start, t.End)}");
        }
        int predEnds = 0, endMatches = 0;
        var predEndSet = new HashSet<int>();
        foreach (var s in sents)
        {
            if (s.End == doc.Length) continue;
            predEnds++;
            predEndSet.Add(s.End);
            if (goldEnds.Contains(s.End)) endMatches++;
            else if (errors.Count < maxErrors * 2) errors.Add($"extra boundary  {Context(doc, s.End, s.End)}");
        }
        foreach (var g in goldEnds)
        {
            if (!predEndSet.Contains(g) && errors.Count < maxErrors * 3) errors.Add($"missed boundary  {Context(doc, g, g)}");
        }
        return new ConlluScore(sentences, goldTokenCount, tokens.Length, tokenMatches, goldEnds.Count, predEnds, endMatches, errors);
    }

    private static string Context(string doc, int start, int end)
    {
        int a = Math.Max(0, start - 30), b = Math.Min(doc.Length, end + 30);
        return $"{doc[a..start]}[[{doc[start..end]}]]{doc[end..b]}";
    }
}

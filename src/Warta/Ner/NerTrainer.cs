namespace Warta.Ner;

/// <summary>Training settings; the defaults are what the shipped model uses.</summary>
public sealed record NerTrainOptions
{
    public int Epochs { get; init; } = 12;
    public int Bits { get; init; } = 20;
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Averaged structured perceptron (Collins 2002) over the BIO tag set: decode each sentence with the
/// current weights, and where the best path differs from gold, add the gold path's features and subtract
/// the predicted path's. Sentences are shuffled each epoch with a seeded generator, so a given data set,
/// option set and seed always give the same model. Features are extracted once up front.
/// </summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<ConllSentence> data, NerLexicon lexicon, NerTrainOptions options,
        Action<string>? log = null)
    {
        const int S = NerFeatures.Stride;
        int bits = options.Bits;

        var ws = new NerWorkspace();

        // Cache each sentence's feature rows: training then only decodes and updates.
        var featStarts = new int[data.Count][];
        var feats = new int[data.Count][];
        var buffer = new System.Text.StringBuilder();
        for (int s = 0; s < data.Count; s++)
        {
            var (text, starts, ends) = Join(data[s].Tokens, buffer);
            NerFeatures.Extract(text, starts, ends, bits, lexicon, ws);
            int n = starts.Length;
            featStarts[s] = ws.FeatStart.AsSpan(0, n + 1).ToArray();
            feats[s] = ws.Feats.AsSpan(0, ws.FeatStart[n]).ToArray();
        }

        var w = new float[(1 << bits) * S];
        var u = new double[w.Length];
        var tr = new float[(NerTags.Count + 1) * S];
        var tu = new double[tr.Length];
        double c = 1;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(options.Seed);
        var pred = new int[16];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int s in order)
            {
                var gold = data[s].Tags;
                int n = gold.Length;
                if (n == 0) continue;
                if (pred.Length < n) pred = new int[n * 2];
                ws.Ensure(n);
                Array.Copy(featStarts[s], ws.FeatStart, n + 1);
                Array.Copy(feats[s], ws.Feats, feats[s].Length);
                NerModel.Decode(w, tr, ws, n, pred);
                tokens += n;
                bool wrong = false;
                for (int i = 0; i < n; i++)
                {
                    if (pred[i] == gold[i]) continue;
                    wrong = true;
                    errors++;
                    for (int k = featStarts[s][i]; k < featStarts[s][i + 1]; k++)
                    {
                        int f = feats[s][k];
                        Update(w, u, f + gold[i], 1, c);
                        Update(w, u, f + pred[i], -1, c);
                    }
                }
                if (wrong)
                {
                    for (int i = 0; i < n; i++)
                    {
                        int gp = i == 0 ? 0 : gold[i - 1] + 1, pp = i == 0 ? 0 : pred[i - 1] + 1;
                        if (gp == pp && gold[i] == pred[i]) continue;
                        Update(tr, tu, gp * S + gold[i], 1, c);
                        Update(tr, tu, pp * S + pred[i], -1, c);
                    }
                }
                c++;
            }
            log?.Invoke($"epoch {epoch + 1}: {errors} token errors / {tokens} ({100.0 * errors / Math.Max(1, tokens):F2}%)");
        }

        // Averaged weights: w − u / c.
        for (int i = 0; i < w.Length; i++) w[i] = (float)(w[i] - u[i] / c);
        for (int i = 0; i < tr.Length; i++) tr[i] = (float)(tr[i] - tu[i] / c);
        return new NerModel(bits, w, tr, lexicon);
    }

    private static void Update(float[] w, double[] u, int i, int d, double c)
    {
        w[i] += d;
        u[i] += c * d;
    }

    /// <summary>Joins tokens with single spaces so they can be tagged through the span-based API.</summary>
    public static (string Text, int[] Starts, int[] Ends) Join(IReadOnlyList<string> tokens, System.Text.StringBuilder sb)
    {
        sb.Clear();
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            starts[i] = sb.Length;
            sb.Append(tokens[i]);
            ends[i] = sb.Length;
        }
        return (sb.ToString(), starts, ends);
    }
}

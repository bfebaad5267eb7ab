using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Warta.Ner;

namespace Warta.Cli.Commands;

/// <summary>`warta ner train|tag|eval|cv|bench`: the statistical Indonesian name tagger.</summary>
public static class NerCommand
{
    public static Command Create()
    {
        var cmd = new Command("ner", "Statistical named-entity tagger (PER, ORG, LOC): train, tag, evaluate, benchmark.");
        cmd.Subcommands.Add(Train());
        cmd.Subcommands.Add(Tag());
        cmd.Subcommands.Add(Eval());
        cmd.Subcommands.Add(CrossValidate());
        cmd.Subcommands.Add(Bench());
        return cmd;
    }

    private static Option<string[]> DataOption() => new("--data")
    {
        Description = "CoNLL training files (token first column, label last column).",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    private static Option<string[]> LexiconOption() => new("--lexicon")
    {
        Description = "Lexicon files (CLASS<tab>phrase) baked into the model as features.",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => [],
    };

    private static Option<int> SeedOption() => new("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => 1 };

    private static Option<int> EpochsOption() => new("--epochs")
    {
        Description = "Perceptron passes over the data.",
        DefaultValueFactory = _ => new NerTrainOptions().Epochs,
    };

    private static Option<int> BitsOption() => new("--bits")
    {
        Description = "log2 of the hashed feature rows.",
        DefaultValueFactory = _ => new NerTrainOptions().Bits,
    };

    private static Option<string?> ModelOption() => new("--model") { Description = "Model file (default: the shipped model)." };

    private static Command Train()
    {
        var data = DataOption();
        var lexicon = LexiconOption();
        var seed = SeedOption();
        var epochs = EpochsOption();
        var bits = BitsOption();
        var output = new Option<string>("--out") { Description = "Model file to write.", Required = true };
        var cmd = new Command("train", "Train a model (deterministic for given data, options and seed).")
        {
            data, lexicon, seed, epochs, bits, output,
        };
        cmd.SetAction(parse =>
        {
            var sentences = ReadAll(parse.GetValue(data)!);
            var options = new NerTrainOptions { Seed = parse.GetValue(seed), Epochs = parse.GetValue(epochs), Bits = parse.GetValue(bits) };
            var lex = NerLexicon.Load(parse.GetValue(lexicon)!);
            var sw = Stopwatch.StartNew();
            var model = NerTrainer.Train(sentences, lex, options, m => Console.Error.WriteLine(m));
            string path = parse.GetValue(output)!;
            model.Save(path);
            Console.Error.WriteLine(FormattableString.Invariant(
                $"trained on {sentences.Count} sentences in {sw.Elapsed.TotalSeconds:F1}s; wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024:F2} MB)"));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Tag()
    {
        var input = new Option<string>("--conll") { Description = "Input: one token per line (first column), blank line between sentences.", Required = true };
        var output = new Option<string>("--out") { Description = "Output: token<tab>BIO tag per line.", Required = true };
        var model = ModelOption();
        var cmd = new Command("tag", "Tag a CoNLL file.") { input, output, model };
        cmd.SetAction(parse =>
        {
            var m = LoadModel(parse.GetValue(model));
            using var reader = new StreamReader(parse.GetValue(input)!, Encoding.UTF8, true, 1 << 16);
            using var writer = new StreamWriter(parse.GetValue(output)!, false, new UTF8Encoding(false), 1 << 16);
            TagStream(m, reader, writer);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Eval()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold CoNLL files; labels folded to PER/ORG/LOC (other types read as O).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var model = ModelOption();
        var predicted = new Option<string?>("--predicted")
        {
            Description = "Score this tagged file (last column) against the gold instead of running the model.",
        };
        var cmd = new Command("eval", "Entity-level exact-match precision, recall and F1, overall and per type.") { gold, model, predicted };
        cmd.SetAction(parse =>
        {
            var goldSentences = ReadAll(parse.GetValue(gold)!);
            var ev = new NerEvaluator();
            string? predPath = parse.GetValue(predicted);
            if (predPath is not null)
            {
                var pred = ConllReader.ReadFile(predPath);
                if (pred.Count != goldSentences.Count)
                {
                    Console.Error.WriteLine($"warta: {pred.Count} predicted sentences but {goldSentences.Count} gold sentences.");
                    return ExitCodes.Usage;
                }
                for (int i = 0; i < pred.Count; i++)
                {
                    if (pred[i].Tags.Length != goldSentences[i].Tags.Length)
                    {
                        Console.Error.WriteLine($"warta: sentence {i + 1} has {pred[i].Tags.Length} predicted and {goldSentences[i].Tags.Length} gold tokens.");
                        return ExitCodes.Usage;
                    }
                    ev.Add(goldSentences[i].Tags, pred[i].Tags);
                }
            }
            else
            {
                var m = LoadModel(parse.GetValue(model));
                Evaluate(m, goldSentences, ev);
            }
            Console.Write(ev.Report());
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command CrossValidate()
    {
        var data = DataOption();
        var lexicon = LexiconOption();
        var seed = SeedOption();
        var epochs = EpochsOption();
        var bits = BitsOption();
        var folds = new Option<int>("--folds") { Description = "Number of folds.", DefaultValueFactory = _ => 5 };
        var cmd = new Command("cv", "K-fold cross-validation on training data (fold k = the k-th contiguous slice of each file).")
        {
            data, lexicon, seed, epochs, bits, folds,
        };
        cmd.SetAction(parse =>
        {
            var sentences = ReadAll(parse.GetValue(data)!);
            var options = new NerTrainOptions { Seed = parse.GetValue(seed), Epochs = parse.GetValue(epochs), Bits = parse.GetValue(bits) };
            var lex = NerLexicon.Load(parse.GetValue(lexicon)!);
            int k = Math.Max(2, parse.GetValue(folds));
            var total = new NerEvaluator();
            var f1s = new List<double>();
            // Fold of a sentence: its contiguous k-th slice within its own file, so every fold samples every file.
            var fold = new int[sentences.Count];
            foreach (var group in Enumerable.Range(0, sentences.Count).GroupBy(i => sentences[i].Domain))
            {
                var idx = group.ToArray();
                for (int j = 0; j < idx.Length; j++) fold[idx[j]] = (int)((long)j * k / idx.Length);
            }
            for (int f = 0; f < k; f++)
            {
                var train = sentences.Where((_, i) => fold[i] != f).ToList();
                var test = sentences.Where((_, i) => fold[i] == f).ToList();
                var model = NerTrainer.Train(train, lex, options);
                var ev = new NerEvaluator();
                Evaluate(model, test, ev);
                Evaluate(model, test, total);
                f1s.Add(ev.Overall.F1);
                Console.WriteLine(FormattableString.Invariant($"fold {f + 1}: F1 {ev.Overall.F1:F4}"));
            }
            Console.WriteLine(FormattableString.Invariant($"mean fold F1 {f1s.Average():F4}; pooled:"));
            Console.Write(total.Report());
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Bench()
    {
        var input = new Option<string>("--conll") { Description = "CoNLL file whose sentences are repeated.", Required = true };
        var tokens = new Option<int>("--tokens") { Description = "Tokens to tag.", DefaultValueFactory = _ => 1_000_000 };
        var model = ModelOption();
        var cmd = new Command("bench", "In-process tagging throughput (single thread) over repeated sentences.") { input, tokens, model };
        cmd.SetAction(parse =>
        {
            var sw = Stopwatch.StartNew();
            var m = LoadModel(parse.GetValue(model));
            double load = sw.Elapsed.TotalSeconds;
            var sentences = ConllReader.ReadFile(parse.GetValue(input)!);
            var sb = new StringBuilder();
            var joined = sentences.Where(s => s.Tokens.Length > 0).Select(s => NerTrainer.Join(s.Tokens, sb)).ToList();
            var tags = new int[1024];
            int target = parse.GetValue(tokens);
            // One warm-up pass, then the timed run.
            foreach (var (text, starts, ends) in joined) m.Tag(text, starts, ends, tags.AsSpan(0, starts.Length));
            long done = 0;
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            sw.Restart();
            while (done < target)
            {
                foreach (var (text, starts, ends) in joined)
                {
                    if (tags.Length < starts.Length) tags = new int[starts.Length * 2];
                    m.Tag(text, starts, ends, tags);
                    done += starts.Length;
                    if (done >= target) break;
                }
            }
            double secs = sw.Elapsed.TotalSeconds;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            Console.WriteLine(FormattableString.Invariant(
                $"model load {load:F3}s; tagged {done} tokens, single thread, in process: wall {secs:F3}s = {done / secs:F0} tokens/s; cpu {cpu:F3}s = {done / cpu:F0} tokens/s"));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>
    /// Streams CoNLL in, tagged CoNLL out: each sentence's first-column tokens are copied into one char
    /// buffer and tagged through spans, so no per-token strings are made beyond the line reader's.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static void TagStream(NerModel model, TextReader reader, TextWriter writer)
    {
        var buf = new char[4096];
        var starts = new int[256];
        var ends = new int[256];
        var tags = new int[256];
        int len = 0, n = 0;
        bool first = true;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var s = line.AsSpan().Trim();
            if (s.IsEmpty)
            {
                Flush();
                continue;
            }
            int cut = s.IndexOfAny(' ', '\t');
            var token = cut < 0 ? s : s[..cut];
            if (token.SequenceEqual("-DOCSTART-")) continue;
            if (len + token.Length + 1 > buf.Length) Array.Resize(ref buf, Math.Max(buf.Length * 2, len + token.Length + 1));
            if (n == starts.Length)
            {
                Array.Resize(ref starts, n * 2);
                Array.Resize(ref ends, n * 2);
                Array.Resize(ref tags, n * 2);
            }
            token.CopyTo(buf.AsSpan(len));
            starts[n] = len;
            len += token.Length;
            ends[n++] = len++;
        }
        Flush();

        void Flush()
        {
            if (n == 0) return;
            model.Tag(buf.AsSpan(0, len), starts.AsSpan(0, n), ends.AsSpan(0, n), tags.AsSpan(0, n));
            if (!first) writer.Write('\n');
            first = false;
            for (int i = 0; i < n; i++)
            {
                writer.Write(buf, starts[i], ends[i] - starts[i]);
                writer.Write('\t');
                writer.Write(NerTags.Name(tags[i]));
                writer.Write('\n');
            }
            n = 0;
            len = 0;
        }
    }

    private static void Evaluate(NerModel model, IReadOnlyList<ConllSentence> sentences, NerEvaluator ev)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences)
        {
            var pred = new int[s.Tokens.Length];
            var (text, starts, ends) = NerTrainer.Join(s.Tokens, sb);
            model.Tag(text, starts, ends, pred);
            ev.Add(s.Tags, pred);
        }
    }

    private static NerModel LoadModel(string? path) => path is null ? NerModel.Default : NerModel.Load(path);

    /// <summary>Reads every file; each file's sentences get the file's index as their corpus (Domain).</summary>
    private static List<ConllSentence> ReadAll(IEnumerable<string> paths)
    {
        var all = new List<ConllSentence>();
        int domain = 0;
        foreach (var p in paths)
        {
            int d = domain++;
            all.AddRange(ConllReader.ReadFile(p).Select(s => s with { Domain = d }));
        }
        return all;
    }
}

using System.CommandLine;
using System.Text;
using Warta.Documents;
using Warta.Tokenization;

namespace Warta.Cli.Commands;

/// <summary>`warta tokenize`: print tokens and sentences of text files, or score against UD CoNLL-U files.</summary>
public static class TokenizeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Plain-text files (or CoNLL-U files with --eval-conllu).", Arity = ArgumentArity.OneOrMore };
        var eval = new Option<bool>("--eval-conllu") { Description = "Score tokens and sentence boundaries against CoNLL-U treebank files." };
        var lang = new Option<string?>("--lang", "-l") { Description = "Language code for abbreviations (id, ms, en); default: all three (id for --eval-conllu)." };
        var errors = new Option<int>("--show-errors") { Description = "With --eval-conllu: print up to N token errors, N extra and N missed boundaries.", DefaultValueFactory = _ => 0 };
        var cmd = new Command("tokenize", "Print tokens one per line with a blank line between sentences, or score against CoNLL-U.\nExit codes: 0 ok; 1 some inputs failed; 2 bad usage.")
        {
            files, eval, lang, errors,
        };
        cmd.SetAction(parse =>
        {
            if (parse.GetValue(eval)) return Evaluate(parse.GetValue(files)!, parse.GetValue(lang) ?? "id", parse.GetValue(errors), Console.Out);
            // Buffered: token listings are long and Console.Out flushes on every write.
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            return Print(parse.GetValue(files)!, parse.GetValue(lang), stdout);
        });
        return cmd;
    }

    internal static int Print(string[] files, string? lang, TextWriter stdout)
    {
        var data = TokenizerData.For(lang);
        int failed = 0;
        foreach (var f in files)
        {
            string text;
            try { text = Structure.TextNormalizer.Normalize(File.ReadAllText(f)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"warta: {f}: {e.Message}");
                failed++;
                continue;
            }
            var tokens = Tokenizer.Tokenize(text, data);
            var sentences = SentenceSplitter.Split(text, tokens);
            foreach (var s in sentences)
            {
                for (int t = s.FirstToken; t < s.EndToken; t++)
                {
                    var tok = tokens[t];
                    stdout.Write(tok.Of(text));
                    stdout.Write('\t');
                    stdout.Write(tok.Kind.ToString());
                    if (tok.Flags != TokenFlags.None) { stdout.Write('\t'); stdout.Write(tok.Flags.ToString()); }
                    stdout.Write('\n');
                }
                stdout.Write('\n');
            }
        }
        stdout.Flush();
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    internal static int Evaluate(string[] files, string lang, int showErrors, TextWriter output)
    {
        var data = TokenizerData.For(lang);
        int failed = 0;
        foreach (var f in files)
        {
            ConlluScore score;
            try { score = ConlluEvaluator.Evaluate(File.ReadLines(f), data, showErrors); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"warta: {f}: {e.Message}");
                failed++;
                continue;
            }
            output.WriteLine($"{f}: {score.Sentences} sentences, {score.GoldTokens} tokens");
            output.WriteLine($"  sentences  P={score.SentencePrecision:F4} R={score.SentenceRecall:F4} F1={score.SentenceF1:F4}");
            output.WriteLine($"  tokens     P={score.TokenPrecision:F4} R={score.TokenRecall:F4} F1={score.TokenF1:F4}");
            foreach (var e in score.Errors) output.WriteLine($"    {e}");
        }
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}

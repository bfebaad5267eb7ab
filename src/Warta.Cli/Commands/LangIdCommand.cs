using System.CommandLine;
using System.Globalization;
using Warta.LanguageId;

namespace Warta.Cli.Commands;

/// <summary>`warta langid`: identify the language of files, or measure the identifier on labelled sets.</summary>
public static class LangIdCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Plain-text files to identify ('-' reads standard input).", Arity = ArgumentArity.ZeroOrMore };
        var eval = new Option<bool>("--eval") { Description = "Measure accuracy on the sets given by --ud, --articles and --heldout." };
        var ud = new Option<string[]>("--ud") { Description = "CoNLL-U Indonesian treebank(s): sentences, 5-sentence paragraphs, and (--ud-english) their English glosses.", AllowMultipleArgumentsPerToken = true };
        var udEnglish = new Option<bool>("--ud-english") { Description = "Also score the treebank's '# text_en' English glosses as English." };
        var articles = new Option<string?>("--articles") { Description = "Folder of article JSON files whose 'language' field is the gold." };
        var heldout = new Option<string?>("--heldout") { Description = "Folder of id.txt / ms.txt / en.txt / und.txt, one text a line." };
        var errors = new Option<bool>("--errors") { Description = "List every misclassified text." };
        var tune = new Option<double[]>("--tune") { Description = "Tuning (measure only): beta-family beta-id-ms prior-id min-coverage.", AllowMultipleArgumentsPerToken = true, Hidden = true };
        var cmd = new Command("langid", "Identify the language (id, ms, en, und) of texts, or measure the identifier (--eval).\n" +
                                        "Exit codes: 0 success; 2 bad usage; 3 unreadable input.")
        {
            inputs, eval, ud, udEnglish, articles, heldout, errors, tune,
        };
        cmd.SetAction(parse =>
        {
            var t = parse.GetValue(tune) ?? [];
            var id = t.Length == 4 ? new LanguageIdentifier(LanguageModel.Default, t[0], t[1], t[2], t[3]) : new LanguageIdentifier();
            if (parse.GetValue(eval))
                return Evaluate(id, parse.GetValue(ud) ?? [], parse.GetValue(udEnglish), parse.GetValue(articles), parse.GetValue(heldout), parse.GetValue(errors));
            var files = parse.GetValue(inputs) ?? [];
            if (files.Length == 0)
            {
                Console.Error.WriteLine("warta: give files to identify, or --eval with --ud/--articles/--heldout.");
                return ExitCodes.Usage;
            }
            foreach (var f in files)
            {
                string text = f == "-" ? Console.In.ReadToEnd() : File.ReadAllText(f);
                var g = id.Identify(text);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{g.Language}\t{g.Confidence:0.000}\tcoverage {g.Coverage:0.00}\t{f}"));
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static int Evaluate(LanguageIdentifier id, string[] ud, bool udEnglish, string? articles, string? heldout, bool errors)
    {
        if (ud.Length == 0 && articles is null && heldout is null)
        {
            Console.Error.WriteLine("warta: --eval needs at least one of --ud, --articles, --heldout.");
            return ExitCodes.Usage;
        }
        foreach (var path in ud)
        {
            var sents = LanguageIdEvaluation.ConlluSentences(path);
            string name = Path.GetFileName(path);
            Print(LanguageIdEvaluation.Measure($"UD {name} sentences", id, [.. sents.Select((s, i) => new LabelledText("id", s, $"{name}#{i + 1}"))]), errors);
            var paras = LanguageIdEvaluation.Paragraphs(sents, 5);
            Print(LanguageIdEvaluation.Measure($"UD {name} paragraphs (5 sentences)", id, [.. paras.Select((s, i) => new LabelledText("id", s, $"{name}¶{i + 1}"))]), errors);
            if (udEnglish)
            {
                var en = LanguageIdEvaluation.ConlluSentences(path, englishGloss: true);
                if (en.Count > 0)
                    Print(LanguageIdEvaluation.Measure($"UD {name} English glosses", id, [.. en.Select((s, i) => new LabelledText("en", s, $"{name}#{i + 1}en"))]), errors);
            }
        }
        if (articles is not null)
            Print(LanguageIdEvaluation.Measure("articles", id, LanguageIdEvaluation.Articles(articles), timingRounds: 500), errors);
        if (heldout is not null)
            Print(LanguageIdEvaluation.Measure("held-out short texts", id, LanguageIdEvaluation.HeldOut(heldout)), errors);
        return ExitCodes.Ok;
    }

    private static void Print(LanguageIdResult r, bool errors)
    {
        Console.Write(r.Format(errors));
        Console.WriteLine();
    }
}

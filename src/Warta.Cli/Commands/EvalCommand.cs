using System.CommandLine;
using Warta.Evaluation;

namespace Warta.Cli.Commands;

/// <summary>`warta eval`: scores article records against gold files (spec/gold-format.md).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold", "-g") { Description = "A gold file or a folder of gold files (*.json).", Required = true };
        var pred = new Option<string>("--pred", "-p") { Description = "Article records from `warta extract` (JSON Lines, a JSON array, or pretty).", Required = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Per-article details: every gold event matched or missed, unmatched and forbidden produced events, quote, mention and metadata misses." };
        var cmd = new Command("eval", "Score article records against gold annotations (micro-averaged over articles).\n" +
                                      "Exit codes: 0 scoring ran (whatever the scores); 2 bad usage; 3 unreadable or invalid files.")
        {
            gold, pred, verbose,
        };
        cmd.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(pred)!, parse.GetValue(verbose), Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(string goldPath, string predPath, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        List<GoldArticle> gold;
        List<PredictedArticle> records;
        try
        {
            gold = Evaluator.LoadGold(goldPath);
            records = Evaluator.LoadPredictions(predPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"warta: {e.Message}");
            return ExitCodes.Fatal;
        }
        var report = Evaluator.Evaluate(gold, records);
        foreach (var a in report.Articles.Where(a => !a.HasRecord))
            stderr.WriteLine($"warta: no record for gold article '{a.Article}'; scored as empty");
        if (verbose) stdout.Write(report.FormatDetails());
        stdout.Write(report.FormatSummary());
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using System.CommandLine.Help;
using Warta.Cli.Commands;

namespace Warta.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // A named root (not RootCommand, which takes the assembly's name) so help says "warta", as users type it.
        var root = new Command("warta",
            "Warta: turns news articles (Indonesian, Malay, English) into evidence-linked event data.\n" +
            "Exit codes: 0 success; 1 some inputs failed (each named on stderr); 2 bad usage; 3 fatal error.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(NerCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        foreach (var query in QueryCommands.Create()) root.Subcommands.Add(query);
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(TokenizeCommand.Create());
        root.Subcommands.Add(LangIdCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) Console.Error.WriteLine($"warta: {e.Message}");
            Console.Error.WriteLine("Run 'warta --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warta: {e.Message}");
            return ExitCodes.Fatal;
        }
    }
}

/// <summary>Documented process exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int Usage = 2;
    public const int Fatal = 3;
}

using System.CommandLine;

namespace Warta.Cli.Commands;

public static class NerCommand
{
    public static Command Create()
    {
        var cmd = new Command("ner", "Not yet available.");
        cmd.SetAction(_ =>
        {
            Console.Error.WriteLine("warta: 'ner' is not available in this build.");
            return ExitCodes.Fatal;
        });
        return cmd;
    }
}

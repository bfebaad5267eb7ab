using System.CommandLine;

namespace Warta.Cli.Commands;

public static class BenchCommand
{
    public static Command Create()
    {
        var cmd = new Command("bench", "Not yet available.");
        cmd.SetAction(_ =>
        {
            Console.Error.WriteLine("warta: 'bench' is not available in this build.");
            return ExitCodes.Fatal;
        });
        return cmd;
    }
}

using System.CommandLine;

namespace Warta.Cli.Commands;

public static class EvalCommand
{
    public static Command Create()
    {
        var cmd = new Command("eval", "Not yet available.");
        cmd.SetAction(_ =>
        {
            Console.Error.WriteLine("warta: 'eval' is not available in this build.");
            return ExitCodes.Fatal;
        });
        return cmd;
    }
}

namespace Warta.Server;

/// <summary>Runs the server on its own (`dotnet run --project src/Warta.Server -- --Warta:Db warta.db`); `warta serve` is the usual way.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args) => WartaServer.Build(args).Run();
}

namespace Warta.Server;

/// <summary>Runs the server on its own (`dotnet run --project src/Warta.Server -- --Warta:Db warta.db`); `warta serve` is the usual way.</summary>
public static class Program
{
    public static void Main(string[] args) => WartaServer.Build(args).Run();
}

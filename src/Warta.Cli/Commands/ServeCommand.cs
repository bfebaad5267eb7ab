using System.CommandLine;
using Warta.Server;

namespace Warta.Cli.Commands;

/// <summary>`warta serve`: the REST API and the dashboard over a corpus database.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = QueryCommands.DbOption();
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated).", DefaultValueFactory = _ => WartaServer.DefaultUrls };
        var key = new Option<string?>("--api-key")
        {
            Description = "Key that POST /v1/ingest requires (X-Api-Key or Authorization: Bearer). Without one, ingest is refused when listening beyond loopback. Also read from WARTA_API_KEY.",
        };
        var cmd = new Command("serve",
            "Serve the REST API (/v1/…, OpenAPI at /openapi/v1.json) and the dashboard (/) over a corpus database.\n" +
            "Listens on 127.0.0.1:5080 by default; stop with Ctrl+C.")
        {
            db, urls, key,
        };
        cmd.SetAction(p =>
        {
            string? apiKey = p.GetValue(key) ?? Environment.GetEnvironmentVariable("WARTA_API_KEY");
            var args = new List<string> { "--urls", p.GetValue(urls)!, "--Warta:Db", Path.GetFullPath(p.GetValue(db)!) };
            if (!string.IsNullOrEmpty(apiKey)) args.AddRange(["--Warta:ApiKey", apiKey]);
            var app = WartaServer.Build([.. args]);
            if (string.IsNullOrEmpty(apiKey) && !WartaServer.LoopbackOnly(p.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries)))
                Console.Error.WriteLine("warta: listening beyond loopback without --api-key: POST /v1/ingest is refused");
            app.Run();
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

using System.Net;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;
using Warta.Corpus;

namespace Warta.Server;

/// <summary>Settings, from configuration keys Warta:Db, Warta:ApiKey and Warta:MaxBodyBytes (command line: --Warta:Db warta.db).</summary>
public sealed class ServerSettings
{
    public const long DefaultMaxBodyBytes = 8L * 1024 * 1024;

    public required string Db { get; init; }
    public string? ApiKey { get; init; }
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>At most this many articles per POST /v1/ingest.</summary>
    public int MaxBatch { get; init; } = 1000;

    public static ServerSettings From(IConfiguration c) => new()
    {
        Db = c["Warta:Db"] ?? "warta.db",
        ApiKey = string.IsNullOrEmpty(c["Warta:ApiKey"]) ? null : c["Warta:ApiKey"],
        MaxBodyBytes = long.TryParse(c["Warta:MaxBodyBytes"], out var m) && m > 0 ? m : DefaultMaxBodyBytes,
    };
}

/// <summary>
/// The REST API (/v1/…, OpenAPI at /openapi/v1.json) and the dashboard (/, from embedded wwwroot) in one process.
/// Every error is application/problem+json with a stable "code"; bad input is a 4xx, never a 500.
/// </summary>
public static class WartaServer
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The dashboard is embedded; no content root files are needed wherever the process starts.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrls);
        builder.Services.AddSingleton(sp => ServerSettings.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(sp => new SqliteCorpusStore(sp.GetRequiredService<ServerSettings>().Db));
        builder.Services.AddSingleton(_ => new Lazy<WartaEngine>(WartaEngine.CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication));
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((k, c) =>
        {
            // Kestrel's own cap sits just above ours, so our check answers first with a problem document.
            k.Limits.MaxRequestBodySize = ServerSettings.From(c).MaxBodyBytes + 1;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Warta API";
            doc.Info.Description = "Evidence-linked event data from news articles. Errors are application/problem+json (RFC 9457) with a stable `code`: "
                + "bad_date, bad_value, bad_cursor, unknown_filter, missing_parameter, body_too_large, invalid_json, invalid_article, "
                + "unsupported_media_type, not_found, method_not_allowed, unauthorized, ingest_disabled.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.Use(ProblemMiddleware);
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            // Nothing is loaded from elsewhere: every script, style, font and data file is served by this process.
            h["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
            await next(ctx);
        });
        var files = new EmbeddedFileProvider(typeof(WartaServer).Assembly, "Warta.Server.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapOpenApi();
        Api.Map(app);
        return app;
    }

    /// <summary>True when every address the server listens on is a loopback one (or none is known, as in-process).</summary>
    public static bool LoopbackOnly(IEnumerable<string> addresses)
    {
        foreach (var a in addresses)
        {
            if (!Uri.TryCreate(a.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal), UriKind.Absolute, out var u))
                return false;
            if (u.IsLoopback) continue;
            if (IPAddress.TryParse(u.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)) continue;
            return false;
        }
        return true;
    }

    internal static bool IsLoopbackOnly(HttpContext ctx)
    {
        var addresses = ctx.RequestServices.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is null || LoopbackOnly(addresses);
    }

    private static async Task ProblemMiddleware(HttpContext ctx, RequestDelegate next)
    {
        try
        {
            await next(ctx);
            // Errors the framework answers without a body (unmatched route or method, refused media type):
            // the same problem documents as everything else.
            int status = ctx.Response.StatusCode;
            if (status >= 400 && !ctx.Response.HasStarted && ctx.Response.ContentLength is null && ctx.Response.ContentType is null)
            {
                var (code, detail) = status switch
                {
                    404 => (ErrorCodes.NotFound, $"no resource at {ctx.Request.Path}"),
                    405 => (ErrorCodes.MethodNotAllowed, $"{ctx.Request.Method} is not allowed on {ctx.Request.Path}"),
                    413 => (ErrorCodes.BodyTooLarge, "the request body is larger than the server accepts"),
                    415 => (ErrorCodes.UnsupportedMediaType, $"content type '{ctx.Request.ContentType}' is not accepted here; send application/json"),
                    >= 500 => (ErrorCodes.Internal, "internal error; the server log has the details"),
                    _ => (ErrorCodes.BadValue, "the request was not understood"),
                };
                await WriteProblem(ctx, status, code, detail);
            }
        }
        catch (ApiProblem p) when (!ctx.Response.HasStarted)
        {
            await WriteProblem(ctx, p.Status, p.Code, p.Message);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (!ctx.Response.HasStarted)
        {
            if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
                await WriteProblem(ctx, 413, ErrorCodes.BodyTooLarge, "the request body is larger than the server accepts");
            else
                await WriteProblem(ctx, e.StatusCode, ErrorCodes.BadValue, e.Message);
        }
        catch (Exception e) when (!ctx.Response.HasStarted && e is not OperationCanceledException)
        {
            ctx.RequestServices.GetRequiredService<ILogger<ServerSettings>>().LogError(e, "unhandled error on {Path}", ctx.Request.Path);
            await WriteProblem(ctx, 500, ErrorCodes.Internal, "internal error; the server log has the details");
        }
    }

    internal static async Task WriteProblem(HttpContext ctx, int status, string code, string detail)
    {
        var problem = new ProblemDetails
        {
            Type = "urn:warta:problem:" + code,
            Title = ReasonPhrases(status),
            Status = status,
            Detail = detail,
            Instance = ctx.Request.Path,
        };
        problem.Extensions["code"] = code;
        ctx.Response.Clear();
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(ctx.Response.Body, problem, ProblemJson);
    }

    private static readonly JsonSerializerOptions ProblemJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } s ? s : "Error";

    /// <summary>Where the embedded dashboard lives, for tests that list it.</summary>
    internal static Assembly Assembly => typeof(WartaServer).Assembly;
}

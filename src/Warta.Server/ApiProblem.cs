namespace Warta.Server;

/// <summary>
/// A client error with a stable machine-readable code, rendered as application/problem+json (RFC 9457)
/// by <see cref="WartaServer"/>'s exception handler: endpoints throw it, nothing else turns it into a response.
/// </summary>
public sealed class ApiProblem(int status, string code, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Code { get; } = code;

    public static ApiProblem BadRequest(string code, string detail) => new(StatusCodes.Status400BadRequest, code, detail);
    public static ApiProblem NotFound(string detail) => new(StatusCodes.Status404NotFound, "not_found", detail);
}

/// <summary>The error codes the API returns; documented in the OpenAPI description and README.</summary>
public static class ErrorCodes
{
    public const string BadDate = "bad_date";
    public const string BadValue = "bad_value";
    public const string BadCursor = "bad_cursor";
    public const string UnknownFilter = "unknown_filter";
    public const string MissingParameter = "missing_parameter";
    public const string BodyTooLarge = "body_too_large";
    public const string InvalidJson = "invalid_json";
    public const string InvalidArticle = "invalid_article";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Unauthorized = "unauthorized";
    public const string IngestDisabled = "ingest_disabled";
    public const string Internal = "internal";
}

namespace Warta.Input;

/// <summary>
/// One article as a reader found it, before normalization: either plain <see cref="Text"/> or
/// <see cref="Html"/>, plus whatever metadata the container carried (JSON Lines fields, HTML meta).
/// </summary>
public sealed record RawArticle
{
    /// <summary>Names the input in messages: a path, "path:line" for JSON Lines, "path[i]" for a JSON array.</summary>
    public required string SourceName { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public string? Language { get; init; }
    public string? Outlet { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Text { get; init; }
    public string? Html { get; init; }
}

/// <summary>An input that could not be read; processing goes on with the others.</summary>
public sealed record InputError(string SourceName, string Message)
{
    public override string ToString() => $"{SourceName}: {Message}";
}

/// <summary>One item of a read: an article or an error, in input order.</summary>
public readonly record struct InputItem(RawArticle? Article, InputError? Error)
{
    public static InputItem Ok(RawArticle a) => new(a, null);

    /// <summary>An error; the message is kept to one line so every failure is one line on stderr.</summary>
    public static InputItem Fail(string source, string message) => new(null, new InputError(OneLine(source), OneLine(message)));

    internal static string OneLine(string s) =>
        s.Contains('\n') || s.Contains('\r') ? string.Join(' ', s.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : s;
}

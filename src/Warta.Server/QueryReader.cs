using System.Globalization;
using System.Text;

namespace Warta.Server;

/// <summary>
/// Reads an endpoint's query string by field name: a name the endpoint does not know is an error
/// (unknown_filter), not silently ignored, so a typo never returns the unfiltered corpus.
/// </summary>
internal sealed class QueryReader
{
    private readonly IQueryCollection _q;

    public QueryReader(HttpContext ctx, params string[] allowed)
    {
        _q = ctx.Request.Query;
        foreach (var key in _q.Keys)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
                throw ApiProblem.BadRequest(ErrorCodes.UnknownFilter, $"unknown parameter '{key}'; this endpoint takes: {string.Join(", ", allowed)}");
            if (_q[key].Count > 1)
                throw ApiProblem.BadRequest(ErrorCodes.BadValue, $"parameter '{key}' is given more than once");
        }
    }

    public string? Str(string name)
    {
        string? v = _q[name];
        return string.IsNullOrWhiteSpace(v) ? null : v.Trim();
    }

    public DateOnly? Date(string name)
    {
        var s = Str(name);
        if (s is null) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw ApiProblem.BadRequest(ErrorCodes.BadDate, $"{name}: expected a date as YYYY-MM-DD, got '{s}'");
    }

    public int Int(string name, int dflt, int min, int max)
    {
        var s = Str(name);
        if (s is null) return dflt;
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        throw ApiProblem.BadRequest(ErrorCodes.BadValue, $"{name}: expected a whole number from {min} to {max}, got '{s}'");
    }

    public int? OptInt(string name, int min, int max) => Str(name) is null ? null : Int(name, 0, min, max);

    public bool? Bool(string name)
    {
        var s = Str(name);
        return s switch
        {
            null => null,
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => throw ApiProblem.BadRequest(ErrorCodes.BadValue, $"{name}: expected true or false, got '{s}'"),
        };
    }

    public string OneOf(string name, string dflt, params string[] values)
    {
        var s = Str(name) ?? dflt;
        if (!values.Contains(s, StringComparer.Ordinal))
            throw ApiProblem.BadRequest(ErrorCodes.BadValue, $"{name}: expected one of {string.Join(", ", values)}, got '{s}'");
        return s;
    }

    /// <summary>Opaque page cursor: base64url of "day:pk" of the last row served.</summary>
    public (int Day, long Pk)? Cursor(string name)
    {
        var s = Str(name);
        if (s is null) return null;
        try
        {
            string raw = Encoding.UTF8.GetString(Convert.FromBase64String(s.Replace('-', '+').Replace('_', '/').PadRight((s.Length + 3) / 4 * 4, '=')));
            var parts = raw.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var day)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pk))
                return (day, pk);
        }
        catch (FormatException)
        {
        }
        throw ApiProblem.BadRequest(ErrorCodes.BadCursor, $"{name}: not a cursor this server handed out");
    }

    public static string MakeCursor(int day, long pk) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{day}:{pk}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Reflection;

namespace Warta.Resources;

/// <summary>
/// The one reader of the engine's embedded resource files (lang/&lt;code&gt;/*.tsv, data/**/*.tsv):
/// tab-separated rows; blank lines and lines starting with '#' (the provenance header, comments) skipped.
/// Stages read their files once, at construction, into their own flat structures.
/// </summary>
public static class EmbeddedTsv
{
    private static readonly Assembly Assembly = typeof(EmbeddedTsv).Assembly;

    public static bool Exists(string name) => Assembly.GetManifestResourceInfo(name) is not null;

    /// <summary>Rows of a resource that must exist; a missing one is a build error, not bad input.</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        if (!Exists(name)) throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        return OptionalRows(name);
    }

    /// <summary>Rows of a resource, or none when it is absent (e.g. a language without that file).</summary>
    public static IEnumerable<string[]> OptionalRows(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null) yield break;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return line.Split('\t');
        }
    }

    /// <summary>Rows of every lang/&lt;code&gt;/<paramref name="fileName"/>, languages in ordinal order.</summary>
    public static IEnumerable<string[]> RowsForAllLanguages(string fileName)
    {
        string suffix = "/" + fileName;
        foreach (var name in Assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("lang/", StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            foreach (var row in OptionalRows(name)) yield return row;
        }
    }
}

using System.Reflection;

namespace Warta.Structure;

/// <summary>Reads the embedded tab-separated resource files (comment lines start with '#').</summary>
internal static class TsvResource
{
    private static readonly Assembly Assembly = typeof(TsvResource).Assembly;

    /// <summary>Rows of every embedded file named lang/&lt;code&gt;/<paramref name="fileName"/>, languages in ordinal order.</summary>
    public static IEnumerable<string[]> ReadAllLanguages(string fileName)
    {
        string suffix = "/" + fileName;
        foreach (var name in Assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("lang/", StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            foreach (var row in Read(name)) yield return row;
        }
    }

    public static IEnumerable<string[]> Read(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return line.Split('\t');
        }
    }
}

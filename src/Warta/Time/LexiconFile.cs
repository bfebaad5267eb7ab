namespace Warta.Time;

/// <summary>Reads the embedded tab-separated language files (lang/&lt;code&gt;/*.tsv): '#' starts a comment line.</summary>
internal static class LexiconFile
{
    /// <summary>The rows of resource <paramref name="name"/> (e.g. "lang/id/time.tsv"), or none when it is absent.</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(name);
        if (stream is null) yield break;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    /// <summary>The rows of resource <paramref name="name"/>; throws when the resource is missing (a build error, not input).</summary>
    public static IEnumerable<string[]> RequiredRows(string name)
    {
        if (typeof(LexiconFile).Assembly.GetManifestResourceInfo(name) is null)
            throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        return Rows(name);
    }
}

using System.Reflection;

namespace Warta.Actors;

/// <summary>Reads the embedded TSV resources (data/..., lang/...): rows split on tabs, '#' lines skipped.</summary>
internal static class KbResources
{
    private static readonly Assembly Assembly = typeof(KbResources).Assembly;

    public static bool Exists(string name) => Assembly.GetManifestResourceInfo(name) is not null;

    public static IEnumerable<string[]> Rows(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}

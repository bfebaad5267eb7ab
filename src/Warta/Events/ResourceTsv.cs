using System.Reflection;

namespace Warta.Events;

/// <summary>Reads the engine's embedded TSV resources (comment lines start with '#').</summary>
internal static class ResourceTsv
{
    private static readonly Assembly Assembly = typeof(ResourceTsv).Assembly;

    /// <summary>Rows split on tabs, blank and comment lines skipped; a resource that is not embedded reads as empty.</summary>
    public static List<string[]> Read(string logicalName)
    {
        var rows = new List<string[]>();
        using var stream = Assembly.GetManifestResourceStream(logicalName);
        if (stream is null) return rows;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            for (int i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim();
            if (cells[0].Length > 0) rows.Add(cells);
        }
        return rows;
    }
}

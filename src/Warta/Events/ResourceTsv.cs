using Warta.Resources;

namespace Warta.Events;

/// <summary>The event lexicons' view of <see cref="EmbeddedTsv"/>: cells trimmed, rows with an empty key dropped.</summary>
internal static class ResourceTsv
{
    /// <summary>Rows split on tabs; a resource that is not embedded (a language without that file) reads as empty.</summary>
    public static List<string[]> Read(string logicalName)
    {
        var rows = new List<string[]>();
        foreach (var cells in EmbeddedTsv.OptionalRows(logicalName))
        {
            for (int i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim();
            if (cells[0].Length > 0) rows.Add(cells);
        }
        return rows;
    }
}

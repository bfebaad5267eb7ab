using Warta.Documents;

namespace Warta.Structure;

/// <summary>What the structure pass lifted out of the text: metadata candidates, before input metadata is merged.</summary>
public sealed class StructureFindings
{
    public string? Title { get; set; }
    public List<string> Authors { get; } = [];
    public Timestamp? Published { get; set; }
    public string? Dateline { get; set; }
    public List<Credit> Credits { get; } = [];

    public void AddAuthor(string name)
    {
        if (!Authors.Contains(name, StringComparer.OrdinalIgnoreCase)) Authors.Add(name);
    }

    public void AddCredit(string name, string role)
    {
        if (!Credits.Any(c => c.Role == role && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            Credits.Add(new Credit(name, role));
    }
}

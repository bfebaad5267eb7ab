using Warta.Documents;

namespace Warta.Tests.Coreference;

internal static class ResolvedKeys
{
    /// <summary>The actor keys (country, else code) the mentions with this exact surface resolved to, sorted and comma-joined.</summary>
    public static string Of(Document doc, string surface) =>
        string.Join(",", doc.Mentions.Where(m => doc.Text[m.Start..m.End] == surface && m.Actor is not null)
            .Select(m => m.Actor!.Country ?? m.Actor.Code).Order(StringComparer.Ordinal));
}

using System.Collections.Concurrent;
using Warta.Events;

namespace Warta.Quotes;

/// <summary>
/// Role and body nouns that stand for an unnamed speaker ("the spokesperson", "Kemenlu", "yayasan tersebut"),
/// with a kind that says which earlier body they can refer back to (lang/&lt;code&gt;/speaker-roles.tsv).
/// Malay reads its own rows first and falls back to the Indonesian ones.
/// </summary>
internal static class SpeakerRoles
{
    private static readonly ConcurrentDictionary<string, PhraseTable<string>> Cache = new();

    public static PhraseTable<string> For(string code) => Cache.GetOrAdd(code, static c =>
    {
        var table = new PhraseTable<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string[] chain = c == "ms" ? ["ms", "id"] : [c];
        foreach (var lang in chain)
            foreach (var r in ResourceTsv.Read($"lang/{lang}/speaker-roles.tsv"))
                if (r.Length >= 2 && seen.Add(r[0])) table.Add(r[0], r[1]);
        return table.Freeze();
    });

    /// <summary>"ministry" covers an earlier "ministry.foreign"; a spokesperson speaks for whatever body was named.</summary>
    public static bool Covers(string kind, string earlier) =>
        earlier.StartsWith(kind, StringComparison.Ordinal) || kind.StartsWith(earlier + ".", StringComparison.Ordinal);
}

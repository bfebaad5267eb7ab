namespace Warta.Quotes;

/// <summary>
/// Kinds of the role and body nouns that stand for an unnamed speaker ("the spokesperson", "Kemenlu",
/// "yayasan tersebut"); the nouns themselves are LanguagePack.SpeakerRoles (lang/&lt;code&gt;/speaker-roles.tsv).
/// </summary>
internal static class SpeakerRoles
{
    /// <summary>"ministry" covers an earlier "ministry.foreign"; a spokesperson speaks for whatever body was named.</summary>
    public static bool Covers(string kind, string earlier) =>
        earlier.StartsWith(kind, StringComparison.Ordinal)
        || (kind.Length > earlier.Length && kind[earlier.Length] == '.' && kind.StartsWith(earlier, StringComparison.Ordinal));
}

namespace Warta.Documents;

/// <summary>A credit line found in the article ("Foto: EFE" → EFE, photo).</summary>
public sealed record Credit(string Name, string Role);

/// <summary>An outlet the article says it took material from ("dikutip dari Sputnik").</summary>
public sealed record CitedSource(string Name, int Start, int End);

/// <summary>The dateline ("Hanoi:", "SEOUL (Reuters) -"), kept as written.</summary>
public record Dateline(string Text);

/// <summary>
/// Article-level metadata. Input metadata (JSON Lines fields, HTML meta tags) wins over what the
/// structure pass finds in the text, so readers set these first and the structure pass only fills gaps.
/// </summary>
public sealed class ArticleMetadata
{
    public string? SourceName { get; init; }
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public List<string> Authors { get; } = [];

    /// <summary>Publication instant as written by the source, already normalised to ISO 8601.</summary>
    public string? Published { get; set; }

    public Dateline? Dateline { get; set; }
    public List<Credit> Credits { get; } = [];
    public List<CitedSource> CitedSources { get; } = [];
}

/// <summary>A dateline resolved to a place through the gazetteer.</summary>
public sealed record DatelineWithPlace(string Text, PlaceRef Place) : Dateline(Text);

namespace Warta.Documents;

/// <summary>The annotation layers a stage may require or provide (Stanza's requires/provides).</summary>
[Flags]
public enum Layers
{
    None = 0,
    Text = 1 << 0,
    Language = 1 << 1,
    Tokens = 1 << 2,
    Sentences = 1 << 3,
    CitedSources = 1 << 4,
    Mentions = 1 << 5,
    EntityTypes = 1 << 6,
    Coreference = 1 << 7,
    Times = 1 << 8,
    Quotes = 1 << 9,
    Events = 1 << 10,
}

namespace Warta.Documents;

/// <summary>Coarse token class, decided once by the tokenizer so later stages never re-scan characters.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Quote,
}

/// <summary>Shape flags precomputed by the tokenizer (cheap feature lookups for NER, linking and rules).</summary>
[Flags]
public enum TokenFlags : ushort
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    HasDigit = 4,
    HasHyphen = 8,
    SentenceStart = 16,
    OpenQuote = 32,
    CloseQuote = 64,
    SpaceBefore = 128,
}

/// <summary>A token is an offset pair into <see cref="Document.Text"/>, never a string.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, TokenFlags Flags)
{
    public int Length => End - Start;
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>A sentence: its character span and the range of tokens it holds.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A half-open character range [Start, End) into the document text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;
}

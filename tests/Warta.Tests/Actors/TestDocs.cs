using Warta.Actors;
using Warta.Documents;
using Warta.Tokenization;

namespace Warta.Tests.Kb;

/// <summary>
/// Builds Documents with tokens and sentences for linker tests without the real tokenizer:
/// words are letter/digit runs with inner hyphens, apostrophes and dots ("Jong-un", "U.S."), other marks are single tokens.
/// </summary>
internal static class TestDocs
{
    public static Document Make(string text, DateOnly? published = null, string language = "id", bool real = false)
    {
        var doc = new Document(text, new ArticleMetadata()) { Language = language, PublishedDate = published };
        if (real)
        {
            new TokenizerStage().Process(doc);
            new SentenceSplitterStage().Process(doc);
            return doc;
        }
        var tokens = new List<Token>();
        int i = 0;
        bool sentenceStart = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int s = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                       || (text[i] is '-' or '\'' or '’' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                    i++;
                if (i < text.Length && text[i] == '.' && i - s <= 4 && text.AsSpan(s, i - s).Contains('.')) i++; // "U.S."
                kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
            }
            else
            {
                i++;
                kind = c is '"' or '“' or '”' or '\'' ? TokenKind.Quote : TokenKind.Punctuation;
            }
            var flags = TokenFlags.None;
            if (char.IsUpper(text[s])) flags |= TokenFlags.Capitalized;
            if (sentenceStart && kind is TokenKind.Word or TokenKind.Number) { flags |= TokenFlags.SentenceStart; sentenceStart = false; }
            tokens.Add(new Token(s, i, kind, flags));
            if (kind == TokenKind.Punctuation && c is '.' or '!' or '?') sentenceStart = true;
        }
        doc.Tokens = [.. tokens];
        var sentences = new List<Sentence>();
        int first = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            bool end = t == tokens.Count - 1 || (t + 1 < tokens.Count && (tokens[t + 1].Flags & TokenFlags.SentenceStart) != 0);
            if (!end) continue;
            sentences.Add(new Sentence(tokens[first].Start, tokens[t].End, first, t - first + 1));
            first = t + 1;
        }
        doc.Sentences = [.. sentences];
        return doc;
    }

    private static readonly MentionLinker Linker = new();

    public static Document Link(string text, DateOnly? published = null, string language = "id", bool real = false)
    {
        var doc = Make(text, published, language, real);
        Linker.Process(doc);
        return doc;
    }

    public static Mention? Find(this Document doc, string text) =>
        doc.Mentions.FirstOrDefault(m => doc.Text[m.Start..m.End] == text);

    public static string Dump(this Document doc) =>
        string.Join("; ", doc.Mentions.Select(m =>
            $"[{doc.Text[m.Start..m.End]}] {m.Type} {m.Actor?.Code ?? "-"} {m.Place?.Country ?? "-"}/{m.Place?.Kind ?? "-"} {m.EntityId}"));

    /// <summary>/work/shared, found via WARTA_SHARED or by walking up from the test binaries.</summary>
    public static string SharedDir() => SharedData.Root;
}

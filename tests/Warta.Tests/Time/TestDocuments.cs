using Warta.Documents;
using Warta.Tokenization;

namespace Warta.Tests.Time;

/// <summary>How a test document is tokenized: like the tokenizer, at every punctuation mark, or by the tokenizer itself.</summary>
internal enum Split
{
    Coarse,
    Fine,
    Real,
}

/// <summary>
/// Builds documents for stage tests without the real tokenizer: a small splitter that either follows the
/// tokenizer's conventions (coarse: "21/6/2024", "Jong-un", "Jum'at" stay one token) or splits at every
/// punctuation mark (fine), so tests can check that a stage does not depend on one tokenization; or runs the
/// real tokenizer and sentence splitter.
/// </summary>
internal static class TestDocuments
{
    public static readonly Split[] AllSplits = [Split.Coarse, Split.Fine, Split.Real];

    public static Document Make(string text, string? published = "2024-06-21", string language = "id", Split split = Split.Coarse)
    {
        var doc = new Document(text, new ArticleMetadata { Published = published })
        {
            Language = language,
            PublishedDate = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        };
        if (split == Split.Real)
        {
            new TokenizerStage().Process(doc);
            new SentenceSplitterStage().Process(doc);
        }
        else
        {
            doc.Tokens = Tokenize(text, split == Split.Fine);
            doc.Sentences = SplitSentences(text, doc.Tokens);
        }
        return doc;
    }

    public static Token[] Tokenize(string text, bool fine)
    {
        var tokens = new List<Token>();
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var flags = i > 0 && char.IsWhiteSpace(text[i - 1]) ? TokenFlags.SpaceBefore : TokenFlags.None;
            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (true)
                {
                    while (i < n && char.IsLetterOrDigit(text[i])) i++;
                    if (fine || i + 1 >= n) break;
                    char d = text[i], e = text[i + 1], p = text[i - 1];
                    bool join = (d == '-' && char.IsLetterOrDigit(e))
                        || (d is '/' or '.' or ',' or ':' && char.IsDigit(p) && char.IsDigit(e))
                        || (d is '\'' or '\u2019' && char.IsLetter(p) && char.IsLetter(e));
                    if (!join) break;
                    i++;
                }
                var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                if (char.IsUpper(c)) flags |= TokenFlags.Capitalized;
                tokens.Add(new Token(start, i, kind, flags));
                continue;
            }
            i++;
            var k = c is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' ? TokenKind.Quote
                : char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            tokens.Add(new Token(start, i, k, flags));
        }
        return [.. tokens];
    }

    /// <summary>Sentences end at '.', '!' or '?' before a space and a capital, a digit or a quote, and at line breaks.</summary>
    public static Sentence[] SplitSentences(string text, Token[] tokens)
    {
        var list = new List<Sentence>();
        int first = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            bool end = t + 1 == tokens.Length;
            if (!end)
            {
                var tok = tokens[t];
                var next = tokens[t + 1];
                bool newline = text.AsSpan(tok.End, next.Start - tok.End).Contains('\n');
                bool stop = tok.Length == 1 && text[tok.Start] is '.' or '!' or '?' && next.Start > tok.End
                    && (char.IsUpper(text[next.Start]) || char.IsDigit(text[next.Start]) || next.Kind == TokenKind.Quote);
                end = newline || stop;
            }
            if (!end) continue;
            list.Add(new Sentence(tokens[first].Start, tokens[t].End, first, t - first + 1));
            first = t + 1;
        }
        return [.. list];
    }

    /// <summary>
    /// Adds a name mention over the <paramref name="occurrence"/>-th (0-based) match of <paramref name="surface"/>
    /// and returns its index.
    /// </summary>
    public static int AddMention(Document doc, string surface, EntityType type, ActorRef? actor, int occurrence = 0)
    {
        int at = -1;
        for (int k = 0; k <= occurrence; k++)
        {
            at = doc.Text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{surface}' occurs fewer than {occurrence + 1} times.");
        }
        doc.Mentions.Add(new Mention { Start = at, End = at + surface.Length, Type = type, Actor = actor, Source = MentionSource.KnowledgeBase });
        return doc.Mentions.Count - 1;
    }

    /// <summary>The shared reference folder (/work/shared): WARTA_SHARED, else a `shared` folder beside an ancestor.</summary>
    public static string SharedDirectory() => SharedData.Root;
}

using Warta.Documents;

namespace Warta.Tokenization;

/// <summary>
/// Rule sentence splitter over tokens. A line break always ends a sentence (paragraphs are '\n').
/// A full stop, '?' or '!' ends one when what follows can start a sentence, also inside a quotation
/// (as UD does); closing quotes and brackets right after the stop stay with the sentence that ends.
/// Titles ("Dr."), initials ("J.") and numbers do not end sentences; where an abbreviation such as "dll."
/// ends one, the tokenizer has already split its period off.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Splits <paramref name="tokens"/> into sentences and marks each first token with SentenceStart.</summary>
    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        int n = tokens.Length, first = 0;
        for (int t = 0; t < n; t++)
        {
            int last = t;
            bool end;
            if (t + 1 == n || NewlineBetween(text, tokens[t].End, tokens[t + 1].Start)) end = true;
            else
            {
                var tok = tokens[t];
                var stop = StopKind(text, tok);
                if (stop == Stop.None) end = false;
                else
                {
                    // Closing quotes and brackets glued to the stop belong to this sentence.
                    int k = t + 1;
                    while (k < n && IsCloser(text, tokens[k]) && !NewlineBetween(text, tokens[k - 1].End, tokens[k].Start)) k++;
                    if (k == n || NewlineBetween(text, tokens[k - 1].End, tokens[k].Start)) end = true;
                    else if (k == t + 1 && tokens[k].Start == tok.End && tokens[k].Kind == TokenKind.Number) end = false; // "PMK.011"
                    else end = stop == Stop.Strong ? CanStart(text, tokens[k]) : CanStartStrict(text, tokens[k]);
                    if (end) last = k - 1;
                }
            }
            if (!end) continue;
            tokens[first] = tokens[first] with { Flags = tokens[first].Flags | TokenFlags.SentenceStart };
            sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
            t = last;
            first = last + 1;
        }
        return [.. sentences];
    }

    private enum Stop : byte
    {
        None,

        /// <summary>'.', '?', '!': ends a sentence unless a lower-case word or inner punctuation follows.</summary>
        Strong,

        /// <summary>Ellipsis: needs a capitalized word or an opening quote next.</summary>
        Weak,
    }

    private static Stop StopKind(string text, Token tok)
    {
        var s = tok.Of(text);
        if (tok.Kind == TokenKind.Punctuation)
        {
            if (s[0] == '\u2026' || (s.Length > 1 && s[0] == '.' && s[1] == '.')) return Stop.Weak;
            foreach (char c in s) if (c is not ('.' or '?' or '!')) return Stop.None;
            return Stop.Strong;
        }
        // A word that kept its period is an abbreviation or initial: the tokenizer already split the period
        // off where it ends a sentence ("dll" "." before a capital), so it never ends one here.
        return Stop.None;
    }

    private static bool IsCloser(string text, Token tok) =>
        (tok.Kind == TokenKind.Quote && (tok.Flags & TokenFlags.CloseQuote) != 0)
        || (tok.Kind == TokenKind.Punctuation && tok.Length == 1 && text[tok.Start] is ')' or ']' or '}');

    /// <summary>Whether a token may open a sentence after a full stop.</summary>
    private static bool CanStart(string text, Token tok)
    {
        char c = text[tok.Start];
        if (tok.Kind is TokenKind.Word) return !char.IsLower(c);
        if (tok.Kind is TokenKind.Punctuation) return c is not (',' or ';' or ':' or ')' or ']' or '}' or '.' or '?' or '!' or '%');
        if (tok.Kind is TokenKind.Quote) return (tok.Flags & TokenFlags.OpenQuote) != 0;
        return true;
    }

    /// <summary>After an ellipsis or abbreviation: only a capitalized word or an opening quote starts a sentence.</summary>
    private static bool CanStartStrict(string text, Token tok) =>
        (tok.Kind == TokenKind.Word && char.IsUpper(text[tok.Start]))
        || (tok.Kind == TokenKind.Quote && (tok.Flags & TokenFlags.OpenQuote) != 0);

    private static bool NewlineBetween(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');
}

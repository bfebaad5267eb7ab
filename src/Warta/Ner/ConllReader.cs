namespace Warta.Ner;

/// <summary>
/// One CoNLL sentence: tokens (first column) and folded, BIO-repaired gold tags (last column); Domain
/// numbers the file it came from (cross-validation folds sample every file).
/// </summary>
public sealed record ConllSentence(string[] Tokens, int[] Tags, int Domain = 0);

/// <summary>
/// Reads CoNLL-style NER files as found in the Indonesian sets: one token per line, columns separated by
/// tabs or spaces (2 columns token/label, or token/POS/label, or more), blank line between sentences,
/// CRLF or LF, labels upper or lower case, BIO or IOB1. The token is the first column and the label the
/// last; a line with one column is a token without a label (O). "-DOCSTART-" lines are skipped.
/// </summary>
public static class ConllReader
{
    public static List<ConllSentence> ReadFile(string path)
    {
        using var r = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return [.. Read(r)];
    }

    public static IEnumerable<ConllSentence> Read(TextReader reader)
    {
        var tokens = new List<string>();
        var tags = new List<int>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var s = line.AsSpan().Trim();
            if (s.IsEmpty)
            {
                if (tokens.Count > 0) yield return Flush(tokens, tags);
                continue;
            }
            int firstEnd = s.IndexOfAny(' ', '\t');
            var token = firstEnd < 0 ? s : s[..firstEnd];
            if (token.SequenceEqual("-DOCSTART-")) continue;
            int lastStart = s.LastIndexOfAny(' ', '\t');
            var label = firstEnd < 0 ? ReadOnlySpan<char>.Empty : s[(lastStart + 1)..];
            tokens.Add(token.ToString());
            tags.Add(NerTags.ParseLabel(label));
        }
        if (tokens.Count > 0) yield return Flush(tokens, tags);
    }

    private static ConllSentence Flush(List<string> tokens, List<int> tags)
    {
        var t = tags.ToArray();
        NerTags.Repair(t);
        var s = new ConllSentence([.. tokens], t);
        tokens.Clear();
        tags.Clear();
        return s;
    }
}

using System.Text;

namespace Warta.Structure;

/// <summary>
/// Body normalization: runs of spaces and tabs folded to one space, line ends kept as a single '\n' between
/// paragraphs, invisible format characters (soft hyphen, bidi marks, BOM) removed, then Unicode NFC.
/// Typographic quotes are kept (quote detection needs them).
/// Idempotent: Normalize(Normalize(x)) == Normalize(x) (folding runs before NFC, so a removed character
/// cannot leave a composable pair behind for a second pass).
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string input)
    {
        var sb = new StringBuilder(input.Length);
        bool pendingSpace = false, pendingNewline = false;
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                pendingNewline = true;
                continue;
            }
            if (IsInvisible(c)) continue;
            if (char.IsWhiteSpace(c) || c == '\u200B' || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }
            if (sb.Length > 0)
            {
                if (pendingNewline) sb.Append('\n');
                else if (pendingSpace) sb.Append(' ');
            }
            pendingSpace = pendingNewline = false;
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                sb.Append(c).Append(input[++i]);
                continue;
            }
            // A lone surrogate (broken input) would make NFC throw.
            sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        string s = sb.ToString();
        return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Soft hyphen, bidi marks and embeddings, word joiner, BOM: dropped without a trace.</summary>
    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

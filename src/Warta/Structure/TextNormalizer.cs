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
        // Written into a pooled buffer (never longer than the input) and compared at the end: the body the structure
        // pass hands over is usually normalized already, and then the input string itself is returned.
        char[] rented = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(input.Length, 1));
        var buf = rented.AsSpan();
        int n = 0;
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
            if (n > 0)
            {
                if (pendingNewline) buf[n++] = '\n';
                else if (pendingSpace) buf[n++] = ' ';
            }
            pendingSpace = pendingNewline = false;
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                buf[n++] = c;
                buf[n++] = input[++i];
                continue;
            }
            // A lone surrogate (broken input) would make NFC throw.
            buf[n++] = char.IsSurrogate(c) ? '\uFFFD' : c;
        }
        string s = buf[..n].SequenceEqual(input) ? input : new string(buf[..n]);
        System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
    }

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

using System.Text;

namespace Warta.Structure;

/// <summary>
/// Body normalization: Unicode NFC, runs of spaces and tabs folded to one space, line ends kept as a
/// single '\n' between paragraphs. Typographic quotes are kept (quote detection needs them).
/// Idempotent: Normalize(Normalize(x)) == Normalize(x).
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string input)
    {
        string s = input.IsNormalized(NormalizationForm.FormC) ? input : input.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        bool pendingSpace = false, pendingNewline = false;
        foreach (char c in s)
        {
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
            {
                pendingNewline = true;
                continue;
            }
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = true;
                continue;
            }
            if (char.IsControl(c)) { pendingSpace = true; continue; }
            if (sb.Length > 0)
            {
                if (pendingNewline) sb.Append('\n');
                else if (pendingSpace) sb.Append(' ');
            }
            pendingSpace = pendingNewline = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}

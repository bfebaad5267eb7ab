using System.Text;

namespace Warta.Bench;

/// <summary>
/// Deterministic Indonesian-like news text for benchmarks: paragraphs of sentences made of invented words,
/// names, numbers, money, dates, abbreviations, reduplications and quotations. No third-party text.
/// </summary>
public static class SyntheticNews
{
    private static readonly string[] Syllables = ["ba", "ka", "ta", "ma", "na", "ra", "sa", "pa", "la", "da", "ga", "ja", "wa", "ya", "ri", "ku", "tu", "se", "me", "ng", "an", "kan", "nya", "ter", "ber", "per"];
    private static readonly string[] Function = ["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "bahwa", "tidak", "akan", "telah", "ini", "itu", "juga", "oleh"];
    private static readonly string[] Titles = ["Dr.", "Prof.", "H.", "Jl.", "No."];
    private static readonly string[] Verbs = ["kata", "ujar", "jelas", "tambah"];

    public static string Generate(int approxChars, int seed = 12345)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(approxChars + 256);
        while (sb.Length < approxChars)
        {
            int sentences = rng.Next(2, 6);
            for (int s = 0; s < sentences; s++)
            {
                bool quote = rng.Next(5) == 0;
                if (quote) sb.Append('"');
                int words = rng.Next(8, 25);
                for (int w = 0; w < words; w++)
                {
                    if (w > 0) sb.Append(' ');
                    int kind = rng.Next(100);
                    if (kind < 35) sb.Append(Function[rng.Next(Function.Length)]);
                    else if (kind < 65) Word(sb, rng, w == 0);
                    else if (kind < 75) { Word(sb, rng, true); sb.Append(' '); Word(sb, rng, true); }
                    else if (kind < 79) { int start = sb.Length; Word(sb, rng, false); sb.Append('-').Append(sb.ToString(start, sb.Length - start)); }
                    else if (kind < 83) sb.Append(rng.Next(1, 999)).Append('.').Append(rng.Next(100, 999));
                    else if (kind < 86) sb.Append("Rp").Append(rng.Next(1, 99)).Append(',').Append(rng.Next(1, 9)).Append(" triliun");
                    else if (kind < 88) sb.Append('(').Append(rng.Next(1, 29)).Append('/').Append(rng.Next(1, 12)).Append(')');
                    else if (kind < 90) { sb.Append(Titles[rng.Next(Titles.Length)]).Append(' '); Word(sb, rng, true); }
                    else if (kind < 92) sb.Append("dkk.");
                    else if (kind < 94) sb.Append("PBB");
                    else if (kind < 96) { Word(sb, rng, false); sb.Append(','); }
                    else { sb.Append(rng.Next(1, 100)).Append(" persen"); }
                }
                if (quote)
                {
                    sb.Append(",\" ").Append(Verbs[rng.Next(Verbs.Length)]).Append(' ');
                    Word(sb, rng, true);
                }
                sb.Append(rng.Next(10) == 0 ? '?' : '.');
                if (s + 1 < sentences) sb.Append(' ');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void Word(StringBuilder sb, Random rng, bool capital)
    {
        int start = sb.Length;
        int n = rng.Next(2, 5);
        for (int i = 0; i < n; i++) sb.Append(Syllables[rng.Next(Syllables.Length)]);
        if (capital) sb[start] = char.ToUpperInvariant(sb[start]);
    }
}

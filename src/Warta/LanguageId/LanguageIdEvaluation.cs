using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Warta.LanguageId;

/// <summary>A labelled text for measuring the identifier.</summary>
public readonly record struct LabelledText(string Gold, string Text, string Name);

/// <summary>Accuracy and confusion of the identifier on one labelled set.</summary>
public sealed class LanguageIdResult
{
    public static readonly string[] Labels = ["id", "ms", "en", "und"];

    public required string Set { get; init; }
    public int Total { get; private set; }
    public int Correct { get; private set; }
    public double Microseconds { get; set; }
    public long Characters { get; private set; }
    public List<(LabelledText Item, LanguageGuess Guess)> Errors { get; } = [];

    /// <summary>Counts by (gold, predicted).</summary>
    public Dictionary<(string Gold, string Pred), int> Confusion { get; } = [];

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public void Add(LabelledText item, LanguageGuess guess)
    {
        Total++;
        Characters += item.Text.Length;
        if (guess.Language == item.Gold) Correct++;
        else Errors.Add((item, guess));
        var k = (item.Gold, guess.Language);
        Confusion[k] = Confusion.GetValueOrDefault(k) + 1;
    }

    public string Format(bool listErrors)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{Set}: accuracy {Accuracy:0.000} ({Correct}/{Total}); {Microseconds / Math.Max(1, Total):0.0} CPU µs/text, {Microseconds * 1000 / Math.Max(1, Characters):0.00} CPU µs per 1000 chars");
        sb.AppendLine("  gold\\pred      id      ms      en     und");
        foreach (var g in Labels)
        {
            if (!Confusion.Keys.Any(k => k.Gold == g)) continue;
            sb.Append(inv, $"  {g,-10}");
            foreach (var p in Labels) sb.Append(inv, $"{Confusion.GetValueOrDefault((g, p)),8}");
            sb.AppendLine();
        }
        if (listErrors)
            foreach (var (item, guess) in Errors)
            {
                string snippet = item.Text.Length > 90 ? item.Text[..90] + "…" : item.Text;
                sb.AppendLine(inv, $"  ERROR {item.Name}: gold {item.Gold}, got {guess.Language} (id {guess.ScoreId:0.0} ms {guess.ScoreMs:0.0} en {guess.ScoreEn:0.0} cov {guess.Coverage:0.00}): {snippet.ReplaceLineEndings(" ")}");
            }
        return sb.ToString();
    }
}

/// <summary>Loaders for the evaluation sets (`warta langid --eval`) and the measuring loop.</summary>
public static class LanguageIdEvaluation
{
    /// <summary>The "# text = …" sentences of a CoNLL-U file (and, with <paramref name="englishGloss"/>, its "# text_en = …").</summary>
    public static List<string> ConlluSentences(string path, bool englishGloss = false)
    {
        string prefix = englishGloss ? "# text_en = " : "# text = ";
        var list = new List<string>();
        foreach (var line in File.ReadLines(path))
            if (line.StartsWith(prefix, StringComparison.Ordinal)) list.Add(line[prefix.Length..].Trim());
        return list;
    }

    /// <summary>Consecutive sentences joined into paragraphs of <paramref name="size"/> (the last may be shorter).</summary>
    public static List<string> Paragraphs(IReadOnlyList<string> sentences, int size)
    {
        var list = new List<string>();
        for (int i = 0; i < sentences.Count; i += size)
            list.Add(string.Join(" ", sentences.Skip(i).Take(size)));
        return list;
    }

    /// <summary>Articles as JSON files with "language" and "text" (the gold language is the file's own field).</summary>
    public static List<LabelledText> Articles(string dir)
    {
        var list = new List<LabelledText>();
        foreach (var f in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(f));
            var r = doc.RootElement;
            if (r.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String &&
                r.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                list.Add(new LabelledText(l.GetString()!, t.GetString()!, Path.GetFileName(f)));
        }
        return list;
    }

    /// <summary>Held-out short texts: files named after their language (id.txt, ms.txt, en.txt, und.txt), one text a line, '#' comments.</summary>
    public static List<LabelledText> HeldOut(string dir)
    {
        var list = new List<LabelledText>();
        foreach (var f in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            string lang = Path.GetFileNameWithoutExtension(f);
            int n = 0;
            foreach (var line in File.ReadLines(f))
            {
                n++;
                if (line.Length == 0 || line.StartsWith('#')) continue;
                list.Add(new LabelledText(lang, line, $"{Path.GetFileName(f)}:{n}"));
            }
        }
        return list;
    }

    public static LanguageIdResult Measure(string set, LanguageIdentifier identifier, IReadOnlyList<LabelledText> items, int timingRounds = 20)
    {
        var result = new LanguageIdResult { Set = set };
        foreach (var item in items) result.Add(item, identifier.Identify(item.Text));
        // Timing: warm, then repeat the whole set so short sets still give a stable per-text figure.
        if (timingRounds <= 0) return result;
        // Processor time of this process rather than wall time: the figure stays meaningful on a loaded machine.
        using var self = Process.GetCurrentProcess();
        var cpu0 = self.TotalProcessorTime;
        for (int r = 0; r < timingRounds; r++)
            foreach (var item in items) identifier.Identify(item.Text);
        self.Refresh();
        result.Microseconds = (self.TotalProcessorTime - cpu0).TotalMicroseconds / timingRounds;
        return result;
    }
}

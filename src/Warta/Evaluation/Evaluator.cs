namespace Warta.Evaluation;

/// <summary>Pairs gold files with article records and scores every pair.</summary>
public static class Evaluator
{
    /// <summary>
    /// Reads the gold file(s): one file, or every *.json in a folder (recursively, in ordinal order).
    /// Throws <see cref="IOException"/> (missing path) or a parse exception naming the file.
    /// </summary>
    public static List<GoldArticle> LoadGold(string path)
    {
        IEnumerable<string> files;
        if (Directory.Exists(path))
            files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        else if (File.Exists(path))
            files = [path];
        else
            throw new FileNotFoundException($"gold file or folder not found: {path}", path);
        var list = new List<GoldArticle>();
        foreach (var f in files)
        {
            try
            {
                list.Add(GoldArticle.Parse(File.ReadAllText(f), Path.GetFileName(f)));
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or FormatException)
            {
                throw new InvalidDataException($"{f}: not a valid gold file: {e.Message}", e);
            }
        }
        if (list.Count == 0) throw new InvalidDataException($"{path}: no gold files (*.json)");
        return list;
    }

    public static List<PredictedArticle> LoadPredictions(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"prediction file not found: {path}", path);
        try
        {
            return PredictedArticle.ReadAll(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException)
        {
            throw new InvalidDataException($"{path}: not valid article records: {e.Message}", e);
        }
    }

    /// <summary>The record's input file name equals the gold article, or its path ends with it ("seed/a.txt").</summary>
    internal static bool NamesInput(PredictedArticle record, string article)
    {
        if (string.Equals(record.InputFileName, article, StringComparison.Ordinal)) return true;
        if (record.Input is null || !article.Contains('/')) return false;
        string input = record.Input.Replace('\\', '/');
        return input.EndsWith("/" + article, StringComparison.Ordinal) || input == article;
    }

    /// <summary>
    /// Pairs each gold file with the record whose input file name equals the gold "article" (a JSON Lines
    /// record's input is "path:line", so its name is "file.jsonl:line"). With exactly one gold file and one
    /// record, they are paired whatever their names. A gold file without a record is scored against an
    /// empty record, so missing output lowers recall instead of vanishing.
    /// </summary>
    public static EvalReport Evaluate(IReadOnlyList<GoldArticle> gold, IReadOnlyList<PredictedArticle> records)
    {
        var report = new EvalReport();
        var used = new bool[records.Count];
        foreach (var g in gold)
        {
            int idx = -1;
            for (int i = 0; i < records.Count; i++)
            {
                if (used[i]) continue;
                if (NamesInput(records[i], g.Article)) { idx = i; break; }
            }
            if (idx < 0 && gold.Count == 1 && records.Count == 1) idx = 0;
            if (idx >= 0) used[idx] = true;
            report.Articles.Add(ArticleScorer.Score(g, idx >= 0 ? records[idx] : null));
        }
        for (int i = 0; i < records.Count; i++)
            if (!used[i]) report.UnpairedRecords.Add(records[i].Input ?? $"record #{i + 1} (no input)");
        return report;
    }
}

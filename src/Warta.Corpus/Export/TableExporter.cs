using Parquet.Serialization;

namespace Warta.Corpus.Export;

/// <summary>CSV (RFC 4180) and Parquet exports: one row per event record, duplicates flagged.</summary>
public static class TableExporter
{
    public static int WriteCsv(IEnumerable<EventRow> rows, TextWriter w)
    {
        WriteCsvLine(w, FlatEvent.Header);
        int n = 0;
        foreach (var r in rows)
        {
            WriteCsvLine(w, FlatEvent.From(r).Values());
            n++;
        }
        return n;
    }

    public static void WriteCsvLine(TextWriter w, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) w.Write(',');
            string s = fields[i] ?? "";
            if (s.AsSpan().IndexOfAny(",\"\r\n") >= 0) w.Write("\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            else w.Write(s);
        }
        w.Write("\r\n");
    }

    public static async Task<int> WriteParquetAsync(IEnumerable<EventRow> rows, Stream stream, CancellationToken cancel = default)
    {
        var flat = rows.Select(FlatEvent.From).ToList();
        await ParquetSerializer.SerializeAsync(flat, stream, cancellationToken: cancel).ConfigureAwait(false);
        return flat.Count;
    }
}

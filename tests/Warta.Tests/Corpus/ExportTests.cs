using System.Text;
using System.Text.Json;
using Parquet.Serialization;
using Warta.Corpus;
using Warta.Corpus.Export;
using static Warta.Tests.Corpus.CorpusFixtures;

namespace Warta.Tests.Corpus;

public sealed class ExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-export-").FullName;
    private readonly SqliteCorpusStore _store;

    public ExportTests()
    {
        _store = new SqliteCorpusStore(Path.Combine(_dir, "e.db"));
        var copy = Doc("https://mirror.example.net/cannon", "en", "2023-08-07", "Mirror Daily", EnFiller + " Coast guard vessels shadowed the supply boats. Reporting by wire staff.",
            new Ev([China], [Philippines], "175", 4, -9.0, new DateOnly(2023, 8, 5), "Chinese coast guard ships fired water cannon at a Philippine supply boat."));
        var asean = Doc("https://news.example.com/asean", "en", "2024-07-26", "Example Wire", "Ministers met\tin Vientiane.\nThey issued a communique.",
            new Ev([Asean], [new("Myanmar", "MMRMIL", "MMR", "MIL", null)], "122", 3, -4.0, new DateOnly(2024, 7, 26), "ASEAN ministers condemned\tthe violence, saying \"stop\"."));
        _store.AddBatch([Stored(TreatyId()), Stored(TreatyEn()), Stored(WaterCannon2023()), Stored(WaterCannon2024()), Stored(ClaimDenied()), Stored(copy), Stored(asean)]);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, true);
    }

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Gdelt_events_have_61_columns_on_every_row_and_one_row_per_real_world_event()
    {
        Assert.Equal(61, GdeltExporter.EventColumns.Length);
        Assert.Equal(GdeltExporter.EventColumns.Length, GdeltExporter.EventColumns.Distinct().Count());
        var w = new StringWriter();
        int n = GdeltExporter.WriteEvents(_store.AllEvents(), w);
        var rows = Lines(w.ToString()).Select(l => l.Split('\t')).ToList();
        // 8 event records: the signing twice (one cluster), the visit, two cannon incidents (+ a syndicated copy), the claim, ASEAN → 6 events.
        Assert.Equal(6, n);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        int Col(string name) => Array.IndexOf(GdeltExporter.EventColumns, name);
        var signing = Assert.Single(rows, r => r[Col("EventCode")] == "057");
        Assert.Equal(("20240619", "202406", "2024"), (signing[Col("Day")], signing[Col("MonthYear")], signing[Col("Year")]));
        Assert.Equal("2024.5452", signing[Col("FractionDate")]);   // GDELT: year + (month * 30 + day) / 365
        Assert.Equal(("2", "2", "2"), (signing[Col("NumMentions")], signing[Col("NumSources")], signing[Col("NumArticles")]));
        Assert.Equal(("RUSGOV", "VLADIMIR PUTIN", "RUS", "GOV"), (signing[Col("Actor1Code")], signing[Col("Actor1Name")], signing[Col("Actor1CountryCode")], signing[Col("Actor1Type1Code")]));
        Assert.Equal(("05", "057", "1", "8.0"), (signing[Col("EventRootCode")], signing[Col("EventBaseCode")], signing[Col("QuadClass")], signing[Col("GoldsteinScale")]));
        Assert.Equal("", signing[Col("AvgTone")]);
        Assert.Equal(14, signing[Col("DATEADDED")].Length);
        var cannon2023 = Assert.Single(rows, r => r[Col("Day")] == "20230805");
        Assert.Equal("https://news.example.com/cannon", cannon2023[Col("SOURCEURL")]);
        Assert.Equal("2", cannon2023[Col("NumArticles")]);
        var asean = Assert.Single(rows, r => r[Col("EventCode")] == "122");
        Assert.Equal(("IGOSEAASN", "", "IGO", "ASN"), (asean[Col("Actor1Code")], asean[Col("Actor1CountryCode")], asean[Col("Actor1Type1Code")], asean[Col("Actor1KnownGroupCode")]));
        Assert.Equal(("MMR", "MIL"), (asean[Col("Actor2CountryCode")], asean[Col("Actor2Type1Code")]));
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
    }

    [Fact]
    public void Gdelt_mentions_have_16_columns_and_one_row_per_article_coding()
    {
        var w = new StringWriter();
        GdeltExporter.WriteMentions(_store.AllEvents(), w, header: true);
        var rows = Lines(w.ToString()).Select(l => l.Split('\t')).ToList();
        Assert.Equal(GdeltExporter.MentionColumns, rows[0]);
        Assert.Equal(16, rows[0].Length);
        Assert.Equal(8, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(16, r.Length));
        var idRow = Assert.Single(rows, r => r[5] == "https://berita.example.id/pakta" && r[6] == "1");
        Assert.Equal("srclc:ind;eng:warta", idRow[14]);
        Assert.Equal("20240619134000", idRow[2]);    // 20:40 +07:00 in UTC
        Assert.Equal("80", idRow[11]);
    }

    [Fact]
    public void Plover_jsonl_records_carry_the_manual_fields()
    {
        using var ms = new MemoryStream();
        int n = PloverExporter.Write(_store.AllEvents(), ms);
        var lines = Lines(Encoding.UTF8.GetString(ms.ToArray()));
        Assert.Equal(8, n);
        Assert.Equal(8, lines.Length);
        foreach (var l in lines)
        {
            using var d = JsonDocument.Parse(l);
            var r = d.RootElement;
            foreach (var f in new[] { "id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "event_scale", "event_text", "link", "text_info", "cite_info", "coder" })
                Assert.True(r.TryGetProperty(f, out _), $"missing {f} in {l}");
        }
        using var first = JsonDocument.Parse(lines.First(l => l.Contains("\"057\"", StringComparison.Ordinal)));
        var root = first.RootElement;
        Assert.Equal("AGREE", root.GetProperty("event")[0].GetString());
        Assert.Equal("RUS", root.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("GOV", root.GetProperty("actor")[0].GetProperty("sector").GetString());
        Assert.Equal(1, root.GetProperty("quad_code").GetInt32());
    }

    private static List<string[]> ParseCsv(string s)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < s.Length && s[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else cell.Append(c);
        }
        return rows;
    }

    [Fact]
    public void Csv_reads_back_with_every_row_as_wide_as_the_header()
    {
        var w = new StringWriter();
        Assert.Equal(8, TableExporter.WriteCsv(_store.AllEvents(), w));
        var rows = ParseCsv(w.ToString());
        Assert.Equal(FlatEvent.Header, rows[0]);
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal(FlatEvent.Header.Length, r.Length));
        int ev = Array.IndexOf(FlatEvent.Header, "evidence");
        Assert.Contains(rows, r => r[ev] == "ASEAN ministers condemned\tthe violence, saying \"stop\".");
    }

    [Fact]
    public async Task Parquet_reads_back_with_parquet_net()
    {
        string path = Path.Combine(_dir, "events.parquet");
        await using (var f = File.Create(path)) Assert.Equal(8, await TableExporter.WriteParquetAsync(_store.AllEvents(), f));
        var result = await ParquetSerializer.DeserializeAsync<FlatEvent>(path);
        Assert.Equal(FlatEvent.Header, result.Schema.GetDataFields().Select(f => f.Name));
        var back = result.Data;
        Assert.Equal(8, back.Count);
        var signing = back.Where(r => r.Cameo == "057").ToList();
        Assert.Equal(2, signing.Count);
        Assert.Single(signing.Select(r => r.ClusterId).Distinct());
        Assert.Contains(signing, r => r.SourceKeys == "RUS;PRK" && r.Language == "id" && r.Evidence.StartsWith("Putin dan Kim", StringComparison.Ordinal));
        Assert.Single(back, r => r.Duplicate);
        Assert.All(back, r => Assert.False(string.IsNullOrEmpty(r.RecordId)));
    }
}

using System.Diagnostics;
using System.Text.Json;
using Warta.Cli.Commands;
using Warta.Corpus;
using Warta.Documents;
using static Warta.Tests.Corpus.CorpusFixtures;

namespace Warta.Tests.Corpus;

/// <summary>The corpus commands as a user runs them: the built CLI in a child process, output parsed back.</summary>
public sealed class CorpusCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-cli-").FullName;
    private readonly string _db;

    public CorpusCliTests()
    {
        _db = Path.Combine(_dir, "q.db");
        var treaty = TreatyId();
        int start = treaty.Text.IndexOf(IdFiller, StringComparison.Ordinal);
        treaty.Quotes.Add(new Quote(start, start + IdFiller.Length, false, new Speaker("Vladimir Putin", Putin, 0, 5), "kata", []));
        using var s = new SqliteCorpusStore(_db);
        s.AddBatch([Stored(treaty), Stored(TreatyEn()), Stored(WaterCannon2023()), Stored(WaterCannon2024()), Stored(ClaimDenied())]);
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Rc, string Out, string Err) Cli(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Warta.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        string o = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, o, err.Result);
    }

    [Fact]
    public void Events_dyad_quotes_claims_search_and_stats_answer_from_the_corpus()
    {
        var ev = Cli("events", "--db", _db, "--source", "RUS", "--target", "PRK", "--from", "2024-06-01", "--to", "2024-06-30", "--cameo", "05", "--format", "jsonl");
        Assert.Equal(0, ev.Rc);
        var line = Assert.Single(ev.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using (var d = JsonDocument.Parse(line))
        {
            Assert.Equal("057", d.RootElement.GetProperty("cameo").GetString());
            Assert.Equal("2", d.RootElement.GetProperty("articles").GetString());
        }

        var dyad = Cli("dyad", "RUS", "PRK", "--by", "week", "--db", _db, "--format", "csv");
        Assert.Equal(0, dyad.Rc);
        Assert.Equal(["period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum", "2024-W25,2,2,0,0,0,9.9"],
            dyad.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var quotes = Cli("quotes", "--speaker", "Vladimir Putin", "--db", _db);
        Assert.Equal(0, quotes.Rc);
        Assert.Contains("Kedua pemimpin bertemu", quotes.Out, StringComparison.Ordinal);

        var claims = Cli("claims", "--denied-by", "RUS", "--db", _db, "--format", "jsonl");
        using (var d = JsonDocument.Parse(Assert.Single(claims.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries))))
        {
            Assert.Equal("USA", d.RootElement.GetProperty("claimed_by").GetString());
            Assert.Equal("RUS", d.RootElement.GetProperty("denied_by").GetString());
        }
        Assert.Empty(Cli("claims", "--denied-by", "CHN", "--db", _db, "--format", "jsonl").Out.Trim());

        var search = Cli("search", "pakta", "--db", _db);
        Assert.Contains("https://berita.example.id/pakta", search.Out, StringComparison.Ordinal);

        var stats = Cli("stats", "--db", _db, "--format", "csv");
        Assert.Contains("events,5\r\n", stats.Out, StringComparison.Ordinal);
        Assert.Contains("articles,5\r\n", stats.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_gdelt_rows_of_61_columns_and_bad_usage_exits_2()
    {
        var gdelt = Cli("export", "--format", "gdelt-events", "--db", _db);
        Assert.Equal(0, gdelt.Rc);
        var rows = gdelt.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, rows.Length);
        Assert.All(rows, r => Assert.Equal(61, r.Split('\t').Length));
        Assert.Equal(2, Cli("export", "--format", "parquet", "--db", _db).Rc);
        Assert.Equal(2, Cli("events", "--from", "June", "--db", _db).Rc);
        Assert.Equal(2, Cli("stats", "--db", Path.Combine(_dir, "missing.db")).Rc);
        string bad = Path.Combine(_dir, "bad.db");
        File.WriteAllText(bad, "this is not a database, it is a sentence long enough to fill a header page of sqlite");
        var broken = Cli("stats", "--db", bad);
        Assert.Equal(3, broken.Rc);
        Assert.Contains("not a database", broken.Err, StringComparison.Ordinal);
        Assert.Equal(3, IngestCommand.Run([Path.Combine(_dir, "none.txt")], bad, 200, 1, TextWriter.Null));
    }

    [Fact]
    public void Ingest_names_an_unreadable_input_on_stderr_and_exits_1()
    {
        var log = new StringWriter();
        string missing = Path.Combine(_dir, "no-such-article.txt");
        int rc = IngestCommand.Run([missing], Path.Combine(_dir, "i.db"), 200, 2, log);
        Assert.Equal(1, rc);
        Assert.Contains("no-such-article.txt", log.ToString(), StringComparison.Ordinal);
    }
}

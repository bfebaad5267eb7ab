using Microsoft.Data.Sqlite;
using Warta.Cli.Commands;

namespace Warta.Tests.Corpus;

/// <summary>
/// Acceptance checks that need the event stages: the Putin–Kim signing reported by 002 (Indonesian) and
/// 028 (English, AFP copy) is one cluster; the 2023 water-cannon incident (031) clusters with no 2024 event.
/// On a branch whose default pipeline has no event stage yet, they check what is real there (no events are
/// stored) — checked with the event stages merged in on 2026-11-25: both pass.
/// </summary>
public sealed class CorpusEventClusterAcceptanceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-clusters-").FullName;
    private readonly string _db;

    public CorpusEventClusterAcceptanceTests()
    {
        _db = Path.Combine(_dir, "e.db");
        Assert.Equal(0, IngestCommand.Run(CorpusAcceptanceTests.Inputs(), _db, 200, 2, TextWriter.Null));
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private static bool PipelineCodesEvents =>
        WartaEngine.CreateDefault().Pipeline.Stages.Any(s => s.Provides.HasFlag(Warta.Documents.Layers.Events));

    private List<(long Cluster, string Root, string Keys, string? Date)> EventsOf(string file)
    {
        using var c = new SqliteConnection($"Data Source={_db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT e.cluster, e.root, (SELECT group_concat(DISTINCT key) FROM event_actors x WHERE x.event = e.pk AND x.role IN ('source', 'target')), e.date
            FROM events e JOIN articles a ON a.pk = e.article WHERE a.input LIKE '%' || $f
            """;
        cmd.Parameters.AddWithValue("$f", file);
        using var r = cmd.ExecuteReader();
        var rows = new List<(long, string, string, string?)>();
        while (r.Read()) rows.Add((r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? "" : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
        return rows;
    }

    private static bool IsRusPrkCooperation((long Cluster, string Root, string Keys, string? Date) e) =>
        e.Root is "03" or "04" or "05" or "06" && e.Keys.Split(',').Contains("RUS") && e.Keys.Split(',').Contains("PRK");

    [Fact]
    public void Articles_002_and_028_put_the_RUS_PRK_agreement_in_one_cluster()
    {
        if (!PipelineCodesEvents)
        {
            Assert.Empty(EventsOf("002.json"));
            Assert.Empty(EventsOf("028.json"));
            return;
        }
        var a = EventsOf("002.json").Where(IsRusPrkCooperation).Select(e => e.Cluster).ToHashSet();
        var b = EventsOf("028.json").Where(IsRusPrkCooperation).Select(e => e.Cluster).ToHashSet();
        Assert.NotEmpty(a);
        Assert.NotEmpty(b);
        Assert.True(a.Overlaps(b), $"002 clusters {string.Join(",", a)}, 028 clusters {string.Join(",", b)}");
    }

    [Fact]
    public void The_2023_water_cannon_article_shares_no_cluster_with_a_2024_event()
    {
        var clusters = EventsOf("031.json").Select(e => e.Cluster).ToHashSet();
        if (!PipelineCodesEvents)
        {
            Assert.Empty(clusters);
            return;
        }
        Assert.NotEmpty(clusters);
        using var c = new SqliteConnection($"Data Source={_db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM events WHERE cluster IN ({string.Join(",", clusters)}) AND date LIKE '2024%'";
        Assert.Equal(0L, (long)cmd.ExecuteScalar()!);
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Warta.Corpus;

/// <summary>The browsing queries (<see cref="ICorpusBrowser"/>): additive, on the same reader connection.</summary>
public sealed partial class SqliteCorpusStore : ICorpusBrowser
{
    private const string ActorMatch = "(x.key = {0} OR x.code = {0})";

    public IReadOnlyList<EventRow> EventPage(EventFilter f)
    {
        var where = new List<string>();
        var args = new List<(string, object)>();
        void Role(string role, string? value, string name)
        {
            if (value is null) return;
            where.Add($"EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.pk AND x.role = '{role}' AND {string.Format(CultureInfo.InvariantCulture, ActorMatch, name)})");
            args.Add((name, value));
        }
        Role("source", f.Source, "$src");
        Role("target", f.Target, "$tgt");
        Role("claimed_by", f.ClaimedBy, "$cb");
        Role("denied_by", f.DeniedBy, "$db");
        if (f.Actor is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.pk AND x.role IN ('source', 'target') AND (x.key = $act OR x.code = $act))");
            args.Add(("$act", f.Actor));
        }
        if (f.Cameo is not null) { where.Add("e.cameo LIKE $cameo"); args.Add(("$cameo", f.Cameo + "%")); }
        if (f.Quad is { } q) { where.Add("e.quad = $quad"); args.Add(("$quad", q)); }
        if (f.From is { } from) { where.Add("e.day >= $from"); args.Add(("$from", from.DayNumber)); }
        if (f.To is { } to) { where.Add("e.day <= $to"); args.Add(("$to", to.DayNumber)); }
        if (f.Claimed is { } c) where.Add(c ? "e.claimed = 1" : "e.claimed = 0");
        if (f.ClaimsOrDenials)
            where.Add("(e.claimed = 1 OR EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.pk AND x.role = 'denied_by'))");
        if (f.Language is not null) { where.Add("a.language = $lang"); args.Add(("$lang", f.Language)); }
        if (f.Outlet is not null) { where.Add("(a.outlet = $outlet COLLATE NOCASE OR a.source_key = $outlet COLLATE NOCASE)"); args.Add(("$outlet", f.Outlet)); }
        if (f.ArticleId is not null) { where.Add("a.id = $aid"); args.Add(("$aid", f.ArticleId)); }
        string filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);

        // Undated events sort last (day -1); the cursor is the (day, pk) of the previous page's last row.
        string after = "";
        if (f.After is { } cur)
        {
            after = " AND (coalesce(e.day, -1) < $cday OR (coalesce(e.day, -1) = $cday AND e.pk < $cpk))";
            args.Add(("$cday", cur.Day));
            args.Add(("$cpk", cur.Pk));
        }
        args.Add(("$limit", f.Limit));
        if (f.OnePerCluster && f.Candidates != 0)
        {
            // Fast path: rank only the clusters of the newest N matching records. Exact when those records are all
            // there are, or when every row served is itself among them (any other cluster's records, and so its
            // representative, sort after all of them); otherwise rank every cluster below.
            int n = f.Candidates ?? Math.Max(64, 4 * f.Limit);
            string andFilter = where.Count == 0 ? "" : " AND " + string.Join(" AND ", where);
            string fast = $"""
                WITH cand AS (SELECT e.pk, e.cluster FROM events e JOIN articles a ON a.pk = e.article WHERE 1 = 1{andFilter}{after}
                              ORDER BY e.day DESC, e.pk DESC LIMIT $cand),
                m AS (SELECT e.pk, row_number() OVER (PARTITION BY e.cluster ORDER BY e.counted DESC, e.confidence DESC, e.pk) AS rn,
                             max(e.counted) OVER (PARTITION BY e.cluster) AS cc
                      FROM events e JOIN articles a ON a.pk = e.article WHERE e.cluster IN (SELECT cluster FROM cand){andFilter})
                SELECT {EventColumns}, e.pk IN (SELECT pk FROM cand), (SELECT count(*) FROM cand)
                FROM m JOIN events e ON e.pk = m.pk JOIN articles a ON a.pk = e.article JOIN clusters c ON c.pk = e.cluster
                WHERE m.rn = 1 AND m.cc = 1{after}
                ORDER BY e.day DESC, e.pk DESC LIMIT $limit
                """;
            var fastArgs = new List<(string, object)>(args) { ("$cand", n) };
            bool exact = true, exhausted = false;
            var rows = new List<EventRow>();
            lock (_readGate)
            {
                using var cmd = _reader.CreateCommand();
                cmd.CommandText = fast;
                foreach (var (name, v) in fastArgs) cmd.Parameters.AddWithValue(name, v);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    rows.Add(ReadEvent(r));
                    exact &= r.GetInt64(40) != 0;
                    exhausted = r.GetInt64(41) < n;
                }
            }
            if (exhausted || (rows.Count == f.Limit && exact) || (rows.Count == 0 && CandidateCount(andFilter + after, args, n) < n))
                return rows;
        }
        string sql = f.OnePerCluster
            ? $"""
                WITH m AS (SELECT e.pk, row_number() OVER (PARTITION BY e.cluster ORDER BY e.counted DESC, e.confidence DESC, e.pk) AS rn,
                                  max(e.counted) OVER (PARTITION BY e.cluster) AS cc
                           FROM events e JOIN articles a ON a.pk = e.article{filter})
                SELECT {EventColumns}
                FROM m JOIN events e ON e.pk = m.pk JOIN articles a ON a.pk = e.article JOIN clusters c ON c.pk = e.cluster
                WHERE m.rn = 1 AND m.cc = 1{after}
                ORDER BY coalesce(e.day, -1) DESC, e.pk DESC LIMIT $limit
                """
            : $"""
                SELECT {EventColumns}
                FROM events e JOIN articles a ON a.pk = e.article JOIN clusters c ON c.pk = e.cluster
                {(filter.Length == 0 ? " WHERE 1 = 1" : filter)}{after}
                ORDER BY coalesce(e.day, -1) DESC, e.pk DESC LIMIT $limit
                """;
        return ReadEvents(sql, args);
    }

    /// <summary>How many records match, counting no further than <paramref name="cap"/>.</summary>
    private int CandidateCount(string andFilter, List<(string, object)> args, int cap)
    {
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            cmd.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM events e JOIN articles a ON a.pk = e.article WHERE 1 = 1{andFilter} LIMIT $cap)";
            foreach (var (name, v) in args) if (cmd.CommandText.Contains(name, StringComparison.Ordinal)) cmd.Parameters.AddWithValue(name, v);
            cmd.Parameters.AddWithValue("$cap", cap);
            return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    public EventRow? EventByRecordId(string recordId)
    {
        var rows = ReadEvents($"""
            SELECT {EventColumns} FROM events e JOIN articles a ON a.pk = e.article JOIN clusters c ON c.pk = e.cluster WHERE e.record_id = $id
            """, [("$id", recordId)]);
        return rows.Count == 0 ? null : rows[0];
    }

    public IReadOnlyList<EventRow> ClusterMembers(long cluster) => ReadEvents($"""
        SELECT {EventColumns} FROM events e JOIN articles a ON a.pk = e.article JOIN clusters c ON c.pk = e.cluster
        WHERE e.cluster = $c ORDER BY e.counted DESC, e.confidence DESC, e.pk
        """, [("$c", cluster)]);

    private List<EventRow> ReadEvents(string sql, List<(string, object)> args)
    {
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
            using var r = cmd.ExecuteReader();
            var rows = new List<EventRow>();
            while (r.Read()) rows.Add(ReadEvent(r));
            return rows;
        }
    }

    public ArticleLayers? ArticleLayers(string id)
    {
        var article = Article(id);
        if (article is null) return null;
        var sentences = new List<(int, int)>();
        var mentions = new List<MentionRow>();
        var quotes = new List<QuoteSpan>();
        lock (_readGate)
        {
            using (var cmd = _reader.CreateCommand())
            {
                cmd.CommandText = "SELECT s.start, s.\"end\" FROM sentences s JOIN articles a ON a.pk = s.article WHERE a.id = $id ORDER BY s.seq";
                cmd.Parameters.AddWithValue("$id", id);
                using var r = cmd.ExecuteReader();
                while (r.Read()) sentences.Add((r.GetInt32(0), r.GetInt32(1)));
            }
            using (var cmd = _reader.CreateCommand())
            {
                cmd.CommandText = """
                    SELECT m.start, m."end", m.type, m.text, m.actor_name, m.actor_code, m.actor_key, m.actor_id, m.place_name, m.place_country
                    FROM mentions m JOIN articles a ON a.pk = m.article WHERE a.id = $id ORDER BY m.start, m."end"
                    """;
                cmd.Parameters.AddWithValue("$id", id);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    mentions.Add(new MentionRow(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8), Str(r, 9)));
            }
            using (var cmd = _reader.CreateCommand())
            {
                cmd.CommandText = """
                    SELECT q.start, q."end", q.text, q.direct, q.cue, q.via, q.speaker_name, q.speaker_code, q.speaker_key
                    FROM quotes q JOIN articles a ON a.pk = q.article WHERE a.id = $id ORDER BY q.start
                    """;
                cmd.Parameters.AddWithValue("$id", id);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    quotes.Add(new QuoteSpan(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetInt64(3) != 0, Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8)));
            }
        }
        var events = ReadEvents($"""
            SELECT {EventColumns} FROM events e JOIN articles a ON a.pk = e.article JOIN clusters c ON c.pk = e.cluster
            WHERE a.id = $id ORDER BY e.seq
            """, [("$id", id)]);
        return new ArticleLayers(article, sentences, mentions, quotes, events);
    }

    public IReadOnlyList<ActorSummary> Actors(string? query, int limit)
    {
        // Event actors and linked mentions, grouped by key; the most frequent name and code stand for the key.
        var byKey = new Dictionary<string, (Dictionary<string, int> Names, Dictionary<string, int> Codes, string? Country, HashSet<long> Events, int Mentions)>(StringComparer.Ordinal);
        string like = query is null ? "%" : "%" + query.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
        lock (_readGate)
        {
            using (var cmd = _reader.CreateCommand())
            {
                cmd.CommandText = "SELECT key, name, code, country, event FROM event_actors WHERE key LIKE $q OR code LIKE $q OR name LIKE $q";
                cmd.Parameters.AddWithValue("$q", like);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    var e = Entry(r.GetString(0), Str(r, 3));
                    Bump(e.Names, r.GetString(1));
                    Bump(e.Codes, r.GetString(2));
                    e.Events.Add(r.GetInt64(4));
                }
            }
            using (var cmd = _reader.CreateCommand())
            {
                cmd.CommandText = "SELECT actor_key, actor_name, actor_code FROM mentions WHERE actor_key IS NOT NULL AND (actor_key LIKE $q OR actor_code LIKE $q OR actor_name LIKE $q OR text LIKE $q)";
                cmd.Parameters.AddWithValue("$q", like);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    string key = r.GetString(0);
                    var e = Entry(key, null);
                    if (Str(r, 1) is { } n) Bump(e.Names, n);
                    if (Str(r, 2) is { } c) Bump(e.Codes, c);
                    byKey[key] = e with { Mentions = e.Mentions + 1 };
                }
            }
        }
        return byKey.Select(kv => new ActorSummary(kv.Key, Top(kv.Value.Codes) ?? kv.Key, Top(kv.Value.Names) ?? kv.Key, kv.Value.Country,
                kv.Value.Events.Count, kv.Value.Mentions,
                kv.Value.Names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(5).Select(n => n.Key).ToList()))
            .OrderByDescending(a => a.Events).ThenByDescending(a => a.Mentions).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Take(limit).ToList();

        (Dictionary<string, int> Names, Dictionary<string, int> Codes, string? Country, HashSet<long> Events, int Mentions) Entry(string key, string? country)
        {
            if (!byKey.TryGetValue(key, out var e))
            {
                e = (new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal), country, [], 0);
                byKey[key] = e;
            }
            else if (e.Country is null && country is not null) byKey[key] = e = e with { Country = country };
            return e;
        }
        static void Bump(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;
        static string? Top(Dictionary<string, int> d) => d.Count == 0 ? null : d.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key;
    }

    public string ActorLabel(string key)
    {
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            // Keys with a country are countries: the code is the label. Others (IGOs, groups) have few rows.
            cmd.CommandText = """
                SELECT CASE WHEN EXISTS (SELECT 1 FROM event_actors WHERE key = $k AND country IS NOT NULL) THEN $k
                            ELSE (SELECT name FROM event_actors WHERE key = $k GROUP BY name ORDER BY count(*) DESC, name LIMIT 1) END
                """;
            cmd.Parameters.AddWithValue("$k", key);
            return Scalar(cmd) ?? key;
        }

        static string? Scalar(SqliteCommand c) => c.ExecuteScalar() is string s ? s : null;
    }

    public IReadOnlyList<NetworkEdge> Network(DateOnly? from, DateOnly? to, int limit)
    {
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            // Each real-world event once per pair: distinct clusters, members from near-duplicate articles left out.
            cmd.CommandText = """
                SELECT source_key, target_key, count(*), sum(quad <= 2), sum(quad >= 3), sum(g) FROM (
                  SELECT source_key, target_key, cluster, min(quad) AS quad, avg(goldstein) AS g FROM event_dyads
                  WHERE counted = 1 AND source_key <> '' AND target_key <> '' AND (day IS NULL OR day BETWEEN $from AND $to)
                  GROUP BY source_key, target_key, cluster)
                GROUP BY source_key, target_key ORDER BY count(*) DESC, source_key, target_key LIMIT $limit
                """;
            cmd.Parameters.AddWithValue("$from", from?.DayNumber ?? int.MinValue);
            cmd.Parameters.AddWithValue("$to", to?.DayNumber ?? int.MaxValue);
            cmd.Parameters.AddWithValue("$limit", limit);
            using var r = cmd.ExecuteReader();
            var rows = new List<NetworkEdge>();
            while (r.Read())
                rows.Add(new NetworkEdge(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), Math.Round(r.GetDouble(5), 2)));
            return rows;
        }
    }

    public IReadOnlyList<TimelineDay> Timeline(string? actor, string? cameoRoot, DateOnly? from, DateOnly? to)
    {
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            // One row per counted cluster: its earliest day and the quad class of its representative coding.
            cmd.CommandText = $"""
                SELECT day, quad, count(*) FROM (
                  SELECT e.cluster, min(e.day) AS day, min(e.quad) AS quad FROM events e
                  WHERE e.counted = 1 AND e.day IS NOT NULL AND e.day BETWEEN $from AND $to
                  {(cameoRoot is null ? "" : "AND e.root = $root")}
                  {(actor is null ? "" : "AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.pk AND x.role IN ('source', 'target') AND (x.key = $act OR x.code = $act))")}
                  GROUP BY e.cluster)
                GROUP BY day, quad ORDER BY day
                """;
            cmd.Parameters.AddWithValue("$from", from?.DayNumber ?? int.MinValue);
            cmd.Parameters.AddWithValue("$to", to?.DayNumber ?? int.MaxValue);
            if (cameoRoot is not null) cmd.Parameters.AddWithValue("$root", cameoRoot);
            if (actor is not null) cmd.Parameters.AddWithValue("$act", actor);
            using var r = cmd.ExecuteReader();
            var days = new SortedDictionary<int, int[]>();
            while (r.Read())
            {
                if (!days.TryGetValue(r.GetInt32(0), out var q)) days[r.GetInt32(0)] = q = new int[5];
                int quad = r.GetInt32(1);
                if (quad is >= 1 and <= 4) q[quad] += r.GetInt32(2);
            }
            return days.Select(kv => new TimelineDay(DateOnly.FromDayNumber(kv.Key).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4])).ToList();
        }
    }

    public IReadOnlyList<PlaceCount> EventPlaces(DateOnly? from, DateOnly? to)
    {
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            cmd.CommandText = """
                SELECT place_name, place_country, place_lat, place_lon, count(*), sum(quad <= 2), sum(quad >= 3) FROM (
                  SELECT cluster, min(place_name) AS place_name, min(place_country) AS place_country, avg(place_lat) AS place_lat,
                         avg(place_lon) AS place_lon, min(quad) AS quad
                  FROM events WHERE counted = 1 AND place_lat IS NOT NULL AND place_lon IS NOT NULL
                    AND (day IS NULL OR day BETWEEN $from AND $to)
                  GROUP BY cluster, place_name)
                GROUP BY place_name, place_country ORDER BY count(*) DESC, place_name
                """;
            cmd.Parameters.AddWithValue("$from", from?.DayNumber ?? int.MinValue);
            cmd.Parameters.AddWithValue("$to", to?.DayNumber ?? int.MaxValue);
            using var r = cmd.ExecuteReader();
            var rows = new List<PlaceCount>();
            while (r.Read())
                rows.Add(new PlaceCount(r.GetString(0), Str(r, 1), Math.Round(r.GetDouble(2), 4), Math.Round(r.GetDouble(3), 4), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)));
            return rows;
        }
    }
}

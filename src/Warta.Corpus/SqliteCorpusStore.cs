using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Warta.Corpus;

/// <summary>
/// The corpus in one SQLite file (WAL mode): one writer connection guarded by a lock, a reader
/// connection for queries. Event actors are normalized rows (event_actors); event_dyads is an index
/// table of source→target key pairs per event for dyad+date queries.
/// </summary>
public sealed partial class SqliteCorpusStore : ICorpusStore
{
    private const int SchemaVersion = 1;

    /// <summary>CAMEO roots whose actors act together (consult, cooperate, agree): clustered regardless of who is source.</summary>
    private static readonly HashSet<string> SymmetricRoots = ["03", "04", "05", "06"];

    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _reader;
    private readonly Lock _gate = new();
    private readonly Lock _readGate = new();

    public SqliteCorpusStore(string path)
    {
        Path = path;
        string cs = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        _writer = new SqliteConnection(cs);
        _writer.Open();
        Exec(_writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA busy_timeout=10000;");
        CreateSchema();
        _reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        _reader.Open();
        Exec(_reader, "PRAGMA busy_timeout=10000;");
    }

    public string Path { get; }

    /// <summary>The SQLite library's version and whether it has FTS5 (checked once, at schema creation).</summary>
    public string SqliteVersion => (string)Scalar(_writer, "SELECT sqlite_version()")!;

    private void CreateSchema()
    {
        // FTS5 is compiled into the bundled e_sqlite3; fail loudly if a system library without it is picked up.
        if (Convert.ToInt64(Scalar(_writer, "SELECT sqlite_compileoption_used('ENABLE_FTS5')"), CultureInfo.InvariantCulture) != 1)
            throw new InvalidOperationException("the SQLite library has no FTS5");
        Exec(_writer, """
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS articles(
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                input TEXT, url TEXT, outlet TEXT, source_key TEXT, language TEXT, title TEXT,
                published TEXT, published_day INTEGER,
                text TEXT NOT NULL,
                minhash BLOB,
                duplicate_of INTEGER REFERENCES articles(pk),
                similarity REAL,
                ingested_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS inputs(hash TEXT PRIMARY KEY, input TEXT, article INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS article_lsh(key INTEGER NOT NULL, article INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS article_lsh_key ON article_lsh(key);
            CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2');
            CREATE TABLE IF NOT EXISTS sentences(article INTEGER NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY(article, seq)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS mentions(
                pk INTEGER PRIMARY KEY, article INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL,
                actor_name TEXT, actor_code TEXT, actor_key TEXT, actor_id TEXT, place_name TEXT, place_country TEXT);
            CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);
            CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_key);
            CREATE TABLE IF NOT EXISTS quotes(
                pk INTEGER PRIMARY KEY, article INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                direct INTEGER NOT NULL, cue TEXT, via TEXT, speaker_name TEXT COLLATE NOCASE, speaker_code TEXT, speaker_key TEXT, speaker_id TEXT);
            CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_name);
            CREATE INDEX IF NOT EXISTS quotes_speaker_key ON quotes(speaker_key);
            CREATE TABLE IF NOT EXISTS clusters(
                pk INTEGER PRIMARY KEY, dyad TEXT NOT NULL, root TEXT NOT NULL, day INTEGER, precision TEXT NOT NULL,
                num_mentions INTEGER NOT NULL DEFAULT 0, num_articles INTEGER NOT NULL DEFAULT 0, num_sources INTEGER NOT NULL DEFAULT 0,
                counted INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS clusters_key ON clusters(dyad, root, precision, day);
            CREATE TABLE IF NOT EXISTS events(
                pk INTEGER PRIMARY KEY, article INTEGER NOT NULL, seq INTEGER NOT NULL, record_id TEXT NOT NULL UNIQUE,
                cameo TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
                plover_type TEXT, plover_mode TEXT, plover_context TEXT,
                date TEXT, date_to TEXT, day INTEGER, precision TEXT NOT NULL, date_text TEXT,
                place_name TEXT, place_country TEXT, place_kind TEXT, place_geonames INTEGER, place_lat REAL, place_lon REAL,
                modality TEXT NOT NULL, sentence INTEGER NOT NULL, ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, evidence TEXT NOT NULL,
                confidence REAL NOT NULL, cluster INTEGER NOT NULL, counted INTEGER NOT NULL, claimed INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS events_cluster ON events(cluster);
            CREATE INDEX IF NOT EXISTS events_day ON events(day);
            CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo, day);
            CREATE INDEX IF NOT EXISTS events_article ON events(article);
            CREATE TABLE IF NOT EXISTS event_actors(
                event INTEGER NOT NULL, role TEXT NOT NULL, seq INTEGER NOT NULL,
                name TEXT NOT NULL, code TEXT NOT NULL, country TEXT, sector TEXT, actor_id TEXT, key TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors(event);
            CREATE INDEX IF NOT EXISTS event_actors_key ON event_actors(key, role);
            CREATE TABLE IF NOT EXISTS event_dyads(
                source_key TEXT NOT NULL, target_key TEXT NOT NULL, day INTEGER, event INTEGER NOT NULL,
                cluster INTEGER NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL, counted INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS event_dyads_st ON event_dyads(source_key, target_key, day, counted, cluster, quad, goldstein);
            CREATE INDEX IF NOT EXISTS event_dyads_t ON event_dyads(target_key, day);
            """);
        var v = Scalar(_writer, "SELECT value FROM meta WHERE key='schema'");
        if (v is null) Exec(_writer, $"INSERT INTO meta(key, value) VALUES('schema', '{SchemaVersion}')");
        else if ((string)v != SchemaVersion.ToString(CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"{Path}: corpus schema {v}, this build reads {SchemaVersion}");
    }

    // ---------------------------------------------------------------- writing

    public IReadOnlySet<string> KnownInputs(IReadOnlyCollection<string> hashes)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (hashes.Count == 0) return known;
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            cmd.CommandText = "SELECT 1 FROM inputs WHERE hash = $h";
            var p = cmd.Parameters.Add("$h", SqliteType.Text);
            foreach (var h in hashes)
            {
                p.Value = h;
                if (cmd.ExecuteScalar() is not null) known.Add(h);
            }
        }
        return known;
    }

    public BatchResult AddBatch(IReadOnlyList<StoredArticle> articles)
    {
        lock (_gate)
        {
            using var tx = _writer.BeginTransaction();
            using var w = new BatchWriter(_writer, tx);
            int added = 0, present = 0, dups = 0;
            var touched = new HashSet<long>();
            string now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            foreach (var a in articles)
            {
                long? existing = w.ArticlePk(a.Id);
                if (existing is { } pk0)
                {
                    if (a.InputHash is not null) w.AddInput(a.InputHash, a.Input, pk0);
                    present++;
                    continue;
                }
                var (dupOf, sim) = w.FindDuplicate(a.Signature);
                long pk = w.InsertArticle(a, dupOf, sim, now);
                if (dupOf is not null) dups++;
                if (a.InputHash is not null) w.AddInput(a.InputHash, a.Input, pk);
                foreach (var key in MinHash.BandKeys(a.Signature)) w.AddLsh(key, pk);
                for (int i = 0; i < a.Sentences.Count; i++) w.AddSentence(pk, i, a.Sentences[i]);
                foreach (var m in a.Mentions) w.AddMention(pk, m);
                foreach (var q in a.Quotes) w.AddQuote(pk, q);
                bool counted = dupOf is null;
                DateOnly? anchor = a.Events.Any(e => e.Date is null) ? w.InferDay(a.Events.Where(e => e.Date is null).ToList()) : null;
                foreach (var e in a.Events)
                {
                    // An undated event clusters on the inferred day but keeps no date of its own: the text never gave one.
                    long cluster = w.FindOrCreateCluster(ClusterDyad(e), e.Root, e.Date ?? anchor, e.Date is null ? "day" : e.Precision, now);
                    touched.Add(cluster);
                    long ev = w.InsertEvent(pk, a.Id, e, cluster, counted);
                    AddActors(w, ev, ActorRole.Source, e.Source);
                    AddActors(w, ev, ActorRole.Target, e.Target);
                    AddActors(w, ev, ActorRole.ClaimedBy, e.ClaimedBy);
                    AddActors(w, ev, ActorRole.DeniedBy, e.DeniedBy);
                    foreach (var (s, t) in DyadPairs(e))
                        w.AddDyad(s, t, e.Date?.DayNumber, ev, cluster, e.Quad, e.Goldstein, counted);
                }
                added++;
            }
            foreach (var c in touched) w.UpdateCluster(c);
            tx.Commit();
            return new BatchResult(added, present, dups);
        }
    }

    private static void AddActors(BatchWriter w, long ev, ActorRole role, IReadOnlyList<StoredActor> actors)
    {
        for (int i = 0; i < actors.Count; i++) w.AddActor(ev, role, i, actors[i]);
    }

    internal static string RoleName(ActorRole r) => r switch
    {
        ActorRole.Source => "source",
        ActorRole.Target => "target",
        ActorRole.ClaimedBy => "claimed_by",
        _ => "denied_by",
    };

    private static ActorRole ParseRole(string s) => s switch
    {
        "source" => ActorRole.Source,
        "target" => ActorRole.Target,
        "claimed_by" => ActorRole.ClaimedBy,
        _ => ActorRole.DeniedBy,
    };

    /// <summary>
    /// The actors part of the cluster key: source and target key sets ("RUS>PRK"); for cooperative roots
    /// the union ("PRK+RUS"), since "Putin and Kim signed" and "Russia signed with North Korea" are one event.
    /// </summary>
    internal static string ClusterDyad(StoredEvent e)
    {
        var src = e.Source.Select(a => a.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var tgt = e.Target.Select(a => a.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        if (SymmetricRoots.Contains(e.Root))
            return string.Join('+', src.Concat(tgt).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return string.Join(',', src) + ">" + string.Join(',', tgt);
    }

    /// <summary>The source→target key pairs an event is found under; a compound source of a cooperative event pairs its members.</summary>
    internal static IEnumerable<(string Source, string Target)> DyadPairs(StoredEvent e)
    {
        var src = e.Source.Select(a => a.Key).Distinct(StringComparer.Ordinal).ToArray();
        var tgt = e.Target.Select(a => a.Key).Distinct(StringComparer.Ordinal).ToArray();
        var pairs = new HashSet<(string, string)>();
        if (tgt.Length == 0 && src.Length > 1 && SymmetricRoots.Contains(e.Root))
        {
            foreach (var a in src) foreach (var b in src) if (a != b) pairs.Add((a, b));
        }
        else
        {
            foreach (var s in src.Length == 0 ? [""] : src)
                foreach (var t in tgt.Length == 0 ? [""] : tgt)
                    if (s != t) pairs.Add((s, t));
        }
        return pairs;
    }

    /// <summary>Prepared statements for one write transaction.</summary>
    private sealed class BatchWriter : IDisposable
    {
        private readonly SqliteConnection _c;
        private readonly SqliteTransaction _tx;
        private readonly Dictionary<string, SqliteCommand> _cmds = [];

        public BatchWriter(SqliteConnection c, SqliteTransaction tx)
        {
            _c = c;
            _tx = tx;
        }

        private SqliteCommand Cmd(string sql)
        {
            if (!_cmds.TryGetValue(sql, out var cmd))
            {
                cmd = _c.CreateCommand();
                cmd.Transaction = _tx;
                cmd.CommandText = sql;
                _cmds[sql] = cmd;
            }
            return cmd;
        }

        private static void Bind(SqliteCommand cmd, params object?[] values)
        {
            if (cmd.Parameters.Count == 0)
                for (int i = 0; i < values.Length; i++) cmd.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
            for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        public long? ArticlePk(string id)
        {
            var cmd = Cmd("SELECT pk FROM articles WHERE id = $p0");
            Bind(cmd, id);
            return cmd.ExecuteScalar() is long pk ? pk : null;
        }

        public void AddInput(string hash, string? input, long article)
        {
            var cmd = Cmd("INSERT OR IGNORE INTO inputs(hash, input, article) VALUES($p0, $p1, $p2)");
            Bind(cmd, hash, input, article);
            cmd.ExecuteNonQuery();
        }

        /// <summary>The earliest stored original whose signature is close enough, through the LSH bands.</summary>
        public (long? Pk, double Similarity) FindDuplicate(uint[] sig)
        {
            if (sig.Length != MinHash.Hashes) return (null, 0);
            var candidates = new SortedSet<long>();
            var cmd = Cmd("SELECT article FROM article_lsh WHERE key = $p0");
            foreach (var key in MinHash.BandKeys(sig))
            {
                Bind(cmd, key);
                using var r = cmd.ExecuteReader();
                while (r.Read()) candidates.Add(r.GetInt64(0));
            }
            if (candidates.Count == 0) return (null, 0);
            var get = Cmd("SELECT minhash, duplicate_of FROM articles WHERE pk = $p0");
            foreach (var pk in candidates)
            {
                Bind(get, pk);
                using var r = get.ExecuteReader();
                if (!r.Read() || r.IsDBNull(0)) continue;
                double sim = MinHash.Similarity(MinHash.FromBytes((byte[])r.GetValue(0)), sig);
                if (sim >= MinHash.DuplicateThreshold)
                    return (r.IsDBNull(1) ? pk : r.GetInt64(1), sim);   // link to the original, never to another copy
            }
            return (null, 0);
        }

        public long InsertArticle(StoredArticle a, long? dupOf, double sim, string now)
        {
            var cmd = Cmd("""
                INSERT INTO articles(id, input, url, outlet, source_key, language, title, published, published_day, text, minhash, duplicate_of, similarity, ingested_at)
                VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13) RETURNING pk
                """);
            Bind(cmd, a.Id, a.Input, a.Url, a.Outlet, a.SourceKey, a.Language, a.Title, a.Published, a.PublishedDate?.DayNumber, a.Text,
                a.Signature.Length > 0 ? MinHash.ToBytes(a.Signature) : null, dupOf, dupOf is null ? null : Math.Round(sim, 3), now);
            long pk = (long)cmd.ExecuteScalar()!;
            var fts = Cmd("INSERT INTO articles_fts(rowid, title, text) VALUES($p0, $p1, $p2)");
            Bind(fts, pk, a.Title ?? "", a.Text);
            fts.ExecuteNonQuery();
            return pk;
        }

        public void AddLsh(long key, long article)
        {
            var cmd = Cmd("INSERT INTO article_lsh(key, article) VALUES($p0, $p1)");
            Bind(cmd, key, article);
            cmd.ExecuteNonQuery();
        }

        public void AddSentence(long article, int seq, (int Start, int End) s)
        {
            var cmd = Cmd("INSERT INTO sentences(article, seq, start, \"end\") VALUES($p0, $p1, $p2, $p3)");
            Bind(cmd, article, seq, s.Start, s.End);
            cmd.ExecuteNonQuery();
        }

        public void AddMention(long article, StoredMention m)
        {
            var cmd = Cmd("""
                INSERT INTO mentions(article, start, "end", type, text, actor_name, actor_code, actor_key, actor_id, place_name, place_country)
                VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)
                """);
            Bind(cmd, article, m.Start, m.End, m.Type, m.Text, m.Actor?.Name, m.Actor?.Code, m.Actor?.Key, m.Actor?.Id, m.Place?.Name, m.Place?.Country);
            cmd.ExecuteNonQuery();
        }

        public void AddQuote(long article, StoredQuote q)
        {
            var cmd = Cmd("""
                INSERT INTO quotes(article, start, "end", text, direct, cue, via, speaker_name, speaker_code, speaker_key, speaker_id)
                VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)
                """);
            Bind(cmd, article, q.Start, q.End, q.Text, q.Direct ? 1 : 0, q.Cue, q.Via.Count == 0 ? null : string.Join("; ", q.Via),
                q.SpeakerName ?? q.Speaker?.Name, q.Speaker?.Code, q.Speaker?.Key, q.Speaker?.Id);
            cmd.ExecuteNonQuery();
        }

        /// <summary>
        /// Same actors (as key sets), same CAMEO root and dates within a day: the same real-world event.
        /// Coarser dates cluster only on the same month or year. Undated events stay alone unless their article was dated by <see cref="InferDay"/>.
        /// </summary>
        /// <summary>
        /// The day an undated article's events most likely happened: the day (±1) on which the most of them
        /// match a stored cluster by actors and root. At least two events must agree, and no other day as
        /// well, else nothing is inferred — one match is too weak to date an article.
        /// </summary>
        public DateOnly? InferDay(IReadOnlyList<StoredEvent> undated)
        {
            var find = Cmd("SELECT DISTINCT day FROM clusters WHERE dyad = $p0 AND root = $p1 AND precision = 'day' AND day IS NOT NULL");
            var perEvent = new List<int[]>();
            foreach (var e in undated)
            {
                Bind(find, ClusterDyad(e), e.Root);
                var days = new List<int>();
                using (var r = find.ExecuteReader())
                    while (r.Read()) days.Add(r.GetInt32(0));
                if (days.Count > 0) perEvent.Add([.. days]);
            }
            if (perEvent.Count < 2) return null;
            var scores = perEvent.SelectMany(d => d).Distinct()
                .Select(day => (Day: day, Score: perEvent.Count(ds => ds.Any(x => Math.Abs(x - day) <= 1))))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Day).ToList();
            var best = scores[0];
            if (best.Score < 2) return null;
            if (scores.Any(x => x.Score == best.Score && Math.Abs(x.Day - best.Day) > 2)) return null;
            // Among the best window's days, the one most events name exactly.
            int day = scores.Where(x => x.Score == best.Score && Math.Abs(x.Day - best.Day) <= 2)
                .OrderByDescending(x => perEvent.Count(ds => ds.Contains(x.Day))).ThenBy(x => x.Day).First().Day;
            return DateOnly.FromDayNumber(day);
        }

        public long FindOrCreateCluster(string dyad, string root, DateOnly? date, string precision, string now)
        {
            if (date is { } d)
            {
                int day = d.DayNumber, window = precision == "day" ? 1 : 0;
                var find = Cmd("""
                    SELECT pk FROM clusters WHERE dyad = $p0 AND root = $p1 AND precision = $p2 AND day BETWEEN $p3 AND $p4
                    ORDER BY abs(day - $p5), pk LIMIT 1
                    """);
                Bind(find, dyad, root, precision, day - window, day + window, day);
                if (find.ExecuteScalar() is long pk) return pk;
            }
            var ins = Cmd("INSERT INTO clusters(dyad, root, day, precision, added_at) VALUES($p0, $p1, $p2, $p3, $p4) RETURNING pk");
            Bind(ins, dyad, root, date?.DayNumber, precision, now);
            return (long)ins.ExecuteScalar()!;
        }

        public long InsertEvent(long article, string articleId, StoredEvent e, long cluster, bool counted)
        {
            var cmd = Cmd("""
                INSERT INTO events(article, seq, record_id, cameo, root, quad, goldstein, plover_type, plover_mode, plover_context,
                    date, date_to, day, precision, date_text, place_name, place_country, place_kind, place_geonames, place_lat, place_lon,
                    modality, sentence, ev_start, ev_end, evidence, confidence, cluster, counted, claimed)
                VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20,
                    $p21, $p22, $p23, $p24, $p25, $p26, $p27, $p28, $p29) RETURNING pk
                """);
            Bind(cmd, article, e.Ordinal, articleId + "#" + e.Ordinal.ToString(CultureInfo.InvariantCulture), e.Cameo, e.Root, e.Quad, e.Goldstein,
                e.PloverType, e.PloverMode, e.PloverContext.Count == 0 ? null : string.Join(',', e.PloverContext),
                e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.DateTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.Date?.DayNumber, e.Precision, e.DateText,
                e.Place?.Name, e.Place?.Country, e.Place?.Kind, e.Place?.GeoNames, e.Place?.Lat, e.Place?.Lon,
                e.Modality, e.Sentence, e.EvidenceStart, e.EvidenceEnd, e.Evidence, e.Confidence, cluster, counted ? 1 : 0,
                e.ClaimedBy.Count > 0 ? 1 : 0);
            return (long)cmd.ExecuteScalar()!;
        }

        public void AddActor(long ev, ActorRole role, int seq, StoredActor a)
        {
            var cmd = Cmd("INSERT INTO event_actors(event, role, seq, name, code, country, sector, actor_id, key) VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8)");
            Bind(cmd, ev, RoleName(role), seq, a.Name, a.Code, a.Country, a.Sector, a.Id, a.Key);
            cmd.ExecuteNonQuery();
        }

        public void AddDyad(string s, string t, int? day, long ev, long cluster, int quad, double goldstein, bool counted)
        {
            var cmd = Cmd("INSERT INTO event_dyads(source_key, target_key, day, event, cluster, quad, goldstein, counted) VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)");
            Bind(cmd, s, t, day, ev, cluster, quad, goldstein, counted ? 1 : 0);
            cmd.ExecuteNonQuery();
        }

        /// <summary>GDELT's counts: mentions (every event record), distinct articles, distinct sources (outlet or host).</summary>
        public void UpdateCluster(long cluster)
        {
            var cmd = Cmd("""
                UPDATE clusters SET
                  num_mentions = (SELECT count(*) FROM events WHERE cluster = $p0),
                  num_articles = (SELECT count(DISTINCT article) FROM events WHERE cluster = $p0),
                  num_sources = (SELECT count(DISTINCT coalesce(a.source_key, a.id)) FROM events e JOIN articles a ON a.pk = e.article WHERE e.cluster = $p0),
                  counted = (SELECT coalesce(max(counted), 0) FROM events WHERE cluster = $p0)
                WHERE pk = $p0
                """);
            Bind(cmd, cluster);
            cmd.ExecuteNonQuery();
        }

        public void Dispose()
        {
            foreach (var c in _cmds.Values) c.Dispose();
        }
    }

    // ---------------------------------------------------------------- reading

    private const string EventColumns = """
        e.pk, e.record_id, a.id, a.url, a.outlet, a.language, a.title, a.published, length(a.text), a.duplicate_of IS NOT NULL, a.ingested_at,
        e.seq, e.cameo, e.quad, e.goldstein, e.plover_type, e.plover_mode, e.plover_context, e.date, e.date_to, e.precision, e.date_text,
        e.place_name, e.place_country, e.place_kind, e.place_geonames, e.place_lat, e.place_lon,
        e.modality, e.sentence, e.ev_start, e.ev_end, e.evidence, e.confidence, e.cluster,
        c.num_mentions, c.num_sources, c.num_articles, c.added_at,
        (SELECT group_concat(x.role || char(31) || x.name || char(31) || x.code || char(31) || coalesce(x.country, '') || char(31) ||
                coalesce(x.sector, '') || char(31) || coalesce(x.actor_id, ''), char(30))
           FROM (SELECT * FROM event_actors WHERE event = e.pk ORDER BY role, seq) x)
        """;

    public IReadOnlyList<EventRow> Events(EventQuery q)
    {
        var where = new List<string>();
        var args = new List<(string, object)>();
        string from;
        if (q.SourceKey is not null || q.TargetKey is not null)
        {
            // The dyad index table narrows first; DISTINCT because an event with several actors has several pairs.
            var dw = new List<string>();
            if (q.SourceKey is not null) { dw.Add("d.source_key = $s"); args.Add(("$s", q.SourceKey)); }
            if (q.TargetKey is not null) { dw.Add("d.target_key = $t"); args.Add(("$t", q.TargetKey)); }
            if (q.From is { } f) { dw.Add("d.day >= $from"); args.Add(("$from", f.DayNumber)); }
            if (q.To is { } t) { dw.Add("d.day <= $to"); args.Add(("$to", t.DayNumber)); }
            from = $"(SELECT DISTINCT d.event FROM event_dyads d WHERE {string.Join(" AND ", dw)}) sel JOIN events e ON e.pk = sel.event";
        }
        else
        {
            from = "events e";
            if (q.From is { } f) { where.Add("e.day >= $from"); args.Add(("$from", f.DayNumber)); }
            if (q.To is { } t) { where.Add("e.day <= $to"); args.Add(("$to", t.DayNumber)); }
        }
        if (q.Cameo is { Length: > 0 } cameo)
        {
            // A prefix as a range, so events_cameo serves it ("05" → ["05", "06")).
            where.Add("e.cameo >= $clo AND e.cameo < $chi");
            args.Add(("$clo", cameo));
            args.Add(("$chi", cameo[..^1] + (char)(cameo[^1] + 1)));
        }
        if (q.ClaimedOnly || q.ClaimedBy is not null) where.Add("e.claimed = 1");
        if (q.ClaimedBy is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.pk AND x.role = 'claimed_by' AND (x.key = $cb OR x.code = $cb))");
            args.Add(("$cb", q.ClaimedBy));
        }
        if (q.DeniedBy is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.pk AND x.role = 'denied_by' AND (x.key = $db OR x.code = $db))");
            args.Add(("$db", q.DeniedBy));
        }
        string sql;
        string filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        if (q.OnePerCluster)
        {
            // The member that stands for a cluster: from an original article, then the most confident, then the first stored.
            sql = $"""
                WITH m AS (SELECT e.pk, e.cluster, e.day, row_number() OVER (PARTITION BY e.cluster ORDER BY e.counted DESC, e.confidence DESC, e.pk) AS rn,
                                  max(e.counted) OVER (PARTITION BY e.cluster) AS cc
                           FROM {from}{filter})
                SELECT {EventColumns}
                FROM m JOIN events e ON e.pk = m.pk JOIN articles a ON a.pk = e.article JOIN clusters c ON c.pk = e.cluster
                WHERE m.rn = 1 AND m.cc = 1
                ORDER BY e.day DESC, c.num_articles DESC, e.pk LIMIT $limit
                """;
        }
        else
        {
            sql = $"""
                SELECT {EventColumns}
                FROM {from} JOIN articles a ON a.pk = e.article JOIN clusters c ON c.pk = e.cluster{filter}
                ORDER BY e.day DESC, e.pk LIMIT $limit
                """;
        }
        args.Add(("$limit", q.Limit));
        return ReadEvents(sql, args);
    }

    public IEnumerable<EventRow> AllEvents()
    {
        // A separate connection: exports stream while other reads may go on.
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT {EventColumns}
            FROM events e JOIN articles a ON a.pk = e.article JOIN clusters c ON c.pk = e.cluster
            ORDER BY e.cluster, e.counted DESC, e.confidence DESC, e.pk
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return ReadEvent(r);
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static EventRow ReadEvent(SqliteDataReader r)
    {
        var roles = new List<StoredActor>[4];
        for (int i = 0; i < 4; i++) roles[i] = [];
        if (!r.IsDBNull(39))
        {
            foreach (var rec in r.GetString(39).Split('\u001e'))
            {
                var f = rec.Split('\u001f');
                roles[(int)ParseRole(f[0])].Add(new StoredActor(f[1], f[2], Nz(f[3]), Nz(f[4]), Nz(f[5])));
            }
        }
        StoredPlace? place = r.IsDBNull(22) ? null : new StoredPlace(r.GetString(22), Str(r, 23), Str(r, 24) ?? "",
            r.IsDBNull(25) ? null : r.GetInt64(25), r.IsDBNull(26) ? null : r.GetDouble(26), r.IsDBNull(27) ? null : r.GetDouble(27));
        var ev = new StoredEvent
        {
            Ordinal = r.GetInt32(11),
            Cameo = r.GetString(12),
            Quad = r.GetInt32(13),
            Goldstein = r.GetDouble(14),
            PloverType = Str(r, 15),
            PloverMode = Str(r, 16),
            PloverContext = Str(r, 17)?.Split(',') ?? [],
            Date = r.IsDBNull(18) ? null : DateOnly.ParseExact(r.GetString(18), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTo = r.IsDBNull(19) ? null : DateOnly.ParseExact(r.GetString(19), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Precision = r.GetString(20),
            DateText = Str(r, 21),
            Place = place,
            Modality = r.GetString(28),
            Sentence = r.GetInt32(29),
            EvidenceStart = r.GetInt32(30),
            EvidenceEnd = r.GetInt32(31),
            Evidence = r.GetString(32),
            Confidence = r.GetDouble(33),
            Source = roles[(int)ActorRole.Source],
            Target = roles[(int)ActorRole.Target],
            ClaimedBy = roles[(int)ActorRole.ClaimedBy],
            DeniedBy = roles[(int)ActorRole.DeniedBy],
        };
        return new EventRow
        {
            Pk = r.GetInt64(0),
            RecordId = r.GetString(1),
            ArticleId = r.GetString(2),
            Url = Str(r, 3),
            Outlet = Str(r, 4),
            Language = Str(r, 5),
            Title = Str(r, 6),
            Published = Str(r, 7),
            TextLength = r.GetInt32(8),
            FromDuplicate = r.GetInt64(9) != 0,
            IngestedAt = r.GetString(10),
            Event = ev,
            Cluster = r.GetInt64(34),
            NumMentions = r.GetInt32(35),
            NumSources = r.GetInt32(36),
            NumArticles = r.GetInt32(37),
            ClusterAddedAt = Str(r, 38),
        };
    }

    private static string? Nz(string s) => s.Length == 0 ? null : s;

    public IReadOnlyList<QuoteRow> Quotes(string? speaker, int limit)
    {
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            cmd.CommandText = $"""
                SELECT a.id, a.url, a.published, q.speaker_name, q.speaker_key, q.text, q.direct, q.cue, q.via
                FROM quotes q JOIN articles a ON a.pk = q.article
                {(speaker is null ? "WHERE q.speaker_name IS NOT NULL" : "WHERE q.speaker_name = $s OR q.speaker_key = $s OR q.speaker_code = $s")}
                ORDER BY q.speaker_name, a.published, q.article, q.start LIMIT $limit
                """;
            if (speaker is not null) cmd.Parameters.AddWithValue("$s", speaker);
            cmd.Parameters.AddWithValue("$limit", limit);
            using var r = cmd.ExecuteReader();
            var rows = new List<QuoteRow>();
            while (r.Read())
                rows.Add(new QuoteRow(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetString(5), r.GetInt64(6) != 0, Str(r, 7) ?? "", Str(r, 8)));
            return rows;
        }
    }

    public IReadOnlyList<DyadBucket> Dyad(string sourceKey, string targetKey, DyadPeriod by, DateOnly? from = null, DateOnly? to = null)
    {
        // Each real-world event counts once: distinct clusters, members from duplicate articles left out.
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            cmd.CommandText = """
                SELECT day, quad, goldstein FROM (
                  SELECT cluster, min(day) AS day, min(quad) AS quad, avg(goldstein) AS goldstein
                  FROM event_dyads
                  WHERE source_key = $s AND target_key = $t AND counted = 1 AND day IS NOT NULL AND day BETWEEN $from AND $to
                  GROUP BY cluster)
                """;
            cmd.Parameters.AddWithValue("$s", sourceKey);
            cmd.Parameters.AddWithValue("$t", targetKey);
            cmd.Parameters.AddWithValue("$from", from?.DayNumber ?? int.MinValue);
            cmd.Parameters.AddWithValue("$to", to?.DayNumber ?? int.MaxValue);
            var buckets = new SortedDictionary<string, (int N, int Q1, int Q2, int Q3, int Q4, double G)>(StringComparer.Ordinal);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                string period = PeriodOf(DateOnly.FromDayNumber(r.GetInt32(0)), by);
                buckets.TryGetValue(period, out var b);
                b.N++;
                switch (r.GetInt32(1))
                {
                    case 1: b.Q1++; break;
                    case 2: b.Q2++; break;
                    case 3: b.Q3++; break;
                    case 4: b.Q4++; break;
                }
                b.G += r.GetDouble(2);
                buckets[period] = b;
            }
            return buckets.Select(kv => new DyadBucket(kv.Key, kv.Value.N, kv.Value.Q1, kv.Value.Q2, kv.Value.Q3, kv.Value.Q4, Math.Round(kv.Value.G, 2))).ToList();
        }
    }

    /// <summary>Day "2024-06-19", ISO week "2024-W25", month "2024-06".</summary>
    public static string PeriodOf(DateOnly d, DyadPeriod by) => by switch
    {
        DyadPeriod.Day => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DyadPeriod.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}"),
    };

    public IReadOnlyList<DyadTotal> TopDyads(int limit)
    {
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            cmd.CommandText = """
                SELECT source_key, target_key, count(DISTINCT cluster) AS n, sum(g) FROM (
                  SELECT source_key, target_key, cluster, avg(goldstein) AS g FROM event_dyads
                  WHERE counted = 1 AND source_key <> '' AND target_key <> '' GROUP BY source_key, target_key, cluster)
                GROUP BY source_key, target_key ORDER BY n DESC, source_key, target_key LIMIT $limit
                """;
            cmd.Parameters.AddWithValue("$limit", limit);
            using var r = cmd.ExecuteReader();
            var rows = new List<DyadTotal>();
            while (r.Read()) rows.Add(new DyadTotal(r.GetString(0), r.GetString(1), r.GetInt32(2), Math.Round(r.GetDouble(3), 2)));
            return rows;
        }
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        lock (_readGate)
        {
            try
            {
                return RunSearch(query, limit);
            }
            catch (SqliteException)
            {
                // Not valid FTS5 syntax (a stray quote, a bare operator): search it as a phrase.
                return RunSearch("\"" + query.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", limit);
            }
        }
    }

    private List<SearchHit> RunSearch(string query, int limit)
    {
        using var cmd = _reader.CreateCommand();
        cmd.CommandText = """
            SELECT a.id, a.title, a.url, a.published, snippet(articles_fts, 1, '[', ']', '…', 12)
            FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
            WHERE articles_fts MATCH $q ORDER BY bm25(articles_fts) LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$q", query);
        cmd.Parameters.AddWithValue("$limit", limit);
        using var r = cmd.ExecuteReader();
        var rows = new List<SearchHit>();
        while (r.Read()) rows.Add(new SearchHit(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), r.GetString(4)));
        return rows;
    }

    public ArticleRow? Article(string id)
    {
        lock (_readGate)
        {
            using var cmd = _reader.CreateCommand();
            cmd.CommandText = """
                SELECT a.id, a.input, a.url, a.outlet, a.language, a.title, a.published, a.text, o.id,
                       (SELECT count(*) FROM events WHERE article = a.pk), (SELECT count(*) FROM quotes WHERE article = a.pk)
                FROM articles a LEFT JOIN articles o ON o.pk = a.duplicate_of WHERE a.id = $id
                """;
            cmd.Parameters.AddWithValue("$id", id);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            return new ArticleRow(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), r.GetString(7), Str(r, 8), r.GetInt32(9), r.GetInt32(10));
        }
    }

    public CorpusStats Stats()
    {
        lock (_readGate)
        {
            int Count(string sql) => Convert.ToInt32(Scalar(_reader, sql), CultureInfo.InvariantCulture);
            var langs = new List<(string, int)>();
            using (var cmd = _reader.CreateCommand())
            {
                cmd.CommandText = "SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1";
                using var r = cmd.ExecuteReader();
                while (r.Read()) langs.Add((r.GetString(0), r.GetInt32(1)));
            }
            return new CorpusStats
            {
                Articles = Count("SELECT count(*) FROM articles"),
                Duplicates = Count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
                Sentences = Count("SELECT count(*) FROM sentences"),
                Mentions = Count("SELECT count(*) FROM mentions"),
                Quotes = Count("SELECT count(*) FROM quotes"),
                EventMentions = Count("SELECT count(*) FROM events"),
                Events = Count("SELECT count(*) FROM clusters WHERE counted = 1"),
                MultiArticleEvents = Count("SELECT count(*) FROM clusters WHERE counted = 1 AND num_articles > 1"),
                Languages = langs,
                FirstEventDate = Scalar(_reader, "SELECT min(date) FROM events") as string,
                LastEventDate = Scalar(_reader, "SELECT max(date) FROM events") as string,
            };
        }
    }

    /// <summary>Row counts of every table, for idempotency checks.</summary>
    public IReadOnlyDictionary<string, long> TableCounts()
    {
        string[] tables = ["articles", "inputs", "article_lsh", "sentences", "mentions", "quotes", "clusters", "events", "event_actors", "event_dyads"];
        lock (_readGate)
            return tables.ToDictionary(t => t, t => (long)Scalar(_reader, $"SELECT count(*) FROM {t}")!);
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _reader.Dispose();
        // Fold the WAL back into the main file so the database is one file when the process ends.
        try { Exec(_writer, "PRAGMA wal_checkpoint(TRUNCATE);"); } catch (SqliteException) { }
        _writer.Dispose();
    }
}

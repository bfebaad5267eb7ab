using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Warta.Corpus;
using Warta.Corpus.Export;

namespace Warta.Cli.Commands;

/// <summary>
/// Corpus queries: `events`, `quotes`, `claims`, `dyad`, `search`, `stats`. Each prints an aligned table,
/// or JSON Lines / CSV with --format. Actor keys are countries when the actor has one, else CAMEO codes.
/// </summary>
public static class QueryCommands
{
    public static Option<string> DbOption() => new("--db")
    {
        Description = "The corpus database file.",
        DefaultValueFactory = _ => "warta.db",
    };

    private static Option<string> FormatOption()
    {
        var o = new Option<string>("--format", "-f") { Description = "table, jsonl or csv.", DefaultValueFactory = _ => "table" };
        o.AcceptOnlyFromAmong("table", "jsonl", "csv");
        return o;
    }

    private static Option<int> LimitOption(int dflt) => new("--limit", "-n") { Description = "At most this many rows.", DefaultValueFactory = _ => dflt };

    public static IEnumerable<Command> Create() =>
        [EventsCommand(), QuotesCommand(), ClaimsCommand(), DyadCommand(), SearchCommand(), StatsCommand()];

    /// <summary>Opens an existing corpus; a missing file is a usage error, not an empty result.</summary>
    internal static SqliteCorpusStore? Open(string db)
    {
        if (!File.Exists(db))
        {
            Console.Error.WriteLine($"warta: {db}: no such corpus (run 'warta ingest' first)");
            return null;
        }
        return new SqliteCorpusStore(db);
    }

    private static DateOnly? ParseDay(string? s, string name)
    {
        if (s is null) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new ArgumentException($"{name}: expected a date as YYYY-MM-DD, got '{s}'");
    }

    private static Command EventsCommand()
    {
        var db = DbOption();
        var source = new Option<string?>("--source") { Description = "Source actor key (country, e.g. RUS; or code for groups, e.g. IGOSEAASN)." };
        var target = new Option<string?>("--target") { Description = "Target actor key." };
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD." };
        var cameo = new Option<string?>("--cameo") { Description = "CAMEO code prefix: 05 matches 05, 051, 057." };
        var claimed = new Option<bool>("--claimed") { Description = "Only events reported as someone's claim." };
        var all = new Option<bool>("--all") { Description = "Every article's coding of each event (default: one row per real-world event)." };
        var format = FormatOption();
        var limit = LimitOption(50);
        var cmd = new Command("events", "List events by dyad, date and CAMEO code, newest first, with their evidence.")
        {
            db, source, target, from, to, cameo, claimed, all, format, limit,
        };
        cmd.SetAction(p => Guarded(() =>
        {
            var q = new EventQuery
            {
                SourceKey = p.GetValue(source),
                TargetKey = p.GetValue(target),
                From = ParseDay(p.GetValue(from), "--from"),
                To = ParseDay(p.GetValue(to), "--to"),
                Cameo = p.GetValue(cameo),
                ClaimedOnly = p.GetValue(claimed),
                OnePerCluster = !p.GetValue(all),
                Limit = p.GetValue(limit),
            };
            return RunEvents(p.GetValue(db)!, q, p.GetValue(format)!);
        }));
        return cmd;
    }

    private static Command ClaimsCommand()
    {
        var db = DbOption();
        var deniedBy = new Option<string?>("--denied-by") { Description = "Only claims denied by this actor key." };
        var claimedBy = new Option<string?>("--claimed-by") { Description = "Only claims made by this actor key." };
        var format = FormatOption();
        var limit = LimitOption(50);
        var cmd = new Command("claims", "List events reported as claims, with who claims and who denies them.") { db, deniedBy, claimedBy, format, limit };
        cmd.SetAction(p => Guarded(() => RunEvents(p.GetValue(db)!, new EventQuery
        {
            ClaimedOnly = true,
            DeniedBy = p.GetValue(deniedBy),
            ClaimedBy = p.GetValue(claimedBy),
            OnePerCluster = false,
            Limit = p.GetValue(limit),
        }, p.GetValue(format)!)));
        return cmd;
    }

    internal static int RunEvents(string db, EventQuery q, string format)
    {
        using var store = Open(db);
        if (store is null) return ExitCodes.Usage;
        var rows = store.Events(q);
        Print(format,
            ["date", "source", "target", "cameo", "quad", "goldstein", "modality", "claimed_by", "denied_by", "articles", "sources", "outlet", "record", "evidence"],
            rows.Select(r => new string?[]
            {
                r.Event.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Actors(r.Event.Source), Actors(r.Event.Target), r.Event.Cameo,
                Inv(r.Event.Quad), r.Event.Goldstein.ToString("0.0", CultureInfo.InvariantCulture), r.Event.Modality,
                Actors(r.Event.ClaimedBy), Actors(r.Event.DeniedBy), Inv(r.NumArticles), Inv(r.NumSources), r.Outlet ?? StoredArticle.UrlHost(r.Url),
                r.RecordId, r.Event.Evidence,
            }));
        return ExitCodes.Ok;
    }

    private static Command QuotesCommand()
    {
        var db = DbOption();
        var speaker = new Option<string?>("--speaker") { Description = "Speaker's name (any case) or actor key; all attributed quotes when left out." };
        var format = FormatOption();
        var limit = LimitOption(100);
        var cmd = new Command("quotes", "List quotations by speaker.") { db, speaker, format, limit };
        cmd.SetAction(p => Guarded(() =>
        {
            using var store = Open(p.GetValue(db)!);
            if (store is null) return ExitCodes.Usage;
            var rows = store.Quotes(p.GetValue(speaker), p.GetValue(limit));
            Print(p.GetValue(format)!, ["speaker", "key", "published", "direct", "cue", "via", "article", "quote"],
                rows.Select(q => new string?[] { q.Speaker, q.SpeakerKey, q.Published, q.Direct ? "yes" : "no", q.Cue, q.Via, q.ArticleId, q.Text }));
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static Command DyadCommand()
    {
        var db = DbOption();
        var a = new Argument<string>("source") { Description = "Source actor key, e.g. RUS." };
        var b = new Argument<string>("target") { Description = "Target actor key, e.g. PRK." };
        var by = new Option<string>("--by") { Description = "day, week (ISO) or month.", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD." };
        var format = FormatOption();
        var cmd = new Command("dyad", "Event counts per period and quad class, and the Goldstein sum, for source → target. Each real-world event counts once.")
        {
            db, a, b, by, from, to, format,
        };
        cmd.SetAction(p => Guarded(() =>
        {
            using var store = Open(p.GetValue(db)!);
            if (store is null) return ExitCodes.Usage;
            var period = p.GetValue(by) switch { "day" => DyadPeriod.Day, "week" => DyadPeriod.Week, _ => DyadPeriod.Month };
            var rows = store.Dyad(p.GetValue(a)!, p.GetValue(b)!, period, ParseDay(p.GetValue(from), "--from"), ParseDay(p.GetValue(to), "--to"));
            Print(p.GetValue(format)!, ["period", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "goldstein_sum"],
                rows.Select(r => new string?[] { r.Period, Inv(r.Events), Inv(r.Quad1), Inv(r.Quad2), Inv(r.Quad3), Inv(r.Quad4), r.GoldsteinSum.ToString("0.0#", CultureInfo.InvariantCulture) }));
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static Command SearchCommand()
    {
        var db = DbOption();
        var query = new Argument<string>("query") { Description = "Words to find (SQLite FTS5 syntax: phrases in quotes, AND/OR/NOT, prefix*)." };
        var format = FormatOption();
        var limit = LimitOption(20);
        var cmd = new Command("search", "Full-text search over article titles and text, best matches first.") { db, query, format, limit };
        cmd.SetAction(p => Guarded(() =>
        {
            using var store = Open(p.GetValue(db)!);
            if (store is null) return ExitCodes.Usage;
            var rows = store.Search(p.GetValue(query)!, p.GetValue(limit));
            Print(p.GetValue(format)!, ["article", "published", "title", "url", "snippet"],
                rows.Select(h => new string?[] { h.ArticleId, h.Published, h.Title, h.Url, h.Snippet }));
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static Command StatsCommand()
    {
        var db = DbOption();
        var format = FormatOption();
        var cmd = new Command("stats", "What the corpus holds: articles, near-duplicates, events, quotes, languages, date range.") { db, format };
        cmd.SetAction(p => Guarded(() =>
        {
            using var store = Open(p.GetValue(db)!);
            if (store is null) return ExitCodes.Usage;
            var s = store.Stats();
            var rows = new List<string?[]>
            {
                new[] { "articles", Inv(s.Articles) },
                new[] { "near_duplicates", Inv(s.Duplicates) },
                new[] { "sentences", Inv(s.Sentences) },
                new[] { "mentions", Inv(s.Mentions) },
                new[] { "quotes", Inv(s.Quotes) },
                new[] { "event_records", Inv(s.EventMentions) },
                new[] { "events", Inv(s.Events) },
                new[] { "events_in_several_articles", Inv(s.MultiArticleEvents) },
                new[] { "first_event_date", s.FirstEventDate },
                new[] { "last_event_date", s.LastEventDate },
            };
            foreach (var (lang, n) in s.Languages) rows.Add(["language_" + lang, Inv(n)]);
            Print(p.GetValue(format)!, ["measure", "value"], rows);
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    /// <summary>Bad option values are usage errors (exit 2), a broken database is fatal (exit 3); both named on stderr.</summary>
    internal static int Guarded(Func<int> run)
    {
        try
        {
            return run();
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"warta: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            Console.Error.WriteLine($"warta: {e.Message}");
            return ExitCodes.Fatal;
        }
    }

    internal static string Actors(IReadOnlyList<StoredActor> actors) => string.Join(",", actors.Select(a => a.Key).Distinct());

    private static string Inv(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Prints rows as an aligned table (long cells cut), JSON Lines (header names as keys) or CSV.</summary>
    internal static void Print(string format, string[] header, IEnumerable<string?[]> rows)
    {
        var stdout = Console.Out;
        switch (format)
        {
            case "jsonl":
                using (var stream = Console.OpenStandardOutput())
                {
                    var opts = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                    foreach (var r in rows)
                    {
                        using (var w = new Utf8JsonWriter(stream, opts))
                        {
                            w.WriteStartObject();
                            for (int i = 0; i < header.Length; i++)
                                if (r[i] is null) w.WriteNull(header[i]); else w.WriteString(header[i], r[i]);
                            w.WriteEndObject();
                        }
                        stream.Write("\n"u8);
                    }
                }
                break;
            case "csv":
                TableExporter.WriteCsvLine(stdout, header);
                foreach (var r in rows) TableExporter.WriteCsvLine(stdout, r);
                break;
            default:
                stdout.Write(Table(header, rows.ToList()));
                break;
        }
        stdout.Flush();
    }

    internal static string Table(string[] header, List<string?[]> rows, int maxCell = 60)
    {
        static string Cell(string? s, int max)
        {
            s = (s ?? "").Replace('\n', ' ').Replace('\t', ' ');
            return s.Length <= max ? s : s[..(max - 1)] + "…";
        }
        var widths = header.Select(h => h.Length).ToArray();
        var cells = rows.Select(r => r.Select((c, i) => Cell(c, i == r.Length - 1 ? 100 : maxCell)).ToArray()).ToList();
        foreach (var r in cells)
            for (int i = 0; i < r.Length; i++) widths[i] = Math.Max(widths[i], r[i].Length);
        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> r)
        {
            for (int i = 0; i < r.Count; i++)
            {
                if (i > 0) sb.Append("  ");
                sb.Append(i == r.Count - 1 ? r[i] : r[i].PadRight(widths[i]));
            }
            sb.Append('\n');
        }
        Line(header);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var r in cells) Line(r);
        if (rows.Count == 0) sb.Append("(no rows)\n");
        return sb.ToString();
    }
}

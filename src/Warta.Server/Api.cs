using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Warta.Corpus;
using Warta.Corpus.Export;
using Warta.Input;
using Warta.Output;

namespace Warta.Server;

/// <summary>The /v1 endpoints.</summary>
internal static class Api
{
    private static readonly string[] EventFilters = ["source", "target", "actor", "cameo", "quad", "from", "to", "claimed", "language", "outlet", "all", "cursor", "limit", "format"];

    public static void Map(WebApplication app)
    {
        var v1 = app.MapGroup("/v1").ProducesProblem(400).ProducesProblem(404);

        v1.MapGet("/stats", (HttpContext ctx, SqliteCorpusStore store) =>
        {
            _ = new QueryReader(ctx);
            var s = store.Stats();
            return TypedResults.Ok(new StatsDto(s.Articles, s.Duplicates, s.Sentences, s.Mentions, s.Quotes, s.EventMentions, s.Events, s.MultiArticleEvents,
                s.FirstEventDate, s.LastEventDate, s.Languages.ToDictionary(l => l.Language, l => l.Articles)));
        }).WithSummary("What the corpus holds.");

        v1.MapPost("/extract", Extract)
            .Accepts<ExtractRequest>("application/json").Produces(200, contentType: "application/json").ProducesProblem(413).ProducesProblem(415)
            .WithSummary("Runs the engine over one article ({text|html, url?, published?, language?, title?, outlet?}) and returns its article record (spec/article-json.md). Nothing is stored.");

        v1.MapGet("/events", (HttpContext ctx, SqliteCorpusStore store, string? source, string? target, string? actor, string? cameo, string? quad,
                string? from, string? to, string? claimed, string? language, string? outlet, string? all, string? cursor, string? limit, string? format) =>
            Events(ctx, store))
            .Produces<EventPageDto>(200, "application/json", "application/x-ndjson", "text/csv")
            .WithSummary("Events newest first, one per real-world event unless all=true. Filters: source, target, actor (either side), cameo (code prefix), quad (1-4), from, to (YYYY-MM-DD), claimed (true/false), language, outlet. Pages: limit (1-500) and cursor (next_cursor of the previous page). format=json|jsonl|csv.");

        v1.MapGet("/events/{id}", Results<Ok<EventDetailDto>, NotFound> (HttpContext ctx, SqliteCorpusStore store, string id) =>
        {
            _ = new QueryReader(ctx);
            var row = store.EventByRecordId(id) ?? throw ApiProblem.NotFound($"no event '{id}' (ids look like <article>#<n>; encode # as %23)");
            var members = store.ClusterMembers(row.Cluster).Select(Dto.Event).ToList();
            return TypedResults.Ok(new EventDetailDto(Dto.Event(row), new ClusterDetailDto(row.Cluster, row.NumArticles, row.NumSources, row.NumMentions, members)));
        }).WithSummary("One event record with its evidence and the cluster of records (other articles) that report the same real-world event.");

        v1.MapGet("/articles/{id}", (HttpContext ctx, SqliteCorpusStore store, string id) =>
        {
            _ = new QueryReader(ctx);
            var layers = store.ArticleLayers(id) ?? throw ApiProblem.NotFound($"no article '{id}'");
            return TypedResults.Ok(Dto.Article(layers));
        }).WithSummary("A stored article: text, sentences, mentions, quotes and events, and the spans to highlight (mention, quote, evidence) sorted by start.");

        v1.MapGet("/actors", (HttpContext ctx, SqliteCorpusStore store, string? q, string? limit) =>
        {
            var r = new QueryReader(ctx, "q", "limit");
            var rows = store.Actors(r.Str("q"), r.Int("limit", 50, 1, 1000));
            return TypedResults.Ok(rows.Select(a => new ActorSummaryDto(a.Key, a.Code, a.Name, a.Country, a.Events, a.Mentions, a.Names)).ToList());
        }).WithSummary("Actors whose key, code or name contains q, most events first.");

        v1.MapGet("/dyads/{a}/{b}", (HttpContext ctx, SqliteCorpusStore store, string a, string b, string? by, string? from, string? to) =>
        {
            var r = new QueryReader(ctx, "by", "from", "to");
            string period = r.OneOf("by", "month", "day", "week", "month");
            var rows = store.Dyad(a, b, period switch { "day" => DyadPeriod.Day, "week" => DyadPeriod.Week, _ => DyadPeriod.Month }, r.Date("from"), r.Date("to"));
            return TypedResults.Ok(new DyadDto(a, b, period, rows));
        }).WithSummary("Distinct events from actor key a to actor key b per day, ISO week or month, by quad class, with the Goldstein sum.");

        v1.MapGet("/quotes", (HttpContext ctx, SqliteCorpusStore store, string? speaker, string? limit) =>
        {
            var r = new QueryReader(ctx, "speaker", "limit");
            return TypedResults.Ok(store.Quotes(r.Str("speaker"), r.Int("limit", 100, 1, 1000))
                .Select(q => new QuoteRowDto(q.ArticleId, q.Url, q.Published, q.Speaker, q.SpeakerKey, q.Text, q.Direct, q.Cue, q.Via)).ToList());
        }).WithSummary("Attributed quotations; speaker matches a name (any case), actor key or code.");

        v1.MapGet("/claims", (HttpContext ctx, SqliteCorpusStore store, string? claimed_by, string? denied_by, string? limit) =>
        {
            var r = new QueryReader(ctx, "claimed_by", "denied_by", "limit");
            var rows = store.EventPage(new EventFilter
            {
                ClaimsOrDenials = true,
                ClaimedBy = r.Str("claimed_by"),
                DeniedBy = r.Str("denied_by"),
                OnePerCluster = false,
                Limit = r.Int("limit", 100, 1, 1000),
            });
            return TypedResults.Ok(rows.Select(Dto.Event).Select(e => new ClaimDto(e.Id, e.ClaimedBy, e.DeniedBy, e)).ToList());
        }).WithSummary("Events reported as someone's claim or denied by someone: who claims what, who denies it.");

        v1.MapGet("/search", (HttpContext ctx, SqliteCorpusStore store, string? q, string? limit) =>
        {
            var r = new QueryReader(ctx, "q", "limit");
            var query = r.Str("q") ?? throw ApiProblem.BadRequest(ErrorCodes.MissingParameter, "q: the words to search for are required");
            return TypedResults.Ok(store.Search(query, r.Int("limit", 20, 1, 200)).Select(h => new SearchHitDto(h.ArticleId, h.Title, h.Url, h.Published, h.Snippet)).ToList());
        }).WithSummary("Full-text search over titles and text (FTS5 syntax; anything else is searched as a phrase).");

        v1.MapGet("/network", (HttpContext ctx, SqliteCorpusStore store, string? from, string? to, string? limit) =>
        {
            var r = new QueryReader(ctx, "from", "to", "limit");
            var edges = store.Network(r.Date("from"), r.Date("to"), r.Int("limit", 200, 1, 5000));
            var nodes = edges.SelectMany(e => new[] { (e.SourceKey, e), (e.TargetKey, e) })
                .GroupBy(x => x.Item1, StringComparer.Ordinal)
                .Select(g => new NetworkNodeDto(g.Key, store.ActorLabel(g.Key), g.Sum(x => x.e.Events), g.Sum(x => x.e.Cooperation), g.Sum(x => x.e.Conflict)))
                .OrderByDescending(n => n.Events).ToList();
            return TypedResults.Ok(new NetworkDto(nodes, edges));
        }).WithSummary("Actor network: nodes are actor keys, edges source → target with distinct event counts split into cooperation (quad 1-2) and conflict (3-4).");

        v1.MapGet("/timeline", (HttpContext ctx, SqliteCorpusStore store, string? actor, string? cameo, string? from, string? to) =>
        {
            var r = new QueryReader(ctx, "actor", "cameo", "from", "to");
            string? root = r.Str("cameo");
            if (root is not null && (root.Length != 2 || !root.All(char.IsAsciiDigit)))
                throw ApiProblem.BadRequest(ErrorCodes.BadValue, $"cameo: expected a CAMEO root of two digits (01-20), got '{root}'");
            return TypedResults.Ok(new TimelineDto(store.Timeline(r.Str("actor"), root, r.Date("from"), r.Date("to"))));
        }).WithSummary("Distinct events per day by quad class, for one actor (either side) and CAMEO root when given.");

        v1.MapGet("/places", (HttpContext ctx, SqliteCorpusStore store, string? from, string? to) =>
        {
            var r = new QueryReader(ctx, "from", "to");
            return TypedResults.Ok(new PlacesDto(store.EventPlaces(r.Date("from"), r.Date("to"))));
        }).WithSummary("Where events happened: places with coordinates and their event counts.");

        v1.MapPost("/ingest", Ingest)
            .Accepts<ExtractRequest[]>("application/json", "application/x-ndjson").Produces<IngestResultDto>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(413)
            .WithSummary("Extracts and stores a batch of articles: a JSON array, {\"articles\": [...]}, or JSON Lines. Needs the API key (X-Api-Key or Authorization: Bearer) when one is set; refused without one when the server listens beyond loopback. Idempotent: stored articles are skipped.");
    }

    private static IResult Events(HttpContext ctx, SqliteCorpusStore store)
    {
        var r = new QueryReader(ctx, EventFilters);
        string format = r.OneOf("format", "json", "json", "jsonl", "csv");
        string? cameo = r.Str("cameo");
        if (cameo is not null && (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit)))
            throw ApiProblem.BadRequest(ErrorCodes.BadValue, $"cameo: expected a CAMEO code or prefix of 2-4 digits, got '{cameo}'");
        var from = r.Date("from");
        var to = r.Date("to");
        if (from is not null && to is not null && from > to)
            throw ApiProblem.BadRequest(ErrorCodes.BadDate, $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})");
        int limit = r.Int("limit", format == "json" ? 50 : 10_000, 1, format == "json" ? 500 : 100_000);
        var filter = new EventFilter
        {
            Source = r.Str("source"),
            Target = r.Str("target"),
            Actor = r.Str("actor"),
            Cameo = cameo,
            Quad = r.OptInt("quad", 1, 4),
            From = from,
            To = to,
            Claimed = r.Bool("claimed"),
            Language = r.Str("language"),
            Outlet = r.Str("outlet"),
            OnePerCluster = r.Bool("all") != true,
            After = r.Cursor("cursor"),
            Limit = limit + 1,
        };
        var rows = store.EventPage(filter);
        string? next = null;
        if (rows.Count > limit)
        {
            var last = rows[limit - 1];
            next = QueryReader.MakeCursor(last.Event.Date?.DayNumber ?? -1, last.Pk);
            rows = rows.Take(limit).ToList();
        }
        var json = ctx.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        switch (format)
        {
            case "csv":
            {
                var sw = new StringWriter();
                TableExporter.WriteCsv(rows, sw);
                if (next is not null) ctx.Response.Headers["X-Next-Cursor"] = next;
                return Results.Text(sw.ToString(), "text/csv; charset=utf-8");
            }
            case "jsonl":
            {
                var sb = new StringBuilder();
                foreach (var row in rows) sb.Append(JsonSerializer.Serialize(Dto.Event(row), json)).Append('\n');
                if (next is not null) ctx.Response.Headers["X-Next-Cursor"] = next;
                return Results.Text(sb.ToString(), "application/x-ndjson; charset=utf-8");
            }
            default:
                return TypedResults.Ok(new EventPageDto(rows.Select(Dto.Event).ToList(), next));
        }
    }

    /// <summary>The fields of an article in a request (spec/article-json.md, Input); text or html is required.</summary>
    public sealed record ExtractRequest
    {
        public string? Text { get; init; }
        public string? Html { get; init; }
        public string? Url { get; init; }
        public string? Title { get; init; }

        /// <summary>ISO 8601 date or instant; anything else is bad_date.</summary>
        public string? Published { get; init; }
        public string? Language { get; init; }
        public string? Outlet { get; init; }
    }

    private static async Task<IResult> Extract(HttpContext ctx, Lazy<WartaEngine> engine)
    {
        _ = new QueryReader(ctx);
        var body = await ReadBody(ctx, json: true);
        using var doc = ParseJson(body);
        var raw = ToArticle(doc.RootElement, "request");
        var record = engine.Value.Process(raw);
        var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            ArticleRecordWriter.Write(w, record);
        return Results.Bytes(ms.ToArray(), "application/json; charset=utf-8");
    }

    private static async Task<IResult> Ingest(HttpContext ctx, Lazy<WartaEngine> engine, SqliteCorpusStore store, ServerSettings settings)
    {
        _ = new QueryReader(ctx);
        CheckKey(ctx, settings);
        bool ndjson = ctx.Request.ContentType?.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase) == true
            || ctx.Request.ContentType?.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase) == true;
        var body = await ReadBody(ctx, json: !ndjson);
        var elements = new List<JsonElement>();
        var docs = new List<JsonDocument>();
        try
        {
            if (ndjson)
            {
                int lineNo = 0;
                foreach (var line in Encoding.UTF8.GetString(body).Split('\n'))
                {
                    lineNo++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    var d = ParseJson(Encoding.UTF8.GetBytes(line), $"line {lineNo}: ");
                    docs.Add(d);
                    elements.Add(d.RootElement);
                }
            }
            else
            {
                var d = ParseJson(body);
                docs.Add(d);
                var root = d.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("articles", out var arr)) root = arr;
                if (root.ValueKind != JsonValueKind.Array)
                    throw ApiProblem.BadRequest(ErrorCodes.InvalidArticle, "expected a JSON array of articles or {\"articles\": [...]}");
                elements.AddRange(root.EnumerateArray());
            }
            if (elements.Count == 0) throw ApiProblem.BadRequest(ErrorCodes.InvalidArticle, "the batch has no articles");
            if (elements.Count > settings.MaxBatch)
                throw new ApiProblem(413, ErrorCodes.BodyTooLarge, $"{elements.Count} articles in one batch; at most {settings.MaxBatch}");
            // The whole batch is checked before anything runs: a batch is stored entirely or not at all.
            var items = elements.Select((e, i) => InputItem.Ok(ToArticle(e, $"request[{i}]"))).ToList();
            var errors = new List<IngestErrorDto>();
            var ingestor = new CorpusIngestor(store, engine.Value.Process)
            {
                BatchSize = settings.MaxBatch,
                Error = e => { lock (errors) errors.Add(new IngestErrorDto(e.SourceName, e.Message)); },
            };
            var result = ingestor.Run(items, ctx.RequestAborted);
            return TypedResults.Ok(new IngestResultDto(elements.Count, result.Added, result.AlreadyPresent, result.Duplicates, result.Failed, errors));
        }
        finally
        {
            foreach (var d in docs) d.Dispose();
        }
    }

    private static void CheckKey(HttpContext ctx, ServerSettings settings)
    {
        if (settings.ApiKey is null)
        {
            if (!WartaServer.IsLoopbackOnly(ctx))
                throw new ApiProblem(403, ErrorCodes.IngestDisabled, "the server listens beyond loopback and has no API key: start it with --api-key to accept ingest");
            return;
        }
        string? given = ctx.Request.Headers["X-Api-Key"];
        string? auth = ctx.Request.Headers.Authorization;
        if (given is null && auth is not null && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) given = auth[7..].Trim();
        if (given is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(settings.ApiKey)))
        {
            ctx.Response.Headers.WWWAuthenticate = "Bearer";
            throw new ApiProblem(401, ErrorCodes.Unauthorized, "a valid API key is required (X-Api-Key header or Authorization: Bearer)");
        }
    }

    /// <summary>Reads the body up to the configured limit: a larger one is 413 body_too_large whatever the transfer encoding.</summary>
    private static async Task<byte[]> ReadBody(HttpContext ctx, bool json)
    {
        var settings = ctx.RequestServices.GetRequiredService<ServerSettings>();
        string? type = ctx.Request.ContentType;
        if (type is not null && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) && !type.Contains("+json", StringComparison.OrdinalIgnoreCase)
            && !(!json && (type.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase))))
            throw new ApiProblem(415, ErrorCodes.UnsupportedMediaType, $"expected application/json{(json ? "" : " or application/x-ndjson")}, got '{type}'");
        long max = settings.MaxBodyBytes;
        if (ctx.Request.ContentLength > max)
            throw new ApiProblem(413, ErrorCodes.BodyTooLarge, $"the body is {ctx.Request.ContentLength} bytes; at most {max}");
        var ms = new MemoryStream();
        var buf = new byte[81920];
        int n;
        while ((n = await ctx.Request.Body.ReadAsync(buf, ctx.RequestAborted)) > 0)
        {
            if (ms.Length + n > max) throw new ApiProblem(413, ErrorCodes.BodyTooLarge, $"the body is larger than {max} bytes");
            ms.Write(buf, 0, n);
        }
        if (ms.Length == 0) throw ApiProblem.BadRequest(ErrorCodes.InvalidJson, "the request body is empty");
        return ms.ToArray();
    }

    private static JsonDocument ParseJson(byte[] body, string where = "")
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw ApiProblem.BadRequest(ErrorCodes.InvalidJson, where + "not valid JSON: " + e.Message);
        }
    }

    /// <summary>One article object, checked: a bad "published" is bad_date, a missing text is invalid_article.</summary>
    private static RawArticle ToArticle(JsonElement e, string source)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
            && !IsIsoDate(p.GetString()!))
            throw ApiProblem.BadRequest(ErrorCodes.BadDate, $"{source}: published: expected an ISO 8601 date or instant, got '{p.GetString()}'");
        var item = JsonArticle.ToItem(e, source);
        if (item.Error is { } err) throw ApiProblem.BadRequest(ErrorCodes.InvalidArticle, err.ToString());
        return item.Article!;
    }

    private static bool IsIsoDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
        || (s.Length > 10 && s[10] == 'T' && DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Warta.Server.Tests;

/// <summary>Every /v1 endpoint in-process (WebApplicationFactory) over the shared corpus, good input and bad.</summary>
public sealed class ApiTests(ApiTests.Server server) : IClassFixture<ApiTests.Server>
{
    private readonly HttpClient _client = server.Client;

    /// <summary>One in-process server over the hand-coded corpus for the whole class.</summary>
    public sealed class Server : IDisposable
    {
        private readonly HandCodedCorpus _corpus = new();
        private readonly WebApplicationFactory<Program> _factory;

        public Server()
        {
            _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Warta:Db", _corpus.Db));
            Client = _factory.CreateClient();
        }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            _factory.Dispose();
            _corpus.Dispose();
        }
    }

    private async Task<JsonElement> Get(string url)
    {
        var r = await _client.GetAsync(url);
        string body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode} {body}");
        Assert.StartsWith("application/json", r.Content.Headers.ContentType!.ToString());
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A 4xx with a problem document carrying the expected code.</summary>
    internal static async Task AssertProblem(HttpResponseMessage r, int status, string code)
    {
        string body = await r.Content.ReadAsStringAsync();
        Assert.True((int)r.StatusCode == status, $"expected {status} {code}, got {(int)r.StatusCode}: {body}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var p = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, p.GetProperty("code").GetString());
        Assert.Equal(status, p.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(p.GetProperty("detail").GetString()));
        Assert.Equal("urn:warta:problem:" + code, p.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Stats_count_the_hand_coded_articles()
    {
        var s = await Get("/v1/stats");
        Assert.Equal(HandCoded.Articles().Count, s.GetProperty("articles").GetInt32());
        // Seven event records; the treaty is reported twice, so six distinct events.
        Assert.Equal(7, s.GetProperty("event_records").GetInt32());
        Assert.Equal(6, s.GetProperty("events").GetInt32());
        Assert.Equal(1, s.GetProperty("multi_article_events").GetInt32());
    }

    [Fact]
    public async Task Events_filter_by_field_name()
    {
        var page = await Get("/v1/events?source=RUS&target=PRK");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        // The treaty (two articles, one cluster) and the possible fuel delivery.
        Assert.Equal(2, items.Count);
        var treaty = items.Single(e => e.GetProperty("cameo").GetString() == "057");
        Assert.Equal(2, treaty.GetProperty("cluster").GetProperty("articles").GetInt32());
        Assert.Equal("2024-06-19", treaty.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("Pyongyang", treaty.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal("RUS", treaty.GetProperty("source")[0].GetProperty("key").GetString());

        Assert.Single((await Get("/v1/events?quad=4")).GetProperty("items").EnumerateArray());
        Assert.Single((await Get("/v1/events?cameo=17&claimed=true")).GetProperty("items").EnumerateArray());
        Assert.Empty((await Get("/v1/events?cameo=17&claimed=false")).GetProperty("items").EnumerateArray());
        Assert.Equal(2, (await Get("/v1/events?outlet=Fixture%20Harbour&all=true&from=2024-06-10&to=2024-06-10")).GetProperty("items").GetArrayLength());
        Assert.All((await Get("/v1/events?language=en&limit=500")).GetProperty("items").EnumerateArray(),
            e => Assert.Equal("en", e.GetProperty("article").GetProperty("language").GetString()));
        Assert.Empty((await Get("/v1/events?from=2030-01-01")).GetProperty("items").EnumerateArray());
        // all=true lists every article's coding: the treaty appears twice.
        Assert.Equal(3, (await Get("/v1/events?source=RUS&target=PRK&all=true")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Event_pages_follow_the_cursor_without_gaps_or_repeats()
    {
        var all = (await Get("/v1/events?limit=500&all=true")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        var seen = new List<string?>();
        string? cursor = null;
        int pages = 0;
        do
        {
            var page = await Get("/v1/events?all=true&limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
            cursor = page.GetProperty("next_cursor").GetString();
            pages++;
        } while (cursor is not null && pages < 100);
        Assert.Equal(all, seen);
        Assert.True(pages >= 3);
    }

    [Fact]
    public async Task Events_as_jsonl_and_csv()
    {
        var jsonl = await _client.GetAsync("/v1/events?format=jsonl&source=RUS");
        Assert.Equal("application/x-ndjson", jsonl.Content.Headers.ContentType?.MediaType);
        var lines = (await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal("RUS", JsonDocument.Parse(l).RootElement.GetProperty("source")[0].GetProperty("key").GetString()));

        var csv = await _client.GetAsync("/v1/events?format=csv&source=RUS&limit=1");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);   // header + one row
        Assert.Contains("record_id", rows[0]);
        Assert.True(csv.Headers.Contains("X-Next-Cursor"));
    }

    [Fact]
    public async Task One_event_with_evidence_and_cluster()
    {
        string id = (await Get("/v1/events?source=RUS&cameo=057")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var d = await Get("/v1/events/" + Uri.EscapeDataString(id));
        var ev = d.GetProperty("event");
        Assert.Equal(id, ev.GetProperty("id").GetString());
        string evidence = ev.GetProperty("evidence").GetProperty("text").GetString()!;
        Assert.Contains("Pyongyang", evidence);
        var members = d.GetProperty("cluster").GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(2, members.Count);
        Assert.Equal(2, members.Select(m => m.GetProperty("article").GetProperty("id").GetString()).Distinct().Count());

        await AssertProblem(await _client.GetAsync("/v1/events/" + Uri.EscapeDataString("ffff#9")), 404, "not_found");
    }

    [Fact]
    public async Task Article_with_layers_and_highlight_spans_pointing_into_its_text()
    {
        string id = Warta.Output.ArticleRecordWriter.ArticleId(HandCoded.ShoalText);
        var a = await Get("/v1/articles/" + id);
        string text = a.GetProperty("text").GetString()!;
        Assert.Equal(HandCoded.ShoalText, text);
        var spans = a.GetProperty("spans").EnumerateArray().ToList();
        Assert.Contains(spans, s => s.GetProperty("kind").GetString() == "mention");
        Assert.Contains(spans, s => s.GetProperty("kind").GetString() == "quote");
        Assert.Contains(spans, s => s.GetProperty("kind").GetString() == "evidence");
        foreach (var m in a.GetProperty("mentions").EnumerateArray())
            Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
        var claim = a.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("cameo").GetString() == "175");
        Assert.Equal("PHL", claim.GetProperty("claimed_by")[0].GetProperty("key").GetString());
        Assert.Equal("CHN", claim.GetProperty("denied_by")[0].GetProperty("key").GetString());
        // Spans are sorted by start, so a client can lay them out in one pass.
        var starts = spans.Select(s => s.GetProperty("start").GetInt32()).ToList();
        Assert.Equal(starts.Order(), starts);

        await AssertProblem(await _client.GetAsync("/v1/articles/0000000000000000"), 404, "not_found");
    }


    [Fact]
    public async Task Actors_dyads_quotes_claims_search()
    {
        var actors = await Get("/v1/actors?q=put");
        Assert.Equal("RUS", actors[0].GetProperty("key").GetString());
        Assert.True(actors[0].GetProperty("events").GetInt32() >= 3);

        var dyad = await Get("/v1/dyads/RUS/PRK?by=day");
        var periods = dyad.GetProperty("periods").EnumerateArray().ToList();
        Assert.Contains(periods, p => p.GetProperty("period").GetString() == "2024-06-19" && p.GetProperty("quad1").GetInt32() == 1);
        Assert.Equal("2024-W25", (await Get("/v1/dyads/RUS/PRK?by=week")).GetProperty("periods")[0].GetProperty("period").GetString());

        var quotes = await Get("/v1/quotes?speaker=vladimir%20putin");
        Assert.Single(quotes.EnumerateArray());
        Assert.Contains("obliges", quotes[0].GetProperty("text").GetString());

        var claims = await Get("/v1/claims");
        var c = claims.EnumerateArray().Single(x => x.GetProperty("event").GetProperty("cameo").GetString() == "175");
        Assert.Equal("Manila", c.GetProperty("claimed_by")[0].GetProperty("name").GetString());
        Assert.Equal("Beijing", c.GetProperty("denied_by")[0].GetProperty("name").GetString());
        Assert.Empty((await Get("/v1/claims?denied_by=USA")).EnumerateArray());

        var hits = await Get("/v1/search?q=water%20cannon");
        Assert.Equal(Warta.Output.ArticleRecordWriter.ArticleId(HandCoded.ShoalText), hits[0].GetProperty("article_id").GetString());
        // Not FTS5 syntax: searched as a phrase, not a 500.
        await Get("/v1/search?q=%22unbalanced");
    }

    [Fact]
    public async Task Network_timeline_places()
    {
        var net = await Get("/v1/network");
        var edge = net.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("source_key").GetString() == "RUS" && e.GetProperty("target_key").GetString() == "PRK");
        Assert.Equal(2, edge.GetProperty("events").GetInt32());
        Assert.Equal(2, edge.GetProperty("cooperation").GetInt32());
        Assert.Contains(net.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("key").GetString() == "CHN" && n.GetProperty("conflict").GetInt32() >= 1);
        // Countries are labelled by their code, groups by their name.
        var labels = net.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("key").GetString()!, n => n.GetProperty("name").GetString());
        Assert.Equal("RUS", labels["RUS"]);
        Assert.Equal("ASEAN", labels["IGOSEAASN"]);

        var tl = await Get("/v1/timeline?actor=PHL");
        var day = tl.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("day").GetString() == "2024-06-10");
        Assert.Equal(1, day.GetProperty("quad4").GetInt32());
        Assert.Empty((await Get("/v1/timeline?actor=PHL&cameo=05")).GetProperty("days").EnumerateArray());

        var places = await Get("/v1/places");
        var pyongyang = places.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Pyongyang");
        Assert.Equal(1, pyongyang.GetProperty("events").GetInt32());   // two articles, one event
        Assert.Equal(125.7543, pyongyang.GetProperty("lon").GetDouble(), 3);
    }

    [Fact]
    public async Task Dashboard_and_openapi_are_served()
    {
        var html = await _client.GetStringAsync("/");
        Assert.Contains("app.js", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html);
        foreach (var path in new[] { "/app.js", "/app.css", "/vendor/chart.umd.min.js", "/vendor/d3-geo.min.js", "/vendor/d3-force.min.js", "/vendor/topojson-client.min.js", "/vendor/countries-110m.json" })
        {
            var r = await _client.GetAsync(path);
            Assert.True(r.IsSuccessStatusCode, path);
        }
        var api = await Get("/openapi/v1.json");
        Assert.StartsWith("3.1", api.GetProperty("openapi").GetString());
        var paths = api.GetProperty("paths");
        var eventsOk = paths.GetProperty("/v1/events").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        foreach (var type in new[] { "application/json", "application/x-ndjson", "text/csv" }) Assert.True(eventsOk.TryGetProperty(type, out _), type);
        Assert.False(api.GetProperty("components").GetProperty("schemas").GetProperty("ExtractRequest").TryGetProperty("required", out _));
        var eventParams = paths.GetProperty("/v1/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        foreach (var f in new[] { "source", "target", "cameo", "quad", "from", "to", "claimed", "language", "outlet", "cursor", "format" }) Assert.Contains(f, eventParams);
        foreach (var p in new[] { "/v1/extract", "/v1/events", "/v1/events/{id}", "/v1/articles/{id}", "/v1/actors", "/v1/dyads/{a}/{b}", "/v1/quotes", "/v1/claims", "/v1/search", "/v1/ingest" })
            Assert.True(paths.TryGetProperty(p, out _), p);
    }

    [Theory]
    [InlineData("/v1/events?from=2024-02-30", 400, "bad_date")]
    [InlineData("/v1/events?to=yesterday", 400, "bad_date")]
    [InlineData("/v1/events?from=2024-06-20&to=2024-06-01", 400, "bad_date")]
    [InlineData("/v1/events?sorce=RUS", 400, "unknown_filter")]
    [InlineData("/v1/events?quad=5", 400, "bad_value")]
    [InlineData("/v1/events?cameo=abc", 400, "bad_value")]
    [InlineData("/v1/events?limit=0", 400, "bad_value")]
    [InlineData("/v1/events?claimed=maybe", 400, "bad_value")]
    [InlineData("/v1/events?format=xml", 400, "bad_value")]
    [InlineData("/v1/events?cursor=!!!", 400, "bad_cursor")]
    [InlineData("/v1/events?source=RUS&source=PRK", 400, "bad_value")]
    [InlineData("/v1/dyads/RUS/PRK?by=year", 400, "bad_value")]
    [InlineData("/v1/dyads/RUS/PRK?from=20240601", 400, "bad_date")]
    [InlineData("/v1/timeline?cameo=5", 400, "bad_value")]
    [InlineData("/v1/actors?name=x", 400, "unknown_filter")]
    [InlineData("/v1/quotes?limit=-1", 400, "bad_value")]
    [InlineData("/v1/claims?by=PHL", 400, "unknown_filter")]
    [InlineData("/v1/search", 400, "missing_parameter")]
    [InlineData("/v1/network?to=2024-13-01", 400, "bad_date")]
    [InlineData("/v1/places?x=1", 400, "unknown_filter")]
    [InlineData("/v1/nothing", 404, "not_found")]
    public async Task Bad_queries_are_4xx_problems(string url, int status, string code) =>
        await AssertProblem(await _client.GetAsync(url), status, code);

    [Fact]
    public async Task Wrong_method_is_405_problem() =>
        await AssertProblem(await _client.DeleteAsync("/v1/events"), 405, "method_not_allowed");

    [Theory]
    [InlineData("{\"text\": ", "invalid_json", 400)]
    [InlineData("[1, 2", "invalid_json", 400)]
    [InlineData("", "invalid_json", 400)]
    [InlineData("{\"url\": \"https://x.example\"}", "invalid_article", 400)]
    [InlineData("{\"text\": 42}", "invalid_article", 400)]
    [InlineData("[\"just a string\"]", "invalid_article", 400)]
    [InlineData("{\"text\": \"Hujan turun di Bandung.\", \"published\": \"kemarin\"}", "bad_date", 400)]
    public async Task Bad_extract_bodies_are_4xx_problems(string body, string code, int status) =>
        await AssertProblem(await _client.PostAsync("/v1/extract", new StringContent(body, Encoding.UTF8, "application/json")), status, code);

    [Fact]
    public async Task Extract_wrong_media_type_is_415() =>
        await AssertProblem(await _client.PostAsync("/v1/extract", new StringContent("text", Encoding.UTF8, "text/plain")), 415, "unsupported_media_type");

    [Fact]
    public async Task Oversized_bodies_are_413_with_or_without_a_length()
    {
        string big = "{\"text\": \"" + new string('a', (int)ServerSettings.DefaultMaxBodyBytes + 10) + "\"}";
        await AssertProblem(await _client.PostAsync("/v1/extract", new StringContent(big, Encoding.UTF8, "application/json")), 413, "body_too_large");
        // Chunked: no Content-Length to refuse up front, the read itself stops.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var req = new HttpRequestMessage(HttpMethod.Post, "/v1/ingest") { Content = chunked };
        req.Headers.TransferEncodingChunked = true;
        await AssertProblem(await _client.SendAsync(req), 413, "body_too_large");
    }

    [Fact]
    public async Task Extract_returns_the_article_record()
    {
        const string text = "Menteri Luar Negeri Indonesia bertemu duta besar Jepang di Jakarta pada Senin untuk membahas kerja sama perikanan.";
        var r = await _client.PostAsync("/v1/extract", new StringContent(
            JsonSerializer.Serialize(new { text, url = "https://contoh.example/a", published = "2024-06-05", language = "id" }), Encoding.UTF8, "application/json"));
        string body = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, body);
        var rec = JsonDocument.Parse(body).RootElement;
        Assert.Equal("warta.article/1", rec.GetProperty("schema").GetString());
        Assert.Equal(Warta.Output.ArticleRecordWriter.ArticleId(rec.GetProperty("text").GetString()!), rec.GetProperty("id").GetString());
        Assert.Equal("https://contoh.example/a", rec.GetProperty("url").GetString());
        Assert.Equal("id", rec.GetProperty("language").GetString());
        // "Senin" resolved against the given publication date (Wednesday 5 June → Monday 3 June).
        Assert.Contains(rec.GetProperty("times").EnumerateArray(), t => t.GetProperty("value").GetString() == "2024-06-03");
        foreach (var field in new[] { "sentences", "mentions", "quotes", "events" })
            Assert.Equal(JsonValueKind.Array, rec.GetProperty(field).ValueKind);
    }
}

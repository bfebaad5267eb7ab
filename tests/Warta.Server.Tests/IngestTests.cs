using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Warta.Server.Tests;

/// <summary>POST /v1/ingest into an empty corpus: the samples through the engine, idempotency, batch limits and the API key.</summary>
public sealed class IngestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-ingest-tests-").FullName;
    private readonly List<IDisposable> _owned = [];

    private HttpClient Client(string? apiKey = null)
    {
        var f = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Warta:Db", Path.Combine(_dir, "corpus.db"));
            if (apiKey is not null) b.UseSetting("Warta:ApiKey", apiKey);
        });
        var c = f.CreateClient();
        _owned.Add(c);
        _owned.Add(f);
        return c;
    }

    private static StringContent Ndjson(string body) => new(body, Encoding.UTF8, "application/x-ndjson");

    [Fact]
    public async Task Samples_are_ingested_once_then_found_already_present()
    {
        var client = Client();
        string jsonl = await File.ReadAllTextAsync(Path.Combine(CorpusFixture.Samples, "articles.jsonl"));
        var r = await client.PostAsync("/v1/ingest", Ndjson(jsonl));
        string body = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, body);
        var res = JsonDocument.Parse(body).RootElement;
        Assert.Equal(12, res.GetProperty("received").GetInt32());
        Assert.Equal(12, res.GetProperty("added").GetInt32());
        Assert.Equal(1, res.GetProperty("duplicates").GetInt32());   // the syndicated copy
        Assert.Equal(0, res.GetProperty("failed").GetInt32());

        var again = JsonDocument.Parse(await (await client.PostAsync("/v1/ingest", Ndjson(jsonl))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.Equal(12, again.GetProperty("already_present").GetInt32());

        var stats = JsonDocument.Parse(await client.GetStringAsync("/v1/stats")).RootElement;
        Assert.Equal(12, stats.GetProperty("articles").GetInt32());
        var hits = JsonDocument.Parse(await client.GetStringAsync("/v1/search?q=Pyongyang")).RootElement;
        Assert.True(hits.GetArrayLength() >= 1);
        var a = JsonDocument.Parse(await client.GetStringAsync("/v1/articles/" + hits[0].GetProperty("article_id").GetString())).RootElement;
        Assert.Contains("Pyongyang", a.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_json_array_or_an_articles_object_is_a_batch()
    {
        var client = Client();
        var arr = await client.PostAsync("/v1/ingest", new StringContent(
            "[{\"text\": \"Hujan deras melanda Bandung pada Selasa sore.\", \"published\": \"2024-03-05\"}]", Encoding.UTF8, "application/json"));
        Assert.Equal(1, JsonDocument.Parse(await arr.Content.ReadAsStringAsync()).RootElement.GetProperty("added").GetInt32());
        var obj = await client.PostAsync("/v1/ingest", new StringContent(
            "{\"articles\": [{\"text\": \"Banjir surut di Semarang pada Rabu pagi.\"}]}", Encoding.UTF8, "application/json"));
        Assert.Equal(1, JsonDocument.Parse(await obj.Content.ReadAsStringAsync()).RootElement.GetProperty("added").GetInt32());
    }

    [Theory]
    [InlineData("{\"text\": \"x\"}", "invalid_article")]                 // an object, but not a batch
    [InlineData("[]", "invalid_article")]
    [InlineData("[{\"text\": \"Hujan.\"}, {\"title\": \"no text\"}]", "invalid_article")]
    [InlineData("[{\"text\": \"Hujan.\", \"published\": \"2024-99-01\"}]", "bad_date")]
    [InlineData("[{\"text\": \"Hujan.\"}", "invalid_json")]
    public async Task Bad_batches_are_refused_whole(string body, string code)
    {
        var client = Client();
        await ApiTests.AssertProblem(await client.PostAsync("/v1/ingest", new StringContent(body, Encoding.UTF8, "application/json")), 400, code);
        var stats = JsonDocument.Parse(await client.GetStringAsync("/v1/stats")).RootElement;
        Assert.Equal(0, stats.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Bad_json_line_is_named()
    {
        var r = await Client().PostAsync("/v1/ingest", Ndjson("{\"text\": \"Hujan.\"}\n{oops}\n"));
        await ApiTests.AssertProblem(r, 400, "invalid_json");
        Assert.Contains("line 2", await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Too_many_articles_in_one_batch_is_413()
    {
        string body = "[" + string.Join(",", Enumerable.Range(0, 1001).Select(i => $"{{\"text\": \"Berita nomor {i}.\"}}")) + "]";
        await ApiTests.AssertProblem(await Client().PostAsync("/v1/ingest", new StringContent(body, Encoding.UTF8, "application/json")), 413, "body_too_large");
    }

    [Fact]
    public async Task With_an_api_key_ingest_needs_it()
    {
        var client = Client("s3cret");
        var body = "[{\"text\": \"Gempa kecil terasa di Padang pada Kamis malam.\"}]";
        await ApiTests.AssertProblem(await client.PostAsync("/v1/ingest", new StringContent(body, Encoding.UTF8, "application/json")), 401, "unauthorized");

        var wrong = new HttpRequestMessage(HttpMethod.Post, "/v1/ingest") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        wrong.Headers.Add("X-Api-Key", "guess");
        await ApiTests.AssertProblem(await client.SendAsync(wrong), 401, "unauthorized");

        var right = new HttpRequestMessage(HttpMethod.Post, "/v1/ingest") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
        var r = await client.SendAsync(right);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        // Reads stay open.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/stats")).StatusCode);
    }

    [Fact]
    public async Task Listening_beyond_loopback_without_a_key_refuses_ingest_but_serves_reads()
    {
        var app = WartaServer.Build(["--urls", "http://0.0.0.0:0", "--Warta:Db", Path.Combine(_dir, "open.db"), "--Logging:LogLevel:Default", "Warning"]);
        await app.StartAsync();
        try
        {
            var port = new Uri(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal)).Port;
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            await ApiTests.AssertProblem(await http.PostAsync("v1/ingest", new StringContent("[{\"text\": \"Hujan.\"}]", Encoding.UTF8, "application/json")), 403, "ingest_disabled");
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("v1/stats")).StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(true, new[] { "http://127.0.0.1:5080" })]
    [InlineData(true, new[] { "http://localhost:5080", "http://[::1]:5080" })]
    [InlineData(true, new string[0])]
    [InlineData(false, new[] { "http://0.0.0.0:5080" })]
    [InlineData(false, new[] { "http://*:5080" })]
    [InlineData(false, new[] { "http://+:80" })]
    [InlineData(false, new[] { "http://127.0.0.1:5080", "http://192.168.1.4:5080" })]
    public void Loopback_binding_is_recognised(bool loopback, string[] urls) => Assert.Equal(loopback, WartaServer.LoopbackOnly(urls));

    public void Dispose()
    {
        foreach (var d in _owned) d.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

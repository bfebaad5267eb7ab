using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using PuppeteerSharp;

namespace Warta.Server.Tests;

/// <summary>
/// End to end in headless Chromium (the system's /usr/bin/chromium; scripts/ci-setup.sh installs it): the samples
/// and the hand-coded articles in a temporary corpus, the real server on a free loopback port, each dashboard view
/// drawn with data, and a click from an event to its article with the evidence highlighted. Screenshots of every
/// view go to TestResults/screenshots beside the test assembly.
/// </summary>
public sealed class DashboardTests(DashboardTests.Site site) : IClassFixture<DashboardTests.Site>
{
    public const string Chromium = "/usr/bin/chromium";

    public sealed class Site : IAsyncLifetime
    {
        private readonly FullCorpus _corpus = new();
        private WebApplication? _app;

        public IBrowser Browser { get; private set; } = null!;
        public string BaseUrl { get; private set; } = "";
        public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        public FullCorpus Corpus => _corpus;

        public async Task InitializeAsync()
        {
            if (!File.Exists(Chromium))
                throw new InvalidOperationException($"{Chromium} is missing: run scripts/ci-setup.sh (apt-get install -y chromium)");
            _app = WartaServer.Build(["--urls", "http://127.0.0.1:0", "--Warta:Db", _corpus.Db, "--Logging:LogLevel:Default", "Warning"]);
            await _app.StartAsync();
            BaseUrl = _app.Urls.First().TrimEnd('/') + "/";
            Assert.StartsWith("http://127.0.0.1:", BaseUrl);
            Directory.CreateDirectory(Screenshots);
            Browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
                DefaultViewport = new ViewPortOptions { Width = 1400, Height = 900 },
            });
        }

        public async Task DisposeAsync()
        {
            if (Browser is not null) await Browser.CloseAsync();
            if (_app is not null)
            {
                await _app.StopAsync();
                await _app.DisposeAsync();
            }
            _corpus.Dispose();
        }
    }

    /// <summary>A page that records console errors and any request that leaves this server.</summary>
    private async Task<(IPage Page, ConcurrentBag<string> Problems)> Open(string route)
    {
        var page = await site.Browser.NewPageAsync();
        var problems = new ConcurrentBag<string>();
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) problems.Add("console: " + e.Message.Text); };
        page.PageError += (_, e) => problems.Add("page error: " + e.Message);
        page.Request += (_, e) =>
        {
            if (!e.Request.Url.StartsWith(site.BaseUrl, StringComparison.Ordinal) && !e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
                problems.Add("request elsewhere: " + e.Request.Url);
        };
        page.Response += (_, e) => { if ((int)e.Response.Status >= 400) problems.Add($"{(int)e.Response.Status} {e.Response.Url}"); };
        await page.GoToAsync(site.BaseUrl + route, WaitUntilNavigation.Networkidle0);
        return (page, problems);
    }

    /// <summary>Runs an action that changes the route and waits until the next view is drawn.</summary>
    private static async Task Navigate(IPage page, string view, Func<Task> action)
    {
        int before = await page.EvaluateExpressionAsync<int>("Number(document.body.dataset.renders || 0)");
        await action();
        await page.WaitForFunctionAsync($"() => Number(document.body.dataset.renders || 0) > {before} && document.body.dataset.view === '{view}' && document.body.dataset.ready === 'true'",
            new WaitForFunctionOptions { Timeout = 20_000 });
    }

    private static async Task Ready(IPage page, string view) =>
        await page.WaitForSelectorAsync($"body[data-view=\"{view}\"][data-ready=\"true\"]", new WaitForSelectorOptions { Timeout = 20_000 });

    private async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(Path.Combine(site.Screenshots, name + ".png"), new ScreenshotOptions { FullPage = true });

    private static async Task<int> Count(IPage page, string selector) => await page.EvaluateExpressionAsync<int>($"document.querySelectorAll('{selector}').length");

    [Fact]
    public async Task Timeline_draws_events_per_day_and_lists_them()
    {
        var (page, problems) = await Open("#/timeline");
        await Ready(page, "timeline");
        int total = await page.EvaluateExpressionAsync<int>("Chart.getChart('timeline-chart').data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0)");
        Assert.True(total >= 6, $"{total} events on the timeline");
        Assert.True(await Count(page, "#events-table tr.event-row") >= 6);
        Assert.True(await Count(page, "#f-actor option") > 5);
        await Shot(page, "timeline");

        // A click on a bar lists that period's events.
        var at = await page.EvaluateExpressionAsync<double[]>("""
            (() => {
              const c = Chart.getChart('timeline-chart'), r = c.canvas.getBoundingClientRect();
              for (let d = 0; d < 4; d++)
                for (let i = 0; i < c.data.datasets[d].data.length; i++)
                  if (c.data.datasets[d].data[i] > 0) { const e = c.getDatasetMeta(d).data[i]; return [r.left + e.x, r.top + (e.y + e.base) / 2]; }
              return [];
            })()
            """);
        Assert.Equal(2, at.Length);
        await Navigate(page, "timeline", () => page.Mouse.ClickAsync((decimal)at[0], (decimal)at[1]));
        Assert.Contains("from=", page.Url);
        int inPeriod = await Count(page, "#events-table tr.event-row");
        Assert.InRange(inPeriod, 1, total - 1);

        // Filter by actor and CAMEO root through the controls.
        await Navigate(page, "timeline", () => page.SelectAsync("#f-actor", "PHL"));
        Assert.Contains("actor=PHL", page.Url);
        int phl = await page.EvaluateExpressionAsync<int>("Chart.getChart('timeline-chart').data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0)");
        Assert.InRange(phl, 1, total - 1);
        await Navigate(page, "timeline", () => page.SelectAsync("#f-cameo", "17"));
        Assert.Contains("cameo=17", page.Url);
        var codes = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#events-table tr.event-row .code')].map(c => c.textContent)");
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith("17", c));
        Assert.Contains("175", codes);
        await Shot(page, "timeline-filtered");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Network_draws_actors_and_weighted_coloured_edges()
    {
        var (page, problems) = await Open("#/network");
        await Ready(page, "network");
        Assert.True(await Count(page, "#network svg g.node") >= 6);
        Assert.True(await Count(page, "#network svg path.edge") >= 4);
        var colours = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#network path.edge')].map(p => p.getAttribute('stroke'))");
        Assert.True(colours.Distinct().Count() >= 2, "cooperation and conflict edges have different colours");
        var labels = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#network g.node text')].map(t => t.textContent)");
        Assert.Contains(labels, l => l.Contains("RUS", StringComparison.Ordinal));
        await Shot(page, "network");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Map_draws_the_world_and_event_places()
    {
        var (page, problems) = await Open("#/map");
        await Ready(page, "map");
        Assert.True(await Count(page, "#map svg path.country") > 150);
        Assert.True(await Count(page, "#map svg circle.place") >= 3);
        var names = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#map text.place-label')].map(t => t.textContent)");
        Assert.Contains("Pyongyang", names);
        await Shot(page, "map");
        await Navigate(page, "map", () => page.ClickAsync("#map-zoom"));
        Assert.Contains("world=1", page.Url);
        Assert.True(await Count(page, "#map svg circle.place") >= 3);
        await Shot(page, "map-world");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Claims_show_who_claims_and_who_denies()
    {
        var (page, problems) = await Open("#/claims");
        await Ready(page, "claims");
        var rows = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.claim-row')].map(r => r.textContent)");
        Assert.Contains(rows, r => r.Contains("Manila", StringComparison.Ordinal) && r.Contains("Beijing", StringComparison.Ordinal));
        await Shot(page, "claims");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Quotes_list_speakers()
    {
        var (page, problems) = await Open("#/quotes");
        await Ready(page, "quotes");
        var text = await page.EvaluateExpressionAsync<string>("document.querySelector('main').textContent");
        Assert.Contains("Vladimir Putin", text);
        await Shot(page, "quotes");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Clicking_an_event_opens_its_article_with_the_evidence_highlighted()
    {
        var (page, problems) = await Open("#/timeline?actor=PHL&cameo=17");
        await Ready(page, "timeline");
        string eventId = Warta.Output.ArticleRecordWriter.ArticleId(HandCoded.ShoalText) + "#0";
        await Navigate(page, "article", () => page.ClickAsync($"#events-table tr.event-row[data-event=\"{eventId}\"]"));
        Assert.Contains("/article/", page.Url);
        string highlighted = await page.EvaluateExpressionAsync<string>("[...document.querySelectorAll('.seg.ev-active')].map(s => s.textContent).join('')");
        Assert.Equal(HandCoded.ShoalText.Split('\n')[0], highlighted);
        Assert.Equal(eventId, await page.EvaluateExpressionAsync<string>("document.querySelector('.ev-card.active').dataset.event"));
        var card = await page.EvaluateExpressionAsync<string>("document.querySelector('.ev-card.active').textContent");
        Assert.Contains("claimed by Manila", card);
        Assert.Contains("denied by Beijing", card);
        Assert.True(await Count(page, ".seg.m") >= 3, "mentions are highlighted");
        Assert.True(await Count(page, ".seg.q") >= 1, "the quote is highlighted");
        await Shot(page, "article");

        // Another event card moves the highlight to its own evidence.
        await page.ClickAsync(".ev-card:not(.active)");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.seg.ev-active')].map(s => s.textContent).join('').startsWith('Beijing denied')");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_sample_article_found_by_search_opens_with_its_text()
    {
        var (page, problems) = await Open("#/timeline");
        await Ready(page, "timeline");
        await page.TypeAsync("#search-q", "Pyongyang");
        await Navigate(page, "search", () => page.Keyboard.PressAsync("Enter"));
        int hits = await Count(page, "tr[data-id]");
        Assert.True(hits >= 3, $"{hits} hits");   // samples (engine-processed) and hand-coded articles
        await Shot(page, "search");
        // A sample, not one of the hand-coded articles: it went through the engine.
        string notHandCoded = string.Concat(HandCoded.Articles().Select(a => $":not([data-id=\"{a.Id}\"])"));
        Assert.True(await Count(page, "tr[data-id]" + notHandCoded) >= 1);
        await Navigate(page, "article", () => page.ClickAsync("tr[data-id]" + notHandCoded));
        string text = await page.EvaluateExpressionAsync<string>("document.getElementById('doc').textContent");
        Assert.True(text.Length > 200);
        Assert.Contains("Pyongyang", text, StringComparison.OrdinalIgnoreCase);
        await Shot(page, "article-sample");
        Assert.Empty(problems);
    }
}

using System.Text.Json;
using Warta.Cli.Commands;
using Warta.Input;
using Warta.Tests.Input;

namespace Warta.Tests.Structure;

/// <summary>
/// The seed article's metadata as a golden test, and the eight development articles: all extract, and the
/// structure pass finds what their pages print. Reads ../shared (fails, never skips, when it is missing).
/// </summary>
public sealed class SharedArticlesTests
{
    private static List<JsonElement> Extract(params string[] inputs)
    {
        using var t = new TempFolder();
        string outPath = Path.Combine(t.Path, "out.jsonl");
        var err = new StringWriter();
        int code = ExtractCommand.Run(inputs, outPath, "jsonl", err, WartaEngine.CreateDefault, InputReader.MaxFileBytes);
        Assert.True(code == 0, err.ToString());
        return [.. File.ReadAllLines(outPath).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    private static string[] Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];

    private static string[] Names(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetProperty("name").GetString()!)];

    [Fact]
    public void Seed_metadata_matches_the_gold()
    {
        string seedDir = Path.Combine(SharedMaterial.Root, "acceptance", "seed");
        string seed = Directory.GetFiles(seedDir, "000_*.txt").Single();
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(seedDir, "expected.json")));
        var g = gold.RootElement;
        var r = Assert.Single(Extract(seed));

        Assert.Equal(Strings(g.GetProperty("authors")), Strings(r.GetProperty("authors")));
        string published = r.GetProperty("published").GetString()!;
        Assert.StartsWith(g.GetProperty("published").GetString() + "T" + g.GetProperty("published_time").GetString(), published);
        Assert.Equal(g.GetProperty("dateline").GetString(), r.GetProperty("dateline").GetProperty("text").GetString());
        Assert.Equal(
            g.GetProperty("credits").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("role").GetString())),
            r.GetProperty("credits").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("role").GetString())));
        Assert.Equal(Strings(g.GetProperty("cited_sources")), Names(r.GetProperty("cited_sources")));
        Assert.StartsWith("Presiden Rusia Vladimir Putin", r.GetProperty("text").GetString());
    }

    [Fact]
    public void Development_articles_extract_cleanly()
    {
        string dir = Path.Combine(SharedMaterial.Root, "articles");
        var records = Extract(dir).ToDictionary(r => Path.GetFileNameWithoutExtension(r.GetProperty("input").GetString()!));
        Assert.Equal(8, records.Count);
        foreach (var (name, r) in records)
        {
            string text = r.GetProperty("text").GetString()!;
            Assert.False(text.Contains("baca juga", StringComparison.OrdinalIgnoreCase), $"{name}: teaser left in text");
            Assert.DoesNotContain("ADVERTISEMENT", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Telusuri berita", text);
            Assert.DoesNotContain("Dapatkan update berita", text);
            Assert.DoesNotContain("Artikel Berkaitan", text);
            Assert.DoesNotContain("\nA\n", text);
            Assert.DoesNotContain("Foto", text);
        }

        string Dateline(string n) => records[n].GetProperty("dateline") is { ValueKind: JsonValueKind.Object } d ? d.GetProperty("text").GetString()! : "";
        Assert.Equal("Pyongyang", Dateline("002"));
        Assert.Equal("Pyongyang", Dateline("005"));
        Assert.Equal("Jakarta", Dateline("008"));
        Assert.Equal("Niamey", Dateline("012"));
        Assert.Equal("Seoul", Dateline("028"));
        Assert.Equal("Srinagar", Dateline("037"));

        Assert.Equal(["Susi Susanti"], Strings(records["005"].GetProperty("authors")));
        Assert.Equal("2024-06-19T06:23+07:00", records["005"].GetProperty("published").GetString());
        Assert.Equal("2024-06-19T20:40+07:00", records["002"].GetProperty("published").GetString());

        Assert.Contains("AP", Names(records["002"].GetProperty("credits")));
        Assert.Contains("Reuters", Names(records["005"].GetProperty("credits")));
        Assert.Contains("AFP", Names(records["028"].GetProperty("credits")));
        Assert.Contains("AFP", Names(records["031"].GetProperty("credits")));
        Assert.Contains("AFP", Names(records["037"].GetProperty("credits")));

        Assert.Equal(["Reuters"], Names(records["012"].GetProperty("cited_sources")));
        Assert.Equal(["Reuters"], Names(records["020"].GetProperty("cited_sources")));

        // The glued teaser in 020 is cut at the join and the sentence after it kept.
        string t020 = records["020"].GetProperty("text").GetString()!;
        Assert.Contains("\nTindakan itu", t020);
        Assert.Contains("\nSanksi terbaru", t020);

        foreach (var n in new[] { "005", "012", "031", "037" })
        {
            string title = records[n].GetProperty("title").GetString()!;
            Assert.False(records[n].GetProperty("text").GetString()!.StartsWith(title, StringComparison.Ordinal), $"{n}: title repeated in text");
        }
    }
}

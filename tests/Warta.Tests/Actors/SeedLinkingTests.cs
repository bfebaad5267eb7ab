using System.Text.Json;

namespace Warta.Tests.Kb;

/// <summary>The seed article's expected mentions (acceptance/seed/expected.json) are found and linked with the right keys.</summary>
public sealed class SeedLinkingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_expected_seed_mention_is_linked_with_its_key(bool realTokenizer)
    {
        var seed = Path.Combine(TestDocs.SharedDir(), "acceptance", "seed");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(seed, "expected.json")));
        var root = expected.RootElement;
        var text = File.ReadAllText(Path.Combine(seed, root.GetProperty("article").GetString()!));
        var published = DateOnly.Parse(root.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var doc = TestDocs.Link(text, published, real: realTokenizer);

        var failures = new List<string>();
        foreach (var m in root.GetProperty("mentions").EnumerateArray())
        {
            var surface = m.GetProperty("text").GetString()!;
            var key = m.GetProperty("key").GetString()!;
            string? code = m.TryGetProperty("code", out var c) ? c.GetString() : null;
            var found = doc.Mentions.Where(x => doc.Text[x.Start..x.End] == surface).ToList();
            if (found.Count == 0) { failures.Add($"{surface}: not found"); continue; }
            foreach (var x in found)
            {
                var got = x.Actor?.Key ?? x.Place?.Country;
                if (got != key) failures.Add($"{surface}@{x.Start}: key {got ?? "null"}, expected {key}");
                if (code is not null && x.Actor?.Code != code) failures.Add($"{surface}@{x.Start}: code {x.Actor?.Code ?? "null"}, expected {code}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + doc.Dump());
    }
}

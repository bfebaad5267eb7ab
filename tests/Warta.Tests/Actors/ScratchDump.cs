using System.Text.Json;
namespace Warta.Tests.Kb;
public sealed class ScratchDump
{
    [Fact]
    public void Dump()
    {
        var dir = Path.Combine(TestDocs.SharedDir(), "articles");
        using var w = new StreamWriter("/tmp/kb-dump.txt");
        foreach (var f in Directory.GetFiles(dir, "*.json"))
        {
            using var j = JsonDocument.Parse(File.ReadAllText(f));
            var r = j.RootElement;
            var text = r.GetProperty("text").GetString()!;
            var lang = r.TryGetProperty("language", out var l) ? l.GetString() ?? "id" : "id";
            var doc = TestDocs.Link(text, new DateOnly(2024, 6, 1), lang, real: true);
            w.WriteLine("=== " + f + " " + lang);
            foreach (var m in doc.Mentions) w.WriteLine($"[{doc.Text[m.Start..m.End]}] {m.Type} {m.Actor?.Code ?? "-"} {m.Place?.Country ?? "-"}/{m.Place?.Kind ?? "-"} {m.EntityId}");
        }
    }
}

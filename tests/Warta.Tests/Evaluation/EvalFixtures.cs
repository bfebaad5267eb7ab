using System.Text;
using System.Text.Json;
using Warta.Evaluation;

namespace Warta.Tests.Evaluation;

/// <summary>Builders for small gold files and article records written for these tests.</summary>
internal static class EvalFixtures
{
    /// <summary>An actor JSON object: a three-letter key is a country, anything else a group/IGO code with no country.</summary>
    public static string Actor(string key) => key.Length == 3 && key != "WST"
        ? $$"""{"name":"{{key}} actor","code":"{{key}}GOV","country":"{{key}}","sector":"GOV","id":null}"""
        : $$"""{"name":"{{key}} group","code":"{{key}}","country":null,"sector":null,"id":null}""";

    public static string ActorList(params string[] keys) => "[" + string.Join(",", keys.Select(Actor)) + "]";

    public static string Event(string[] source, string[] target, string cameo, string modality = "asserted",
        string? date = null, string[]? claimedBy = null, string[]? deniedBy = null) =>
        $$"""
        {"id":"x#0","source":{{ActorList(source)}},"target":{{ActorList(target)}},"cameo":"{{cameo}}","quad":1,"goldstein":0,
         "plover":null,"date":{{(date is null ? "null" : $$"""{"value":"{{date}}","precision":"day","text":null}""")}},
         "place":null,"modality":"{{modality}}","claimed_by":{{ActorList(claimedBy ?? [])}},"denied_by":{{ActorList(deniedBy ?? [])}},
         "evidence":{"sentence":0,"start":0,"end":1,"text":"e"},"confidence":0.5}
        """;

    public static string Record(string input, IEnumerable<string>? events = null, string language = "id",
        string? published = "2024-03-05", string mentions = "[]", string quotes = "[]", string? dateline = null,
        string authors = "[]", string credits = "[]", string cited = "[]") =>
        $$"""
        {"schema":"warta.article/1","id":"0","input":"{{input}}","url":null,"language":"{{language}}","title":null,
         "authors":{{authors}},"published":{{(published is null ? "null" : "\"" + published + "\"")}},
         "dateline":{{(dateline is null ? "null" : $$"""{"text":"{{dateline}}","place":null}""")}},
         "credits":{{credits}},"cited_sources":{{cited}},"text":"t","sentences":[],"mentions":{{mentions}},"times":[],
         "quotes":{{quotes}},"events":[{{string.Join(",", events ?? [])}}]}
        """;

    public static PredictedArticle Parse(string recordJson)
    {
        using var d = JsonDocument.Parse(recordJson);
        return PredictedArticle.FromJson(d.RootElement);
    }

    public static string OneLine(string json)
    {
        using var d = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(d.RootElement);
    }

    public static string Jsonl(params string[] records)
    {
        var sb = new StringBuilder();
        foreach (var r in records) sb.AppendLine(OneLine(r));
        return sb.ToString();
    }

    public static GoldArticle Gold(string json) => GoldArticle.Parse(json, "fallback.json");
}

using System.Text.Json;
using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// The evaluation rules of spec/article-json.md applied to in-memory documents: an event matches a gold event when
/// the CAMEO root equals the gold root (or an alternative's), the source keys overlap and the target keys overlap
/// (or both are empty, or the gold target is optional).
/// </summary>
internal sealed class GoldScorer
{
    public sealed record GoldEvent(string[] Source, string[] Target, string Cameo, string[] Alt, bool TargetOptional, string Modality,
        string? Date, string[] DateAlt, string[] ClaimedBy, string[] DeniedBy, bool Core, string Evidence);

    public sealed record Forbidden(string[] Source, string[] Target, string Root, string[] Unless);

    public sealed record GoldQuote(string Contains, string[] Speaker, bool Direct);

    public List<GoldEvent> Events { get; } = [];
    public List<Forbidden> Forbid { get; } = [];
    public List<GoldQuote> Quotes { get; } = [];

    public static GoldScorer Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var g = new GoldScorer();
        var root = json.RootElement;
        foreach (var e in root.GetProperty("events").EnumerateArray())
            g.Events.Add(new GoldEvent(Strs(e, "source"), Strs(e, "target"), e.GetProperty("cameo").GetString()!, Strs(e, "cameo_alt"),
                e.TryGetProperty("target_optional", out var to) && to.GetBoolean(), Str(e, "modality") ?? "asserted", Str(e, "date"), Strs(e, "date_alt"),
                Strs(e, "claimed_by"), Strs(e, "denied_by"), !e.TryGetProperty("core", out var core) || core.GetBoolean(), Str(e, "evidence") ?? ""));
        if (root.TryGetProperty("forbidden", out var fs))
            foreach (var f in fs.EnumerateArray())
                g.Forbid.Add(new Forbidden(Strs(f, "source"), Strs(f, "target"), f.GetProperty("cameo_root").GetString()!, Strs(f, "unless")));
        if (root.TryGetProperty("quotes", out var qs))
            foreach (var q in qs.EnumerateArray())
                g.Quotes.Add(new GoldQuote(q.GetProperty("contains").GetString()!, Strs(q, "speaker"), !q.TryGetProperty("direct", out var d) || d.GetBoolean()));
        return g;
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string[] Strs(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return [];
        if (v.ValueKind == JsonValueKind.String) return [v.GetString()!];
        if (v.ValueKind != JsonValueKind.Array) return [];
        return [.. v.EnumerateArray().Select(x => x.GetString()!)];
    }

    private static bool Overlap(IEnumerable<ActorRef> produced, string[] gold) => produced.Any(a => gold.Contains(a.Key));

    public static bool Matches(Event e, GoldEvent g)
    {
        string root = e.Cameo[..2];
        if (root != g.Cameo[..2] && !g.Alt.Any(a => a[..2] == root)) return false;
        if (!Overlap(e.Source, g.Source)) return false;
        if (g.TargetOptional) return true;
        if (g.Target.Length == 0 && e.Target.Count == 0) return true;
        return Overlap(e.Target, g.Target);
    }

    public static bool Hits(Event e, Forbidden f)
    {
        if (e.Cameo[..2] != f.Root || !Overlap(e.Source, f.Source) || !Overlap(e.Target, f.Target)) return false;
        foreach (var u in f.Unless)
        {
            if (u == "claimed" && (e.ClaimedBy.Count > 0 || e.DeniedBy.Count > 0)) return false;
            if (u == "negated" && e.Modality == Modality.Negated) return false;
            if (u == "hypothetical" && e.Modality is Modality.Hypothetical or Modality.Possible or Modality.Intended) return false;
        }
        return true;
    }

    public sealed record Result(int CoreTotal, int CoreFound, int Produced, int ProducedMatched, int ForbiddenHits, int QuotesTotal, int QuotesFound,
        int Pairs, int DateOk, int ModalityOk, int ClaimOk, List<string> Log);

    private static string Norm(string s)
    {
        var chars = s.Where(c => c is not ('"' or '“' or '”' or '«' or '»' or '‘' or '’' or '„')).Select(char.ToLowerInvariant);
        return string.Join(' ', new string([.. chars]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public Result Score(Document doc)
    {
        var log = new List<string>();
        int coreFound = 0, pairs = 0, dateOk = 0, modOk = 0, claimOk = 0;
        // One produced event per gold event: core events first, preferring the exact code, then the gold root.
        var used = new HashSet<Event>();
        foreach (var g in Events.OrderBy(g => g.Core ? 0 : 1))
        {
            var m = doc.Events.Where(e => !used.Contains(e) && Matches(e, g))
                .OrderByDescending(e => (e.Cameo == g.Cameo ? 4 : 0) + (e.Cameo[..2] == g.Cameo[..2] ? 2 : 0) + (e.Date?.Format() == g.Date ? 1 : 0))
                .FirstOrDefault();
            if (m is not null) used.Add(m);
            if (g.Core && m is not null) coreFound++;
            if (g.Core) log.Add($"{(m is null ? "MISS" : "ok  ")} {g.Cameo} {string.Join(",", g.Source)}→{string.Join(",", g.Target)} «{g.Evidence}»");
            if (m is null) continue;
            pairs++;
            string? date = m.Date?.Format();
            if (date == g.Date || (date is not null && g.DateAlt.Contains(date))) dateOk++;
            else log.Add($"     date {date ?? "null"} ≠ {g.Date ?? "null"} for {g.Cameo}");
            if (m.Modality.ToString().Equals(g.Modality, StringComparison.OrdinalIgnoreCase)) modOk++;
            else log.Add($"     modality {m.Modality} ≠ {g.Modality} for {g.Cameo}");
            bool claims = m.ClaimedBy.Select(a => a.Key).ToHashSet().SetEquals(g.ClaimedBy) && m.DeniedBy.Select(a => a.Key).ToHashSet().SetEquals(g.DeniedBy);
            if (claims) claimOk++;
            else log.Add($"     claims {TestDocs.Keys(m.ClaimedBy)}/{TestDocs.Keys(m.DeniedBy)} ≠ {string.Join(",", g.ClaimedBy)}/{string.Join(",", g.DeniedBy)} for {g.Cameo}");
        }
        int matched = doc.Events.Count(e => Events.Any(g => Matches(e, g)));
        foreach (var e in doc.Events.Where(e => !Events.Any(g => Matches(e, g))))
            log.Add($"extra {e.Cameo} {TestDocs.Keys(e.Source)}→{TestDocs.Keys(e.Target)} {e.Modality} «{doc.Text[e.EvidenceStart..Math.Min(e.EvidenceEnd, e.EvidenceStart + 60)]}»");
        int hits = 0;
        foreach (var f in Forbid)
            foreach (var e in doc.Events.Where(e => Hits(e, f)))
            {
                hits++;
                log.Add($"FORBIDDEN {e.Cameo} {TestDocs.Keys(e.Source)}→{TestDocs.Keys(e.Target)}");
            }
        int qFound = 0;
        foreach (var q in Quotes)
        {
            string want = Norm(q.Contains);
            bool ok = doc.Quotes.Any(p => Norm(doc.Text[p.Start..p.End]).Contains(want, StringComparison.Ordinal)
                && p.Speaker?.Actor is { } a && q.Speaker.Contains(a.Key));
            if (ok) qFound++;
            else log.Add($"quote MISS «{q.Contains}»");
        }
        return new Result(Events.Count(g => g.Core), coreFound, doc.Events.Count, matched, hits, Quotes.Count, qFound, pairs, dateOk, modOk, claimOk, log);
    }
}

using System.Text;
using Warta.Actors;

namespace Warta.Evaluation;

/// <summary>A gold event and the produced event paired with it (null when missed).</summary>
public sealed record EventPair(GoldEvent Gold, PredictedEvent? Produced, bool? DateOk, bool? ModalityOk, bool? ClaimOk);

public sealed record ForbiddenHit(PredictedEvent Produced, ForbiddenRule Rule);

public sealed record QuoteResult(GoldQuote Gold, PredictedQuote? Found, bool? DirectOk);

public sealed record MetadataField(string Name, string Expected, string Actual, bool Ok);

/// <summary>Counts and details for one article; the report sums the counts (micro-average).</summary>
public sealed class ArticleScore
{
    public required string Article { get; init; }
    public string? Input { get; init; }
    public bool HasRecord { get; init; } = true;

    public int Produced { get; set; }
    public int ProducedMatched { get; set; }
    public int CoreGold { get; set; }
    public int CoreMatched { get; set; }
    public List<EventPair> Events { get; } = [];
    public List<PredictedEvent> Unmatched { get; } = [];
    public List<ForbiddenHit> ForbiddenHits { get; } = [];

    public int DateTotal { get; set; }
    public int DateOk { get; set; }
    public int ModalityTotal { get; set; }
    public int ModalityOk { get; set; }
    public int ClaimTotal { get; set; }
    public int ClaimOk { get; set; }

    public List<QuoteResult> Quotes { get; } = [];
    public int QuotesFound => Quotes.Count(q => q.Found is not null);
    public int DirectTotal => Quotes.Count(q => q.DirectOk is not null);
    public int DirectOk => Quotes.Count(q => q.DirectOk == true);

    public int MentionsGold { get; set; }
    public int MentionsFound { get; set; }
    public List<GoldMention> MentionMisses { get; } = [];

    public List<MetadataField> Metadata { get; } = [];
    public int MetadataOk => Metadata.Count(m => m.Ok);
}

/// <summary>
/// Scores one article record against its gold file by the rules of spec/article-json.md (end) and
/// spec/gold-format.md.
/// </summary>
public static class ArticleScorer
{
    /// <summary>
    /// A produced event matches a gold event when its CAMEO root is the gold root or an alternative's root,
    /// the source key sets intersect, and the target key sets intersect (or both are empty, or the gold
    /// target is optional).
    /// </summary>
    public static bool Matches(PredictedEvent p, GoldEvent g)
    {
        string root = p.Root;
        bool rootOk = false;
        foreach (var r in g.Roots())
            if (r == root) { rootOk = true; break; }
        if (!rootOk) return false;
        if (!Intersects(p.Source, g.Source)) return false;
        if (g.TargetOptional) return true;
        if (p.Target.Count == 0 && g.Target.Count == 0) return true;
        return Intersects(p.Target, g.Target);
    }

    /// <summary>
    /// A produced event hits a forbidden rule when its root equals the rule's root and its source and target
    /// key sets intersect the rule's (an empty rule target stands for any target), unless it carries an
    /// exemption the rule allows.
    /// </summary>
    public static bool Hits(PredictedEvent p, ForbiddenRule f)
    {
        if (p.Root != f.CameoRoot) return false;
        if (!Intersects(p.Source, f.Source)) return false;
        if (f.Target.Count > 0 && !Intersects(p.Target, f.Target)) return false;
        foreach (var u in f.Unless)
        {
            switch (u.Trim().ToLowerInvariant())
            {
                case "claimed" when p.ClaimedBy.Count > 0 || p.DeniedBy.Count > 0:
                case "negated" when p.Modality == "negated":
                case "hypothetical" when p.Modality is "hypothetical" or "possible" or "intended":
                    return false;
            }
        }
        return true;
    }

    private static bool Intersects(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if (string.Equals(x, y, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        new HashSet<string>(a, StringComparer.OrdinalIgnoreCase).SetEquals(b);

    /// <summary>
    /// Date rule: the produced value equals the gold date or one of date_alt. A null gold date means "the
    /// article gives no date": it matches a null produced date or one equal to the publication day (the
    /// contract lets the engine fall back to the publication date), taken from the gold file, else the record.
    /// </summary>
    public static bool DateMatches(string? produced, GoldEvent g, string? publicationDay)
    {
        if (g.Date is null)
            return produced is null || (publicationDay is not null && produced == publicationDay);
        if (produced is null) return false;
        if (produced == g.Date) return true;
        foreach (var d in g.DateAlt)
            if (produced == d) return true;
        return false;
    }

    public static ArticleScore Score(GoldArticle gold, PredictedArticle? record)
    {
        var rec = record ?? PredictedArticle.Empty;
        var s = new ArticleScore { Article = gold.Article, Input = record?.Input, HasRecord = record is not null };
        ScoreEvents(gold, rec, s);
        ScoreQuotes(gold, rec, s);
        ScoreMentions(gold, rec, s);
        ScoreMetadata(gold, rec, s);
        return s;
    }

    private static void ScoreEvents(GoldArticle gold, PredictedArticle rec, ArticleScore s)
    {
        string? pubDay = gold.Published ?? Day(rec.Published);
        s.Produced = rec.Events.Count;
        var matchedAny = new bool[rec.Events.Count];
        var paired = new bool[rec.Events.Count];
        for (int i = 0; i < rec.Events.Count; i++)
            foreach (var g in gold.Events)
                if (Matches(rec.Events[i], g)) { matchedAny[i] = true; break; }
        s.ProducedMatched = matchedAny.Count(m => m);

        // Pairing for the attribute scores: each gold event takes one matching produced event, preferring one
        // not yet paired, then an exact CAMEO code, then output order. Attributes never steer the choice.
        foreach (var g in gold.Events)
        {
            if (g.Core) s.CoreGold++;
            int best = -1, bestRank = int.MaxValue;
            for (int i = 0; i < rec.Events.Count; i++)
            {
                if (!Matches(rec.Events[i], g)) continue;
                int rank = (paired[i] ? 2 : 0) + (rec.Events[i].Cameo == g.Cameo ? 0 : 1);
                if (rank < bestRank) { best = i; bestRank = rank; }
            }
            if (best < 0)
            {
                s.Events.Add(new EventPair(g, null, null, null, null));
                continue;
            }
            paired[best] = true;
            if (g.Core) s.CoreMatched++;
            var p = rec.Events[best];
            bool dateOk = DateMatches(p.Date, g, pubDay);
            bool? modOk = g.Modality is null ? null : string.Equals(p.Modality, g.Modality, StringComparison.OrdinalIgnoreCase);
            bool claimOk = SameSet(p.ClaimedBy, g.ClaimedBy) && SameSet(p.DeniedBy, g.DeniedBy);
            s.DateTotal++;
            if (dateOk) s.DateOk++;
            if (modOk is not null)
            {
                s.ModalityTotal++;
                if (modOk == true) s.ModalityOk++;
            }
            s.ClaimTotal++;
            if (claimOk) s.ClaimOk++;
            s.Events.Add(new EventPair(g, p, dateOk, modOk, claimOk));
        }
        for (int i = 0; i < rec.Events.Count; i++)
            if (!matchedAny[i]) s.Unmatched.Add(rec.Events[i]);
        foreach (var p in rec.Events)
            foreach (var f in gold.Forbidden)
                if (Hits(p, f)) s.ForbiddenHits.Add(new ForbiddenHit(p, f));
    }

    /// <summary>Lower-cases, drops quotation marks and folds whitespace, so "containment" ignores case and quote style.</summary>
    public static string NormalizeQuoteText(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (c is '"' or '\'' or '“' or '”' or '„' or '‟' or '‘' or '’' or '‚' or '‛' or '«' or '»' or '‹' or '›' or '`' or '´' or '″' or '＂') continue;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static void ScoreQuotes(GoldArticle gold, PredictedArticle rec, ArticleScore s)
    {
        var produced = rec.Quotes.Select(q => (q, norm: NormalizeQuoteText(q.Text))).ToList();
        foreach (var g in gold.Quotes)
        {
            string needle = NormalizeQuoteText(g.Contains);
            PredictedQuote? found = null;
            foreach (var (q, norm) in produced)
            {
                if (!norm.Contains(needle, StringComparison.Ordinal)) continue;
                if (q.SpeakerKey is null || !g.Speaker.Contains(q.SpeakerKey, StringComparer.OrdinalIgnoreCase)) continue;
                found = q;
                break;
            }
            bool? directOk = found is null || g.Direct is null ? null : found.Direct == g.Direct;
            s.Quotes.Add(new QuoteResult(g, found, directOk));
        }
    }

    /// <summary>
    /// The gold name is the mention, or a whole-word part of it: an agent mention "penjaga pantai China"
    /// (CHNMIL) is an occurrence of "China" linked to CHN. Case is ignored.
    /// </summary>
    internal static bool NameOccurs(string mention, string name) => NameText.ContainsWord(mention, name);

    private static void ScoreMentions(GoldArticle gold, PredictedArticle rec, ArticleScore s)
    {
        foreach (var g in gold.Mentions)
        {
            s.MentionsGold++;
            bool found = false;
            foreach (var m in rec.Mentions)
            {
                if (!NameOccurs(m.Text.Trim(), g.Text.Trim())) continue;
                if (string.Equals(m.ActorKey, g.Key, StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(m.PlaceCountry, g.Key, StringComparison.OrdinalIgnoreCase)) { found = true; break; }
            }
            if (found) s.MentionsFound++;
            else s.MentionMisses.Add(g);
        }
    }

    /// <summary>
    /// A news organisation's name as the outlet directory or the knowledge base spells it, so "Aljazeera" and "Al Jazeera",
    /// "Associated Press" and "AP" compare equal; an unknown name is compared as written.
    /// </summary>
    internal static string CanonicalSource(string name)
    {
        var n = name.Trim();
        if (Structure.OutletDirectory.Default.FindExact(n) is { } outlet) return outlet.Name;
        return Actors.ActorKnowledgeBase.Default.Lookup(n, DateOnly.MinValue)?.Id ?? n;
    }

    private static string? Day(string? published) =>
        published is { Length: >= 10 } ? published[..10] : published;

    /// <summary>"HH:mm" of an ISO 8601 instant ("2024-06-21T14:29:00+07:00" → "14:29"), else null.</summary>
    private static string? Time(string? published) =>
        published is { Length: >= 16 } && published[10] is 'T' or ' ' ? published.Substring(11, 5) : null;

    private static string Show(string? s) => s ?? "null";

    private static string ShowList(IEnumerable<string> l) => "[" + string.Join(", ", l) + "]";

    private static void ScoreMetadata(GoldArticle gold, PredictedArticle rec, ArticleScore s)
    {
        var ic = StringComparer.OrdinalIgnoreCase;
        if (gold.HasLanguage)
            s.Metadata.Add(new MetadataField("language", Show(gold.Language), Show(rec.Language), ic.Equals(gold.Language, rec.Language)));
        if (gold.HasPublished)
            s.Metadata.Add(new MetadataField("published", Show(gold.Published), Show(Day(rec.Published)), gold.Published == Day(rec.Published)));
        if (gold.PublishedTime is { } t)
        {
            string? time = Time(rec.Published);
            s.Metadata.Add(new MetadataField("published_time", t, Show(time), time == t.PadLeft(5, '0')));
        }
        if (gold.HasDateline)
            s.Metadata.Add(new MetadataField("dateline", Show(gold.Dateline), Show(rec.Dateline),
                ic.Equals(gold.Dateline?.Trim(), rec.Dateline?.Trim())));
        if (gold.Authors is { } au)
            s.Metadata.Add(new MetadataField("authors", ShowList(au), ShowList(rec.Authors),
                new HashSet<string>(au.Select(a => a.Trim()), ic).SetEquals(rec.Authors.Select(a => a.Trim()))));
        if (gold.Credits is { } cr)
        {
            // A gold credit without a role matches on the name alone.
            var want = cr.Select(c => c.Role is null ? c.Name.Trim() : $"{c.Name.Trim()}/{c.Role.Trim()}").ToList();
            var have = rec.Credits.Select(c => $"{c.Name.Trim()}/{c.Role?.Trim()}").ToList();
            bool ok = want.Count == have.Count && cr.All(c => rec.Credits.Any(p =>
                ic.Equals(CanonicalSource(p.Name), CanonicalSource(c.Name)) && (c.Role is null || ic.Equals(p.Role?.Trim(), c.Role.Trim()))));
            s.Metadata.Add(new MetadataField("credits", ShowList(want), ShowList(have), ok));
        }
        if (gold.CitedSources is { } cs)
            s.Metadata.Add(new MetadataField("cited_sources", ShowList(cs), ShowList(rec.CitedSources),
                new HashSet<string>(cs.Select(CanonicalSource), ic).SetEquals(rec.CitedSources.Select(CanonicalSource))));
    }
}

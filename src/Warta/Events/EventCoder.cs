using Warta.Documents;
using Warta.Pipeline;

namespace Warta.Events;

/// <summary>
/// Codes CAMEO events from predicate patterns (lang/&lt;code&gt;/event-verbs.tsv): source and target actors
/// from the clause, modality from cue words, claims and denials from the quotes that report them, dates from
/// the clause's time expressions, places from "di X"/"in X" or the dateline; duplicates are merged.
/// </summary>
public sealed class EventCoder : IStage
{
    private readonly CameoOntology _ontology;

    public EventCoder() : this(CameoOntology.Default) { }

    public EventCoder(CameoOntology ontology) => _ontology = ontology;

    public string Name => "events";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Mentions | Layers.Times | Layers.Quotes;

    public Layers Provides => Layers.Events;

    public void Process(Document document)
    {
        var lang = LanguagePack.For(document.Language);
        var words = WordIndex.Build(document);
        var run = new EventRun(document, new Arguments(document, words, lang), _ontology);
        run.Code();
    }
}

/// <summary>An event while coding: the contract's <see cref="Event"/> plus what merging and dating need.</summary>
internal sealed class Candidate
{
    public required Event Event { get; init; }
    public required int Trigger { get; init; }
    public required int Segment { get; init; }
    public required int SegmentEnd { get; init; }
    public bool ExplicitDate { get; set; }
    public bool SelfStatement { get; set; }
    public bool Derived { get; init; }
    /// <summary>Named by a noun ("invasi Rusia"): in someone's words it is claimed, but no accusation of its own.</summary>
    public bool Nominal { get; init; }
    /// <summary>A passive with no agent named ("ditahan di Beijing"): the source is inferred, so no one is accused.</summary>
    public bool ImplicitAgent { get; set; }
    public List<ActorRef> Claimants { get; } = [];
    public Candidate? MergedInto { get; set; }
    public List<TextSpan> Evidence { get; } = [];

    public Candidate Root
    {
        get
        {
            var c = this;
            while (c.MergedInto is not null) c = c.MergedInto;
            return c;
        }
    }
}

/// <summary>One article's coding run: triggers and arguments here, claims and denials in EventClaims.cs, dates in EventDates.cs.</summary>
internal sealed partial class EventRun(Document doc, Arguments args, CameoOntology ontology)
{
    private readonly WordIndex _w = args.W;
    private readonly LanguagePack _l = args.L;
    private readonly List<Candidate> _all = [];
    private readonly List<(int Sentence, int Word, int Days)> _anchors = [];

    /// <summary>Quotes with their speaker actors (all members of a compound speaker).</summary>
    private readonly List<(Quote Quote, List<ActorRef> Speakers)> _quotes = [];

    public void Code()
    {
        foreach (var q in doc.Quotes) _quotes.Add((q, SpeakersOf(q)));
        for (int s = 0; s < _w.SentenceCount; s++)
        {
            int s0 = _w.SentenceStart(s), s1 = _w.SentenceEnd(s);
            if (s1 <= s0) continue;
            int before = _all.Count;
            var denials = new List<(int Word, int Length, ClaimKind Kind)>();
            for (int i = s0; i < s1; i++)
            {
                if (_l.Modality.TryMatch(_w, i, s1, out var mc, out int ml) && mc.Kind == ModalKind.Anchor)
                    _anchors.Add((s, i, mc.Days));
                // "tidak menolak kemungkinan": a hedge, not a rejection.
                if (ml > 1 && mc.Kind == ModalKind.Possible) { i += ml - 1; continue; }
                if (_l.Claims.TryMatch(_w, i, s1, out var ck, out int cl) && ck is ClaimKind.Deny or ClaimKind.DeniedBy or ClaimKind.NotDeny)
                {
                    // "neither denied nor confirmed", "tidak membantah": no denial is made.
                    if (ck == ClaimKind.NotDeny) { i += cl - 1; continue; }
                    denials.Add((i, cl, ck));
                    i += cl - 1;
                    continue;
                }
                int coded = _all.Count;
                int used = TryCode(s, s0, s1, i);
                // "the visit by X to Y": a verb form with no subject may still be an event noun.
                if (_all.Count == coded) used = Math.Max(used, TryNominal(s, s0, s1, i));
                if (used > 0) i += used - 1;
            }
            foreach (var d in denials) Deny(s, s0, s1, d.Word, d.Length, d.Kind, before);
        }
        InheritPlans();
        Claims();
        Merge();
        Dates();
        Emit();
    }

    /// <summary>
    /// "X direncanakan akan melakukan lawatan ke Y … Kunjungan X ke Y merupakan …", "X will visit Y … X's visit to Y is …":
    /// an event noun with no time of its own that names an act the article last told as planned or possible (same code,
    /// its actors among that act's) is a mention of the same plan, not a report that it happened.
    /// </summary>
    private void InheritPlans()
    {
        for (int k = 0; k < _all.Count; k++)
        {
            var c = _all[k];
            // "mengadakan lawatan ke X bermula esok", "visits X next week": a day after the report is still to come. Only
            // within two weeks of it, where a misread year or month cannot put a past act in the future.
            if (c.ExplicitDate && !c.Derived && c.Event.Modality == Modality.Asserted && c.Event.Date is { Precision: DatePrecision.Day } d
                && doc.PublishedDate is { } pub && d.Value.DayNumber - pub.DayNumber is > 0 and <= 14)
                c.Event.Modality = Modality.Intended;
            if (!c.Nominal || c.ExplicitDate || c.Event.Modality != Modality.Asserted) continue;
            // The latest telling of the same act decides: "akan bertemu …; Sebelumnya, X melakukan kunjungan ke Y. Kunjungan X
            // ke Y menandai …" reports the visit made.
            for (int p = k - 1; p >= 0; p--)
            {
                var e = _all[p].Event;
                if (_all[p].Derived || e.Cameo != c.Event.Cameo || !Among(c.Event.Source, e.Source) || !Among(c.Event.Target, e.Target)) continue;
                if (e.Modality is Modality.Intended or Modality.Possible) c.Event.Modality = e.Modality;
                break;
            }
        }
    }

    private static bool Among(List<ActorRef> some, List<ActorRef> all)
    {
        foreach (var a in some)
            if (!all.Any(b => b.Key == a.Key)) return false;
        return some.Count > 0;
    }

    private List<ActorRef> SpeakersOf(Quote q)
    {
        var list = new List<ActorRef>();
        if (q.Speaker is not { } sp) return list;
        int k = _w.AtOrAfter(sp.MentionStart);
        if (k < _w.Count && args.IsActorWord(k))
            foreach (var a in args.ChainForward(args.MentionFirst(k), Math.Min(_w.Count, k + 30))) list.Add(a.Actor);
        else if (sp.Actor is not null) list.Add(sp.Actor);
        if (sp.Actor is not null && !list.Contains(sp.Actor)) list.Insert(0, sp.Actor);
        return list;
    }

    /// <summary>The speakers of the smallest attributed quote holding a text offset.</summary>
    private List<ActorRef> SpeakersAt(int offset)
    {
        int best = -1;
        for (int k = 0; k < _quotes.Count; k++)
        {
            var q = _quotes[k].Quote;
            if (offset >= q.Start && offset < q.End && _quotes[k].Speakers.Count > 0 && (best < 0 || q.End - q.Start < _quotes[best].Quote.End - _quotes[best].Quote.Start)) best = k;
        }
        return best < 0 ? [] : [.. _quotes[best].Speakers];
    }

    private int QuoteAt(int offset)
    {
        int best = -1;
        for (int k = 0; k < _quotes.Count; k++)
        {
            var q = _quotes[k].Quote;
            if (offset >= q.Start && offset < q.End && (best < 0 || q.End - q.Start < _quotes[best].Quote.End - _quotes[best].Quote.Start)) best = k;
        }
        return best;
    }

    /// <summary>Codes the predicate starting at word <paramref name="i"/>, if any; returns the words it used.</summary>
    private int TryCode(int s, int s0, int s1, int i)
    {
        // "the attacks", "its attacks", "these attacks": after a determiner the form is a noun, read by the nominal rules. Only
        // for force, where the clause's subject is so often the victim or an investigator; "said on a visit to X" keeps its visitor.
        bool noun = i > s0 && ((_l.Args.TryMatch(_w, i - 1, i, out var dr, out _) && dr == ArgRole.Det) || _l.NounCues.TryMatch(_w, i - 1, i, out _, out _));
        // "alarmed by escalating attacks on X", "to investigate attacks on its missions", "if attacks on them continue": a harm
        // noun that is also a verb form is the noun when its victim follows "on"/"against"; the verb takes its object bare.
        if (!noun && i + 2 < s1 && _l.Harms.TryMatch(_w, i, i + 1, out _, out _) && _l.Args.TryMatch(_w, i + 1, i + 2, out var nr, out _)
            && nr == ArgRole.Target && _w.IsLower(i + 1) && !InTime(i + 2)) noun = true;
        // "10,786 armed clashes", "dozens of attacks", "two raids": a counted verb form is a noun (a date before a verb is no count).
        if (!noun && i > s0 && !InTime(i - 1))
        {
            int q = IsQuantity(i - 1) ? i - 1
                : i - 1 > s0 && _w.IsLower(i - 1) && !_l.Args.TryMatch(_w, i - 1, i, out _, out _) && !args.IsVerbAt(i - 1) && IsQuantity(i - 2) ? i - 2 : -1;
            noun = q >= 0 && !InTime(q);
        }
        // "tanpa meminta izin", "without asking": an adverbial of manner, not an act.
        for (int w = i - 1; w >= Math.Max(s0, i - 3); w--)
        {
            if (_l.Args.TryMatch(_w, w, w + 1, out var wr, out _) && wr == ArgRole.Without)
                foreach (var (_, len) in _l.Events.MatchAll(_w, i, s1)) return len;
            if (!args.IsAux(w)) break;
        }
        foreach (var (rules, len) in _l.Events.MatchAll(_w, i, s1))
        {
            foreach (var rule in rules)
            {
                if (noun && IsForce(rule.Code)) continue;
                int objEnd = rule.Objects.Length > 0 ? ObjectEnd(rule, i + len, s1) : i + len;
                if (objEnd < 0) continue;
                if (rule.Objects.Length == 0 && rule.Code.StartsWith("03", StringComparison.Ordinal) && ActFollows(i + len, s1)) return len;
                // "threatened regional stability", "mengancam perdamaian": the object says no one acts on anyone.
                // A verb before the object ("mengancam akan menghancurkan perekonomian X") makes it that verb's object: the
                // threat is aimed at someone, so the block does not apply.
                if ((rule.Flags & RuleFlags.Block) != 0)
                {
                    bool verbBetween = false;
                    for (int j = i + len; j < objEnd - 1 && !verbBetween; j++) verbBetween = args.IsVerbAt(j);
                    if (verbBetween) continue;
                    return objEnd - i;
                }
                var c = Build(s, s0, s1, i, i + len, rule, objEnd);
                if (c is not null) _all.Add(c);
                // The object nouns belong to this predicate; they are not triggers of their own ("berikrar untuk menuntut bela").
                return objEnd - i;
            }
        }
        return 0;
    }

    /// <summary>
    /// An event named by a noun with its actors: "invasi Rusia ke Ukraina", "lawatan pertama Putin ke Korea Utara",
    /// "Russia's invasion of Ukraine", "Israeli strikes on Gaza". Both sides must be named; a noun that is the
    /// object of an appeal, criticism or rejection, or that dates another act ("sejak invasi …", "since the
    /// invasion"), is background and not coded.
    /// </summary>
    private int TryNominal(int s, int s0, int s1, int i)
    {
        if (!_l.Nominals.TryMatch(_w, i, s1, out var rule, out int len)) return 0;
        bool condemned = false;
        int L = args.ClauseStart(i, s0, out var open);
        for (int k = _all.Count - 1; k >= 0 && _all[k].Event.Sentence == s; k--)
        {
            var c = _all[k];
            // A condemned attack that a relative clause reports as done ("mengecam serangan Rusia yang menghantam kota di
            // Ukraina") is still an attack; otherwise what is appealed about, criticised or rejected is background.
            // A rejected or condemned accusation ("menolak tuduhan X bahwa …") was still made.
            if (!c.Derived && c.Trigger < i && c.Trigger >= L && c.Event.Cameo.Length >= 2 && c.Event.Cameo[..2] is "02" or "10" or "11" or "12" or "13"
                && !rule.Code.StartsWith("11", StringComparison.Ordinal))
            {
                if (c.Event.Cameo.StartsWith("111", StringComparison.Ordinal) && rule.Code.Length >= 2 && rule.Code[..2] is "17" or "18" or "19" or "20") { condemned = true; break; }
                return len;
            }
        }
        List<ActorArg> src = [];
        List<ActorArg> patients = [];
        int after = i + len;
        bool viaRelative = false;
        bool mutual = false;
        bool withMeeting = false;
        // "pembicaraan darurat antara X dan Y", "talks between X and Y": both sides act on each other. A recip noun
        // ("talks", "rapat") names an event only so; other meeting nouns may also name a visitor and a host.
        if ((rule.Recip || rule.Code.StartsWith("04", StringComparison.Ordinal)) && Between(after, s1, rule.PossessorFirst) is { Count: >= 2 } pair)
        {
            src = pair;
            after = pair[^1].End;
            mutual = true;
        }
        // "kecaman dari X terhadap Y", "kritik terhadap Y juga datang dari X", "criticism of Y came from X": a reaction noun
        // with its doer after "dari"/"from" and its target after "terhadap"/"of"; both must be named in the clause.
        else if (rule.From is { Length: > 0 } fromWords && FromSides(after, s1, fromWords, out var by, out var on, out int fromEnd))
        {
            src = by;
            patients = on;
            after = fromEnd;
        }
        // "setelah pertemuan dengan duta besar X", "talks last week with X": a meeting noun with its partner after
        // "dengan"/"with" is held by the subject of the clause it serves, which must be named in the sentence.
        else if (rule.Code.StartsWith("04", StringComparison.Ordinal) && !rule.Code.StartsWith("042", StringComparison.Ordinal)
            && WithPartner(after, s1) is { Count: > 0 } partner && HostSubject(i, L, open, s0, s1, partner) is { Count: > 0 } host)
        {
            src = host;
            patients = partner;
            after = partner[^1].End;
            withMeeting = true;
        }
        // A reaction noun without both its sides named so is background ("menanggapi kritik itu").
        // An English noun that may also take its doer as a possessor ("China's criticism of X") goes on to that reading.
        else if ((rule.From is { Length: > 0 } && !rule.PossessorFirst) || rule.Recip) return len;
        else if (rule.PossessorFirst)
        {
            int k = i - 1;
            for (int n = 0; n < 2 && k >= L && !args.IsActorWord(k) && _w.IsLower(k) && !_l.Args.TryMatch(_w, k, k + 1, out _, out _); n++) k--;
            // A possessive split off its name ("Russia’s", "the Philippines’"); a lone closing quote after another word ends a
            // quoted phrase ("‘Alarm in White House’ over attacks").
            if (k > L && _w.Span(k) is ['\'' or '’', ..] && (_w.Span(k).Length > 1 || _w.Span(k + 1) is "s" || _w.Span(k - 1) is [.., 's' or 'S'])) k--;
            if (k >= L && args.IsActorWord(k)) src = args.ChainBackward(k, L);
            if (src.Count == 0 && after < s1 && _l.Args.TryMatch(_w, after, s1, out var ag, out int al) && ag == ArgRole.Agent && args.IsActorWord(after + al))
            {
                src = args.ChainForward(args.MentionFirst(after + al), s1);
                after = src[^1].End;
            }
            if (src.Count == 0 && OfThenBy(after, s1) is { } ob)
            {
                if (ob.Agent.Count > 0)
                {
                    // "the arrest of two Japanese nationals by Chinese police": the "of" complement is acted on, the "by" actor acts.
                    src = ob.Agent;
                    patients = ob.Patients;
                    after = ob.Agent[^1].End;
                }
            }
        }
        else
        {
            int k = after;
            bool counted = false;
            for (int n = 0; n < 2 && k < s1 && !args.IsActorWord(k); n++)
            {
                // "penangkapan ratusan WNI", "penahanan 9 nelayan": people counted after a coercion noun are its victims.
                if (IsQuantity(k)) { counted = true; k++; continue; }
                if (!_w.IsLower(k) || _l.Args.TryMatch(_w, k, k + 1, out _, out _) || args.IsVerbAt(k)) break;
                k++;
            }
            // "serangan udara oleh X", "unjuk rasa oleh X di …": the doer follows "oleh".
            if (!counted && k < s1 && _l.Args.TryMatch(_w, k, k + 1, out var byRole, out _) && byRole == ArgRole.Agent
                && args.FindAgent(k, s1) is { Count: > 0 } doer && doer[0].First <= k + 3)
            {
                src = doer;
                after = doer[^1].End;
            }
            else if (k < s1 && args.IsActorWord(k))
            {
                var found = args.ChainForward(args.MentionFirst(k), s1);
                after = found[^1].End;
                if ((counted && ontology.Info(rule.Code) is { Quad: 4 }) || IsCustody(rule.Code))
                {
                    // The doer is only the "oleh X"/"by X" agent; without one no act is coded, except an arrest or expulsion,
                    // whose place may name it below. "penangkapan WNI" is always the arrest OF Indonesians.
                    var agent = args.FindAgent(after, s1);
                    patients = found;
                    if (agent.Count > 0 && agent[0].First <= after + 3)
                    {
                        src = agent;
                        after = agent[^1].End;
                    }
                    else if (!IsCustody(rule.Code)) return Math.Max(len, after - i);
                }
                else src = found;
            }
            else if (!counted) (src, after, viaRelative) = PassiveRelativeDoer(after, s1);
        }
        if (rule.RelativeOnly && !viaRelative) return len;
        PlaceRef? custodyPlace = null;
        if (IsCustody(rule.Code) && src.Count == 0)
        {
            // "the detention of 16 Malaysians": the "of" phrase names whom.
            if (patients.Count == 0 && OfThenBy(after, s1) is { Agent.Count: 0 } ofPhrase) patients = ofPhrase.Patients;
            // "penangkapan dua mahasiswa WNI di Turki", "the detention of 16 Malaysians in Palembang, Indonesia": with no doer
            // named, an arrest or expulsion abroad is the authorities' of the place where it happened.
            if (patients.Count > 0)
            {
                after = patients[^1].End;
                var where = PlaceAfter(after, SegmentEnd(after, s1));
                if (where?.Country is { } wc && patients.All(a => a.Actor.Country is { } tc && tc != wc))
                {
                    src = [new ActorArg(new ActorRef(where.Name, wc, wc, null, null), -1, after, after)];
                    custodyPlace = where;
                }
            }
            if (src.Count == 0) return Math.Max(len, after - i);
        }
        // A condemned attack that a relative clause names its doer for ("mengecam serangan yang dilancarkan X ke Y") was made.
        if (viaRelative) condemned = false;
        List<ActorRef> source;
        if (src.Count > 0) source = [.. src.Select(a => a.Actor).Distinct()];
        else if (rule.Clitic && L > s0 && open == ClauseOpen.Chain)
        {
            // "…, sehari setelah kunjungannya ke Pyongyang": "-nya" is the main clause's subject.
            int v = L - 1;
            while (v > s0 && (_w.IsPunct(v) || args.IsAux(v))) v--;
            var outer = args.FindSubject(v, s0, args.ClauseStart(v, s0, out _));
            source = outer.Kind == SubjectKind.Actors ? [.. outer.Actors.Select(a => a.Actor).Distinct()] : [];
        }
        else source = [];
        if (source.Count == 0) return len;
        // "sejak invasi …", "since Russia's invasion", "karena serangan …": the noun dates or explains another act.
        int phrase = src.Count > 0 ? Math.Min(i, src[0].First) : i;
        // A meeting held before the clause's act ("setelah pertemuan dengan X, Y mengumumkan") still took place.
        if (!withMeeting && (open == ClauseOpen.Break || (open == ClauseOpen.Chain && OpensWithSince(L))) && phrase - L <= 1) return Math.Max(len, after - i);
        PlaceRef? place = custodyPlace;
        // "kunjungan menteri Jepang ke sebuah kuil melukai perasaan rakyat di Tiongkok", "the visit to the shrine angered China":
        // a visit's destination ends at the next verb; a country past it is someone the visit affected, not the host.
        int objLimit = s1;
        if (!mutual && patients.Count == 0 && rule.Code.StartsWith("042", StringComparison.Ordinal) && after + 1 < s1
            && _l.Args.TryMatch(_w, after, after + 1, out var toRole, out _) && toRole == ArgRole.Target)
            for (int k = after + 1; k < s1; k++)
                if (args.IsVerbAt(k)) { objLimit = k; break; }
        var obj = mutual ? [] : patients.Count > 0 ? patients : args.FindObject(after, objLimit, true, out _, out place, source);
        // "Serangan Israel itu memicu kecaman dari X", "the strike drew condemnation from X": an actor past a predicate that
        // draws a reaction reacts to the act; it is not what the act struck.
        if (obj.Count > 0 && patients.Count == 0 && ReactionBetween(after, obj[0].First, s1)) obj = [];
        if (obj.Count == 0 && after + 1 < s1 && _l.Args.TryMatch(_w, after, after + 1, out var of, out _) && of == ArgRole.Attr)
        {
            // "invasion of (the) Ukraine"
            int o = after + 1;
            o = args.PastDeterminer(o, s1);
            if (args.IsActorWord(o)) obj = args.ChainForward(args.MentionFirst(o), s1);
        }
        // "tuduhan Rabat bahwa Aljazair mengusir …", "Manila's accusation that Beijing rammed …": the accused leads the clause.
        if (obj.Count == 0 && rule.Code.StartsWith("11", StringComparison.Ordinal)) obj = ClauseLead(after, s1);
        if (obj.Count == 0 && after + 1 < s1 && _l.Args.TryMatch(_w, after, after + 1, out var rel, out _) && rel == ArgRole.Relative
            && _w.Mention[after + 1] < 0 && args.IsVerbAt(after + 1) && !_w.Span(after + 1).StartsWith("di", StringComparison.OrdinalIgnoreCase))
        {
            // "serangan Rusia yang menghantam kota-kota di Ukraina", "Russian strikes that hit Kyiv": the relative clause names the target.
            obj = args.FindObject(after + 2, s1, true, out _, out var p2, source);
            place ??= p2;
            condemned = false;
            // The relative verb tells how the act struck its target; it is not a second act.
            if (obj.Count > 0) after += 2;
        }
        if (condemned) return Math.Max(len, after - i);
        var target = mutual ? [.. source.AsEnumerable().Reverse()]
            : obj.Select(a => a.Actor).Where(a => !source.Any(b => b.Key == a.Key)).Distinct().ToList();
        if (target.Count == 0) return Math.Max(len, after - i);
        int segEnd = SegmentEnd(after, s1);
        var (start, end) = SentenceSpan(s, s0, s1);
        var e = new Event
        {
            Source = source,
            Target = target,
            Cameo = rule.Code,
            Sentence = s,
            EvidenceStart = start,
            EvidenceEnd = end,
            Modality = ModalityOf(i, i + len, L, L, s1),
            Place = place,
            Confidence = 0.55,
        };
        var cand = new Candidate { Event = e, Trigger = i, Segment = L, SegmentEnd = segEnd, Nominal = true, ImplicitAgent = custodyPlace is not null };
        cand.Evidence.Add(new TextSpan(start, end));
        if (ClauseTime(rule.Code, L, i, i + len, segEnd) is { } time)
        {
            e.Date = time.Date;
            e.DateText = doc.Text[time.Start..time.End];
            cand.ExplicitDate = true;
        }
        _all.Add(cand);
        return Math.Max(len, after - i);
    }

    /// <summary>
    /// "serangan mematikan yang dilancarkan Israel ke …", "sanksi yang dikeluarkan AS terhadap …": the doer of an event noun
    /// named after a passive relative verb of doing (event-doer-verbs.tsv, optionally with "oleh"); other verbs ("yang
    /// dikecam X", "yang dibantah X") name someone reacting to the event, not its doer.
    /// </summary>
    private (List<ActorArg> Doer, int After, bool Found) PassiveRelativeDoer(int after, int s1)
    {
        for (int r = after; r < Math.Min(s1 - 2, after + 3); r++)
        {
            if (_l.Args.TryMatch(_w, r, r + 1, out var role, out _) && role == ArgRole.Relative)
            {
                int v = r + 1;
                if (!_l.DoerVerbs.TryMatch(_w, v, s1, out _, out int vl)) break;
                int a = v + vl;
                if (a < s1 && _l.Args.TryMatch(_w, a, a + 1, out var by, out _) && by == ArgRole.Agent) a++;
                if (a < s1 && args.IsActorWord(a))
                {
                    var doer = args.ChainForward(args.MentionFirst(a), s1);
                    return (doer, doer[^1].End, true);
                }
                break;
            }
            if (args.IsActorWord(r) || _w.IsPunct(r)) break;
        }
        return ([], after, false);
    }

    /// <summary>
    /// The sides named after an event noun by "antara"/"between", over up to five modifier or name words
    /// ("rapat Komite Perbatasan antara X dan Y", "emergency talks between X and Y"); empty when none.
    /// </summary>
    private List<ActorArg> Between(int from, int s1, bool english)
    {
        int k = from;
        for (int n = 0; n < 5 && k < s1 && !args.IsActorWord(k) && !_w.IsPunct(k); n++)
        {
            if (_l.Args.TryMatch(_w, k, k + 1, out var r, out _))
            {
                if (r == ArgRole.Between || (r == ArgRole.Attr && !english))
                {
                    int o = k + 1;
                    o = args.PastDeterminer(o, s1);
                    // "antara pasukan X dan pasukan Y": a lowercase head noun or two before each side's name.
                    for (int h = 0; h < 2 && o + 1 < s1 && !args.IsActorWord(o) && _w.IsLower(o) && !args.IsVerbAt(o) && !_l.Args.TryMatch(_w, o, o + 1, out _, out _); h++) o++;
                    if (o >= s1 || !args.IsActorWord(o)) return [];
                    var sides = args.ChainForward(args.MentionFirst(o), s1);
                    // "antara Indonesia dengan Papua Nugini": after "antara", "dengan" joins the second side.
                    // "antara Indonesia dengan Papua Nugini", "antara pasukan X dan pasukan Y": the second side after "dengan" or a head noun.
                    int w = sides[^1].End;
                    if (w + 1 < s1 && _l.Args.TryMatch(_w, w, w + 1, out var wr, out _) && wr is ArgRole.With or ArgRole.Coord)
                    {
                        int y = w + 1;
                        for (int h = 0; h < 2 && y + 1 < s1 && !args.IsActorWord(y) && _w.IsLower(y) && !args.IsVerbAt(y) && !_l.Args.TryMatch(_w, y, y + 1, out _, out _); h++) y++;
                        if (args.IsActorWord(y) && (wr == ArgRole.With || y > w + 1)) sides.AddRange(args.ChainForward(args.MentionFirst(y), s1));
                    }
                    return sides;
                }
                if (r is not (ArgRole.Quantity or ArgRole.Det)) break;
            }
            else if (!IsQuantity(k) && args.IsVerbAt(k)) break;
            k++;
        }
        return [];
    }

    /// <summary>
    /// "of [the/nine] X [nouns] by Y" right after an event noun: X as the ones acted on, Y as the doer (empty when no
    /// "by" follows X within three words); null when no actor follows "of", or "by" names no actor.
    /// </summary>
    private (List<ActorArg> Patients, List<ActorArg> Agent)? OfThenBy(int at, int s1)
    {
        if (at + 1 >= s1 || !_l.Args.TryMatch(_w, at, at + 1, out var of, out _) || of != ArgRole.Attr) return null;
        int o = at + 1;
        for (int n = 0; n < 3 && o < s1 && !args.IsActorWord(o)
            && (IsQuantity(o) || (_l.Args.TryMatch(_w, o, o + 1, out var det, out _) && det == ArgRole.Det)); n++) o++;
        if (o >= s1 || !args.IsActorWord(o)) return null;
        var patients = args.ChainForward(args.MentionFirst(o), s1);
        int end = patients[^1].End;
        for (int j = end; j < Math.Min(s1, end + 4); j++)
        {
            if (_w.IsPunct(j) || args.IsClauseEnd(j, s1)) break;
            if (!_l.Args.TryMatch(_w, j, s1, out var r, out int n) || r != ArgRole.Agent) continue;
            int k = j + n;
            k = args.PastDeterminer(k, s1);
            return k < s1 && args.IsActorWord(k) ? (patients, args.ChainForward(args.MentionFirst(k), s1)) : null;
        }
        return (patients, []);
    }

    /// <summary>
    /// The doer after a from-word and the target after a target or attribute word, in either order, within the clause
    /// after an event noun: "kecaman dari X terhadap Y", "kritik terhadap Y juga datang dari X", "criticism of Y from X".
    /// At most three plain words may stand between the noun and the phrases or between the two phrases.
    /// </summary>
    private bool FromSides(int after, int s1, string[] fromWords, out List<ActorArg> by, out List<ActorArg> on, out int end)
    {
        by = [];
        on = [];
        end = after;
        int k = after, gap = 0;
        while (k + 1 < s1 && (by.Count == 0 || on.Count == 0))
        {
            if (_w.IsPunct(k) || args.IsActorWord(k) || args.IsQuoteMark(k)) return false;
            bool isFrom = false;
            foreach (var f in fromWords) isFrom |= _w.Span(k).Equals(f, StringComparison.OrdinalIgnoreCase);
            if (isFrom || (_l.Args.TryMatch(_w, k, k + 1, out var role, out _) && role is ArgRole.Target or ArgRole.Attr))
            {
                int o = k + 1;
                o = args.PastDeterminer(o, s1);
                if (!args.IsActorWord(o)) return false;
                var chain = args.ChainForward(args.MentionFirst(o), s1);
                if (isFrom) { if (by.Count > 0) return false; by = chain; }
                else { if (on.Count > 0) return false; on = chain; }
                k = end = chain[^1].End;
                gap = 0;
                continue;
            }
            if (_l.Args.TryMatch(_w, k, k + 1, out _, out _) || ++gap > 3) return false;
            k++;
        }
        return by.Count > 0 && on.Count > 0;
    }

    /// <summary>The partner named after "dengan"/"with" within three plain words after a meeting noun ("pembicaraan pekan lalu dengan X").</summary>
    private List<ActorArg> WithPartner(int after, int s1)
    {
        for (int k = after; k + 1 < s1 && k < after + 4; k++)
        {
            if (_w.IsPunct(k) || args.IsActorWord(k)) return [];
            if (_l.Args.TryMatch(_w, k, k + 1, out var role, out _))
            {
                if (role != ArgRole.With) return [];
                int o = k + 1;
                o = args.PastDeterminer(o, s1);
                // "dengan duta besar X", "with Presiden X": up to three title words before the partner's name.
                for (int n = 0; n < 3 && o + 1 < s1 && !args.IsActorWord(o) && !_w.IsPunct(o) && !args.IsVerbAt(o)
                    && !_l.Args.TryMatch(_w, o, o + 1, out _, out _); n++) o++;
                return args.IsActorWord(o) ? args.ChainForward(args.MentionFirst(o), s1) : [];
            }
            if (args.IsVerbAt(k)) return [];
        }
        return [];
    }

    /// <summary>
    /// Who holds a meeting noun: the subject of its own clause before it ("X mengadakan rapat dengan Y"), or, when the
    /// noun opens a clause after "setelah"/"after" or a comma chain, the subject of the clause that clause serves.
    /// </summary>
    private List<ActorArg> HostSubject(int i, int L, ClauseOpen open, int s0, int s1, List<ActorArg> partner)
    {
        if (i > L)
        {
            var own = args.FindSubject(i, s0, L);
            return own.Kind == SubjectKind.Actors ? own.Actors : [];
        }
        // "Setelah pertemuan dengan X, Y mengumumkan …", "Dalam pembicaraan dengan X, Y …": a fronted phrase's host is
        // the subject named right after its comma.
        if (L - s0 <= 1)
        {
            // The partner's name list may have run on over the comma into the host: "dengan Menlu X, Y mengumumkan".
            int last = partner[^1].End;
            while (last < s1 && args.IsAux(last)) last++;
            if (last < s1 && args.IsVerbAt(last))
                for (int m = partner.Count - 1; m >= 1; m--)
                    if (_w.IsPunct(partner[m].First - 1, ','))
                    {
                        var host = partner.GetRange(m, partner.Count - m);
                        partner.RemoveRange(m, partner.Count - m);
                        return host;
                    }
            int partnerEnd = partner[^1].End;
            int c = partnerEnd;
            while (c < s1 && c < partnerEnd + 6 && !_w.IsPunct(c) && !args.IsActorWord(c) && !args.IsVerbAt(c)) c++;
            if (c + 1 < s1 && _w.IsPunct(c, ','))
            {
                int a = c + 1;
                for (int n = 0; n < 3 && a + 1 < s1 && !args.IsActorWord(a) && !_w.IsLower(a) && !_w.IsPunct(a); n++) a++; // a title
                if (args.IsActorWord(a))
                {
                    var chain = args.ChainForward(args.MentionFirst(a), s1);
                    int vb = chain[^1].End;
                    while (vb < s1 && args.IsAux(vb)) vb++;
                    if (vb < s1 && args.IsVerbAt(vb)) return chain;
                }
            }
            if (L == s0) return [];
        }
        // "X mengatakan pertemuan dengan Y berlangsung baik": the speaker took part in the meeting it reports.
        if (open == ClauseOpen.Speech && L > s0)
        {
            var speaker = args.FindSubject(L - 1, s0, args.ClauseStart(L - 1, s0, out _));
            return speaker.Kind == SubjectKind.Actors ? speaker.Actors : [];
        }
        if (L <= s0 || open is not (ClauseOpen.Chain or ClauseOpen.Break)) return [];
        int v = L - 1;
        while (v > s0 && (_w.IsPunct(v) || args.IsAux(v))) v--;
        var outer = args.FindSubject(v, s0, args.ClauseStart(v, s0, out _));
        if (outer.Kind == SubjectKind.Actors) return outer.Actors;
        // "X menyatakan sikapnya setelah …", "…, kata X pekan lalu setelah …": the nearest actor back that opens the
        // sentence or follows a speech verb or a comma speaks for the clause the meeting serves.
        for (int j = v - 1; j >= s0 && !args.IsQuoteMark(j); j--)
        {
            if (!args.IsActorWord(j)) continue;
            var chain = args.ChainBackward(j, s0);
            int p = chain[0].First - 1;
            for (int n = 0; n < 3 && p >= s0 && !_w.IsLower(p) && !_w.IsPunct(p) && !args.IsQuoteMark(p); n++) p--; // a title before the name
            return p < s0 || _w.IsPunct(p, ',') || args.IsSpeechVerb(p, p + 1) ? chain : [];
        }
        return [];
    }

    /// <summary>The other side of a two-party description ("kedua negara", "both countries") in the sentence that includes <paramref name="self"/>.</summary>
    private List<ActorRef> DualPartner(int s0, int s1, ActorRef self)
    {
        for (int j = s0; j < s1; j++)
        {
            if (!args.IsActorWord(j)) continue;
            var both = args.ActorsOn(j);
            if (both.Count == 2 && both.Any(a => a.Key == self.Key)) return [.. both.Where(a => a.Key != self.Key)];
        }
        return [];
    }

    private bool ReactionBetween(int from, int to, int s1)
    {
        for (int p = from; p < to; p++)
            foreach (var (rules, _) in _l.Events.MatchAll(_w, p, s1))
                foreach (var r in rules)
                    if ((r.Flags & RuleFlags.Passive) != 0 && r.Code.Length >= 2 && r.Code[..2] is "11" or "12") return true;
        return false;
    }

    private bool IsQuantity(int k) =>
        (_w.Span(k) is [>= '0' and <= '9', ..]) || (_l.Args.TryMatch(_w, k, k + 1, out var r, out _) && r == ArgRole.Quantity);

    private bool OpensWithSince(int L)
    {
        if (L < 1) return false;
        for (int st = Math.Max(0, L - 2); st < L; st++)
            foreach (var (role, n) in _l.Args.MatchAll(_w, st, L))
                if (role == ArgRole.Since && st + n == L) return true;
        return false;
    }

    /// <summary>A coded act within the next three words ("berjanji memberikan bantuan", "pledged to send troops").</summary>
    private bool ActFollows(int from, int s1)
    {
        // Words of a time expression do not count ("bersumpah pada November 2023 untuk menyerang …").
        int stop = Math.Min(s1, from + 3);
        for (int j = from; j < stop; j++)
        {
            if (stop < s1 && InTime(j)) stop++;
            foreach (var (rules, len) in _l.Events.MatchAll(_w, j, s1))
                foreach (var r in rules)
                    // An intent row with its object ("meningkatkan kerja sama") is the pledged act itself; a bare one is not.
                    if ((!r.Code.StartsWith("03", StringComparison.Ordinal) || r.Objects.Length > 0) && (r.Objects.Length == 0 || ObjectEnd(r, j + len, s1) >= 0)) return true;
        }
        return false;
    }

    private bool InTime(int j)
    {
        foreach (var t in doc.Times)
            if (_w.Start[j] >= t.Start && _w.End[j] <= t.End) return true;
        return false;
    }

    /// <summary>The word after the first of the rule's object nouns within the clause, or -1 when none follows.</summary>
    /// <summary>The actors after an "oleh/by" that closes within three words of an object noun ("allegations made by X").</summary>
    private List<ActorArg> AgentOfObject(int from, int s1, bool doerOnly = false)
    {
        int end = Math.Min(s1, from + 3);
        for (int k = from; k < end; k++)
        {
            if (_w.IsPunct(k) || args.IsActorWord(k)) break;
            // "menolak kenyataan dibuat Setiausaha Luar Filipina, Teodoro …", "kritik yang dilontarkan Menlu X": the actor right
            // after a passive verb of doing is its agent, after capitalised title words and an appositive comma at most.
            if (_l.DoerVerbs.TryMatch(_w, k, s1, out _, out int vl))
            {
                int o = k + vl;
                if (o < s1 && _l.Args.TryMatch(_w, o, o + 1, out var by, out _) && by == ArgRole.Agent) o++;
                for (int n = 0; o < s1 && n < 7; o++, n++)
                {
                    if (args.IsActorWord(o)) return args.ChainForward(args.MentionFirst(o), s1);
                    if (args.IsClauseEnd(o, s1)) break;
                    if (_w.IsPunct(o) ? !(_w.IsPunct(o, ',') && o > k + vl && !_w.IsLower(o - 1)) : _w.IsLower(o)) break;
                }
                break;
            }
            if (doerOnly || !(_l.Args.TryMatch(_w, k, k + 1, out var r, out _) && r == ArgRole.Agent)) continue;
            // "by the home minister of India": the agent's title words may come before its country.
            for (int o = k + 1; o < Math.Min(s1, k + 6) && !_w.IsPunct(o); o++)
                if (args.IsActorWord(o)) return args.ChainForward(args.MentionFirst(o), s1);
            break;
        }
        return [];
    }

    private int ObjectEnd(EventRule rule, int from, int s1)
    {
        // An unlinked name set off by a comma before the object noun ("summoned Li Wei, China's ambassador") is an apposition.
        int name = from;
        while (name < from + 3 && name < s1 && !_w.IsPunct(name) && !args.IsActorWord(name) && _w.Span(name) is { Length: > 1 } nt && char.IsUpper(nt[0])) name++;
        if (name > from && name + 1 < s1 && _w.IsPunct(name, ',')) from = name + 1;
        int end = Math.Min(s1, from + 6), far = Math.Min(s1, from + 12);
        bool pred = false;
        for (int j = from; j < s1; j++)
        {
            if (j >= end && (pred || j >= far)) break;
            // The stops inside a linked name ("the U.S. ambassador") are no clause break.
            if (_w.IsPunct(j) && args.IsActorWord(j)) continue;
            // After "sebagai"/"as" the label is a noun phrase whose modifier may open with "yang" ("sebagai langkah yang provokatif").
            bool relInLabel = pred && _l.Args.TryMatch(_w, j, j + 1, out var rr, out _) && rr == ArgRole.Relative;
            // A currency sign opens an amount inside the object ("pledged $5 million in aid"), not a clause break.
            if ((!relInLabel && args.IsClauseEnd(j, s1)) || (_w.IsPunct(j) && !args.IsQuoteMark(j) && !_w.IsPunct(j, '’') && !_w.IsPunct(j, '\'') && !IsCurrencySign(j))) return -1;
            // "menyebut <long noun phrase> sebagai X": the label after the predicative marker is the object, however long the first phrase.
            if (!pred && _l.Predicatives.Count > 0 && _l.Predicatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_w.Span(j))) { pred = true; end = Math.Min(s1, j + 7); }
            else if (j >= end) continue;
            foreach (var obj in rule.Objects)
            {
                if (j + obj.Length > s1) continue;
                bool ok = true;
                for (int k = 0; k < obj.Length && ok; k++) ok = _w.Span(j + k).Equals(obj[k], StringComparison.OrdinalIgnoreCase);
                if (ok) return j + obj.Length;
            }
        }
        return -1;
    }

    private bool IsCurrencySign(int j)
    {
        var t = _w.Span(j);
        return t.Length == 1 && t[0] is '$' or '€' or '£' or '¥';
    }

    /// <summary>
    /// The holder named after a release appeal: the actor after "by" or "from" (after an optional "the") before the clause
    /// ends, other than the appealing side; empty when none.
    /// </summary>
    private List<ActorRef> Captor(int t1, int s1, List<ActorRef> source)
    {
        for (int k = t1; k + 1 < s1; k++)
        {
            if (!_l.Args.TryMatch(_w, k, k + 1, out var r, out _)) continue;
            if (r is ArgRole.Break or ArgRole.Relative) break;
            if (r is not (ArgRole.Agent or ArgRole.Attr) || (r == ArgRole.Attr && !_w.Span(k).Equals("from", StringComparison.OrdinalIgnoreCase))) continue;
            int o = k + 1;
            o = args.PastDeterminer(o, s1);
            if (!args.IsActorWord(o)) continue;
            var found = args.ChainForward(args.MentionFirst(o), s1).Select(a => a.Actor)
                .Where(a => !source.Any(b => b.Key == a.Key || (a.Country is not null && a.Country == b.Country))).ToList();
            if (found.Count > 0) return found;
        }
        return [];
    }

    /// <summary>The speech verb at most two words (a time phrase: "on Monday") before the complementizer at <paramref name="comp"/>, or -1.</summary>
    private int SpeechBeforeComp(int comp, int s0)
    {
        for (int j = comp - 1; j >= s0 && j >= comp - 3; j--)
        {
            if (_w.IsPunct(j) || args.IsActorWord(j)) return -1;
            if (args.IsSpeechVerb(j, comp)) return j;
        }
        return -1;
    }

    private List<ActorRef> Resolve(Subject subj, int trigger, int quote)
    {
        switch (subj.Kind)
        {
            case SubjectKind.Actors:
                return [.. subj.Actors.Select(a => a.Actor)];
            case SubjectKind.FirstPerson:
                return quote >= 0 ? [.. _quotes[quote].Speakers] : [];
            case SubjectKind.ThirdPerson:
                // A pronoun the coreference layer resolved to a person no actor is known for ("Osamah … . dia mengimbau")
                // is that person, not the last quoted speaker.
                if (subj.First >= 0 && _w.Mention[subj.First] is int pm and >= 0 && doc.Mentions[pm].Source == MentionSource.Coreference
                    && doc.Mentions[pm].Antecedent >= 0 && doc.Mentions[pm].Type == EntityType.PER)
                    return [];
                // A pronoun the coreference layer did not link: the nearest earlier speaker.
                for (int k = _quotes.Count - 1; k >= 0; k--)
                    if (_quotes[k].Quote.Start < _w.Start[trigger] && _quotes[k].Speakers.Count > 0) return [.. _quotes[k].Speakers];
                return [];
            default:
                return [];
        }
    }

    private Candidate? Build(int s, int s0, int s1, int t0, int t1, EventRule rule, int objEnd = -1)
    {
        int L = args.ClauseStart(t0, s0, out var open);
        int quote = QuoteAt(_w.Start[t0]);
        var subj = args.FindSubject(t0, s0, L);
        List<ActorRef> source, target;
        bool implicitAgent = false;
        PlaceRef? place = null;
        bool viaWith = false, captor = false;
        int subjEnd = subj.Kind == SubjectKind.Actors ? subj.Actors[^1].End : subj.Kind is SubjectKind.None or SubjectKind.NoHead ? L : subj.First + 1;

        bool passive = (rule.Flags & RuleFlags.Passive) != 0
            || (_w.Span(t0).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && PassiveAuxBefore(t0, s0))
            || ReducedPassive(t0, t1, s1);
        // "tindakan China yang disebutnya ilegal": the form is a label only after a relative marker; alone ("Malaysia,
        // disebutnya, siap …") it reports speech.
        if ((rule.Flags & RuleFlags.Relative) != 0 && (t0 <= s0 || !_l.Args.TryMatch(_w, t0 - 1, t0, out var rm, out _) || rm != ArgRole.Relative))
            return null;
        if ((rule.Flags & RuleFlags.Judged) != 0)
        {
            // "Venezuela's decision was worrying, Chile said", "langkah Beijing tidak dapat diterima, kata Manila": the speaker
            // judges the actor whose conduct is the subject.
            // A scare-quoted word ("was “worrying”") opens no clause of its own.
            if (subj.Kind != SubjectKind.Actors && open == ClauseOpen.Quote && L - 1 > s0) subj = args.FindSubject(L - 1, s0, args.ClauseStart(L - 1, s0, out _));
            source = SpeakersAt(_w.Start[t0]);
            if (source.Count == 0 || subj.Kind != SubjectKind.Actors) return null;
            target = [.. subj.Actors.Select(a => a.Actor)];
        }
        else if (passive)
        {
            target = Resolve(subj, t0, quote);
            source = [.. args.FindAgent(t1, s1).Select(a => a.Actor)];
            implicitAgent = source.Count == 0;
            // "seorang WNI ditangkap bersama sembilan warga AS", "was detained with two Thais": those taken with them are targets too.
            if (IsCustody(rule.Code) && target.Count > 0 && t1 < s1 && _l.Args.TryMatch(_w, t1, t1 + 1, out var wr, out _) && wr == ArgRole.With)
            {
                int o = t1 + 1;
                for (int n = 0; n < 2 && o < s1 && !args.IsActorWord(o) && (IsQuantity(o) || (_w.IsLower(o) && !_l.Args.TryMatch(_w, o, o + 1, out _, out _))); n++) o++;
                if (o < s1 && args.IsActorWord(o))
                    foreach (var a in args.ChainForward(args.MentionFirst(o), s1))
                        if (!target.Contains(a.Actor)) target.Add(a.Actor);
            }
            // An arrest or expulsion abroad is the place's authorities' (below), not the last armed force named.
            bool abroad = IsCustody(rule.Code) && target.Count > 0 && ForeignPlaceAfter(t1, s1, target) is not null;
            if (source.Count == 0 && !abroad && rule.Code.Length >= 2 && rule.Code[..2] is "17" or "18" or "19" or "20")
                source = ImplicitForce(s, t0, rule.Code[..2] is "19" or "20" ? target : []);
        }
        else
        {
            source = Resolve(subj, t0, quote);
            // "X said (on Monday) that it had lodged …": the complementizer of a speech verb opens the same reported clause.
            int speechVerb = open == ClauseOpen.Comp && L > s0 + 1 ? SpeechBeforeComp(L - 1, s0) : -1;
            if (source.Count == 0 && subj.Kind == SubjectKind.None && L > s0 && (open is ClauseOpen.Chain or ClauseOpen.Speech || speechVerb >= 0))
            {
                // Elided subject: "Putin berbicara …, sehari setelah mengunjungi …"; "X mendakwa menembak jatuh …".
                int v = speechVerb >= 0 ? speechVerb : L - 1;
                while (v > s0 && (_w.IsPunct(v) || args.IsAux(v))) v--;
                int L2 = args.ClauseStart(v, s0, out _);
                var outer = args.FindSubject(v, s0, L2);
                // "Beliau berkata demikian selepas bertemu …": past the speech verb to the sentence's subject.
                if (outer.Kind == SubjectKind.None && L2 > s0) outer = args.FindSubject(v, s0, s0);
                if (outer.Kind != SubjectKind.None) source = Resolve(outer, v, quote);
            }
            if (source.Count == 0 && subj.Kind == SubjectKind.NoHead && IsVerbal(rule.Code))
            {
                // "Vietnam mengeluarkan pernyataan yang mengecam …": a statement says what its issuer says.
                int r = t0 - 1;
                while (r > s0 && args.IsAux(r)) r--;
                int head = r - 1, v = head - 1;
                if (v > s0 && _l.Args.TryMatch(_w, head, head + 1, out var dr, out _) && dr == ArgRole.Document && args.IsVerbAt(v))
                {
                    var outer = args.FindSubject(v, s0, args.ClauseStart(v, s0, out _));
                    if (outer.Kind is SubjectKind.Actors or SubjectKind.ThirdPerson) source = Resolve(outer, v, quote);
                }
            }
            if (source.Count == 0 && subj.Kind == SubjectKind.None && open == ClauseOpen.Quote && L - 1 > s0)
            {
                // A quote that continues its speaker's clause: "Putin said Russia “does not rule out …”".
                int mark = L - 1;
                var outer = args.FindSubject(mark, s0, args.ClauseStart(mark, s0, out _));
                if (outer.Kind is SubjectKind.Actors or SubjectKind.ThirdPerson) source = Resolve(outer, t0, quote);
            }
            // Criticism, rejection, praise and concern are aimed at the doer of the act they speak of.
            bool aimed = rule.Code.Length >= 2 && rule.Code[..2] is "11" or "12" or "05" || rule.Code.StartsWith("012", StringComparison.Ordinal);
            var obj = args.FindObject(t1, s1, (rule.Flags & RuleFlags.TargetPlace) != 0, out viaWith, out place, source, aimed);
            if (aimed) args.VictimCountries(t1, s1, _victims);
            // "memfasilitasi pertukaran tahanan antara X dan Y", "mediated talks between X and Y": both sides are the target.
            if (rule.Code is "045" or "039" && Between(t1, s1, doc.Language == "en") is { Count: >= 2 } sides) obj = sides;
            // "expressed condemnation of (the) X": the stance noun's own complement is whom it is about.
            if (obj.Count == 0 && aimed && objEnd > t1 && objEnd + 1 < s1 && _l.Args.TryMatch(_w, objEnd, objEnd + 1, out var oa, out _) && oa == ArgRole.Attr)
            {
                int o = objEnd + 1;
                o = args.PastDeterminer(o, s1);
                if (args.IsActorWord(o)) obj = args.ChainForward(args.MentionFirst(o), s1);
            }
            // "menarik mundur pasukannya dari Suriah", "menarik utusannya dari Kanada", "withdrew its troops from Syria": the
            // country left is the one the retreat or recall concerns.
            if (obj.Count == 0 && (rule.Code.StartsWith("087", StringComparison.Ordinal) || rule.Code == "161") && objEnd > t1)
                for (int o = objEnd; o < Math.Min(s1, objEnd + 3) && obj.Count == 0; o++)
                {
                    if (!_l.Args.TryMatch(_w, o, o + 1, out var fr, out _) || fr != ArgRole.Attr) continue;
                    if (o + 1 < s1 && args.IsActorWord(o + 1)) obj = args.ChainForward(args.MentionFirst(o + 1), s1);
                    break;
                }
            // "memperingatkan bahwa Beijing tidak boleh …", "warned that Moscow would …": the one warned leads the clause.
            // "mengeluhkan bahwa Jakarta tidak …", "complained that Manila had …": the one complained of leads the clause.
            // "demanded that Beijing release …", "urged that Manila withdraw …": the one asked leads the clause.
            if (obj.Count == 0 && (rule.Code.StartsWith("13", StringComparison.Ordinal) || rule.Code == "114"
                || rule.Code.StartsWith("10", StringComparison.Ordinal) || rule.Code.StartsWith("02", StringComparison.Ordinal))) obj = ClauseLead(t1, s1);
            // "rejected the allegations made by X", "menolak tuduhan yang dilontarkan oleh X": what is rejected or criticised
            // is the act of the agent its object names.
            // With no object noun matched, only a verb of making right after names the doer ("menolak kenyataan dibuat X").
            if (obj.Count == 0 && aimed) obj = AgentOfObject(objEnd > t1 ? objEnd : t1, s1, doerOnly: objEnd <= t1);
            target = [.. obj.Select(a => a.Actor)];
            // "tiba di sini hari ini bagi memulakan lawatan", "arrived here": a visit to "here" is to the dateline's country.
            if (target.Count == 0 && rule.Code == "042" && (rule.Flags & RuleFlags.TargetPlace) != 0 && t1 < s1
                && _l.Args.TryMatch(_w, t1, s1, out var here, out _) && here == ArgRole.Here
                && DatelinePlace() is { Country: { } hc } hp && !source.Any(a => a.Country == hc))
            {
                target = [new ActorRef(hp.Name, hc, hc, null, null)];
                place ??= hp;
            }
            // "summoned the high commissioner of Bangladesh": the country after the object noun's "of" is whose envoy it is.
            if (target.Count == 0 && rule.Objects.Length > 0 && ObjectEnd(rule, t1, s1) is var oe && oe > 0 && oe + 1 < s1
                && _l.Args.TryMatch(_w, oe, oe + 1, out var ofRole, out _) && ofRole == ArgRole.Attr && args.IsActorWord(oe + 1))
                target = [.. args.ChainForward(args.MentionFirst(oe + 1), s1).Select(a => a.Actor).Where(a => !source.Any(b => b.Key == a.Key))];
            // "called for the release of its fishermen held by X", "asked for the release of the sailors from X": the captor
            // is whom the appeal or demand is aimed at, not the captives.
            if (rule.Code is "0253" or "1053" && Captor(t1, s1, source) is { Count: > 0 } captors) { target = captors; captor = true; }
        }
        if (source.Count == 0 && passive && target.Count > 0 && rule.Code.StartsWith("17", StringComparison.Ordinal))
        {
            // "130 WNI ditangkap dalam razia di Shah Alam", "nationals were detained in Malaysia": with no agent named, the
            // arrests in another country are its authorities'.
            if (ForeignPlaceAfter(t1, s1, target) is { Country: { } wc } where)
            {
                source = [new ActorRef(where.Name, wc, wc, null, null)];
                place = where;
            }
            // "60 diplomat AS diusir dari Rusia", "were expelled from Russia": the country one is expelled from expels.
            else if (rule.Code == "174" && ExpelledFrom(t1, s1) is { Country: { } fc } from && target.All(a => a.Country is { } tc && tc != fc))
                source = [new ActorRef(from.Name, fc, fc, null, null)];
        }
        // "X's envoy was summoned at the foreign ministry in Ankara", "the Indian high commissioner was summoned" under a
        // NEW DELHI dateline: with no summoner named, a foreign envoy is summoned by the host country, named by the
        // place of the summons or else by the dateline.
        if (source.Count == 0 && passive && rule.Code == "114" && target.Count > 0)
        {
            var host = ForeignPlaceAfter(t1, s1, target);
            if (host is null && DatelinePlace() is { Country: { } dc } dp && target.All(a => a.Country is { } tc && tc != dc)) host = dp;
            if (host?.Country is { } hc) source = [new ActorRef(host.Name, hc, hc, null, null)];
        }
        if (source.Count == 0) return null;
        if (!passive && IsObjectOfDissent(s, t0, source)) return null;
        // "meminta warganya berlindung", "warned its citizens": an act on the actor's own people is domestic.
        // "meminta Kongres untuk mengirim bantuan ke X": an appeal to its own people or legislature is domestic whatever it is about.
        if (!passive && !captor && (target.Count == 0 || rule.Code.StartsWith("02", StringComparison.Ordinal)) && args.OwnPeopleAfter(t1, s1)) return null;
        target.RemoveAll(source.Contains);
        // An actor does not attack, visit or sign with itself or its own country: such a target is a parsing slip
        // ("menghancurkan masa depan Rusia" said of Putin). Domestic acts between sectors (army against president) stay.
        bool coop = rule.Code.Length >= 2 && rule.Code[..2] is "03" or "04" or "05" or "06" or "07" or "08";
        if (target.RemoveAll(t => source.Any(a => a.Key == t.Key && (coop || a.Code == t.Code || t.Sector is null))) > 0 && target.Count == 0)
            return null;
        // "Malaysia bersedia meningkatkan kerjasama … kedua-dua negara": a cooperative act with no partner named is with
        // the other side of a "both countries" description in its sentence.
        bool dual = false;
        if (target.Count == 0 && !passive && source.Count == 1 && rule.Code.Length >= 2 && rule.Code[..2] is "03" or "04" or "05" or "06")
        {
            target = DualPartner(s0, s1, source[0]);
            dual = target.Count > 0;
        }
        // "bertemu" with no partner and one actor: a session of its own, not a meeting between parties.
        if ((rule.Flags & RuleFlags.Recip) != 0 && target.Count == 0 && source.Count < 2) return null;
        place ??= PlaceBefore(L, t0) ?? PlaceAfter(t1, SegmentEnd(t1, s1));

        // A partner only inferred from "kedua negara" is acted toward; it did not join the act ("Malaysia bersedia meningkatkan kerja sama").
        if ((rule.Flags & RuleFlags.Recip) != 0 && !dual)
        {
            if (target.Count > 0)
            {
                var both = source.Concat(target).Distinct().ToList();
                source = both;
                target = [.. target.Concat(both.Where(a => !target.Contains(a)))];
            }
            else if (source.Count > 1)
            {
                target = [.. source.AsEnumerable().Reverse()];
            }
        }
        string code = rule.Code;
        // An expelled state official is a diplomat sent home: the downgrade of relations (161), as "mengusir diplomat" is coded.
        // So is a named foreign official expelled ("mempertimbangkan untuk mengusir Huang", "expelled Ambassador Kang").
        if (code == "174" && target.Count > 0 && target.All(a => a.Sector == "GOV")
            && (passive || target.All(a => a.Country is { } tc && !source.Any(b => b.Country == tc))))
            code = "161";
        var modality = ModalityOf(t0, t1, Math.Max(subjEnd, L), L, s1, code.StartsWith("13", StringComparison.Ordinal));
        if (_obliged && modality == Modality.Asserted)
        {
            // "Iran dan Teluk perlu menyepakati kerangka, kata Qatar", "Israel must withdraw": what others must do is the
            // speaker's appeal to them; outside anyone's words it is no fact.
            List<ActorRef> speakers = passive ? [] : SpeakersAt(_w.Start[t0]);
            if (speakers.Count > 0 && !speakers.Any(a => source.Any(b => b.Key == a.Key)))
            {
                target = source;
                source = speakers;
                code = code.StartsWith("04", StringComparison.Ordinal) || code.StartsWith("03", StringComparison.Ordinal) ? "026" : "020";
            }
            else modality = Modality.Hypothetical;
        }
        bool self = quote >= 0 && _quotes[quote].Speakers.Any(sp => source.Any(a => a.Key == sp.Key));
        // Only the actor itself expresses an intent (CAMEO 03x): in its own words, or by pledging ("berjanji memberikan …");
        // others' expectations keep the act's code and modality.
        if ((self || _pledged) && modality is Modality.Possible or Modality.Intended && rule.IntentCode is not null) code = rule.IntentCode;
        // Violence an actor announces in its own words ("akan membalas", "will destroy any violation") is a threat. An announced
        // legal or administrative act (expelling staff, arresting, seizing, sanctioning) is that act intended: a threat
        // of it needs a threat verb or a condition.
        else if ((self || _pledged) && modality == Modality.Intended && IsForce(code)) code = "138";
        // "kedua pihak saling menyerang", "both sides captured posts", "kedua negara memutuskan hubungan": each side acts on the other.
        if (target.Count == 0 && source.Count == 2 && code.Length >= 2 && code[..2] is "16" or "17" or "18" or "19" or "20"
            && (subj.Kind is SubjectKind.ThirdPerson or SubjectKind.FirstPerson
                || (subj.Kind == SubjectKind.Actors && subj.Actors.Count == 2 && subj.Actors[0].First == subj.Actors[1].First)))
            target = [source[1], source[0]];
        // "summoned each other's envoys", "saling memanggil duta besar": two actors each acting on the other.
        if (target.Count == 0 && source.Count >= 2 && args.MutualNear(t0, t1, s1)) target = [.. source.AsEnumerable().Reverse()];
        // "mengecam serangan oleh rejim X … di Doha": a condemned act with its own agent names the place of its victim, not the target.
        if (target.Count == 0 && place?.Country is { } pc && !source.Any(a => a.Country == pc) && !args.ChannelAfter(t1, s1)
            && (code.Length >= 2 && code[..2] is "18" or "19" or "20" || code is "042" or "045" or "039"
                || (code.Length >= 2 && code[..2] is "11" && !AgentCueBefore(t1, s1, place) && !args.VictimAfter(t1, s1) && !_victims.Contains(pc))))
            target = [new ActorRef(place.Name, pc, pc, null, null)];
        // "menyerukan agar kekerasan di Myanmar diakhiri", "called for an end to the fighting in Sudan": the country it happens in.
        if (target.Count == 0 && !passive && code.StartsWith("02", StringComparison.Ordinal) && !args.ChannelAfter(t1, s1)
            && PlaceAfter(t1, s1) is { Country: { } ac } ap && !source.Any(a => a.Country == ac))
            target = [new ActorRef(ap.Name, ac, ac, null, null)];
        if (target.Count == 0 && !passive && code.Length >= 2 && code[..2] is "02" or "10" or "11" or "12" or "13")
            target = ImplicitAddressee(s, t0, t1, s1, source, code);

        if (target.Count == 0 && (rule.Flags & RuleFlags.NeedTarget) != 0) return null;
        int segEnd = SegmentEnd(t1, s1);
        var (start, end) = SentenceSpan(s, s0, s1);
        var e = new Event
        {
            Source = source,
            Target = target,
            Cameo = code,
            Sentence = s,
            EvidenceStart = start,
            EvidenceEnd = end,
            Modality = modality,
            Place = place,
        };
        var c = new Candidate { Event = e, Trigger = t0, Segment = L, SegmentEnd = segEnd };
        c.Evidence.Add(new TextSpan(start, end));

        if (subj.Accuser >= 0)
        {
            int a0 = args.ClauseStart(subj.Accuser, s0, out _);
            var acc = args.FindSubject(subj.Accuser, s0, a0);
            foreach (var a in Resolve(acc, subj.Accuser, quote)) if (!source.Contains(a)) c.Claimants.Add(a);
        }
        c.SelfStatement = self;
        c.ImplicitAgent = implicitAgent;
        // "X accused Y of firing ...": X is the victim when the act names none.
        if (c.Claimants.Count > 0 && target.Count == 0 && ontology.Info(code) is { Quad: 4 })
            target.AddRange(c.Claimants);

        var time = ClauseTime(code, L, t0, t1, segEnd);
        if (time is null && c.SelfStatement && quote >= 0 && open is ClauseOpen.Comp or ClauseOpen.Speech)
        {
            // "Putin menyebutkan pada awal bulan ini bahwa …": the statement's own date.
            var q = _quotes[quote].Quote;
            if (q.Speaker is { } sp && sp.MentionStart < q.Start) time = TimeIn(sp.MentionStart, q.Start, q.Start);
        }
        if (time is not null)
        {
            e.Date = time.Date;
            e.DateText = doc.Text[time.Start..time.End];
            c.ExplicitDate = true;
        }
        double conf = 0.5;
        if (subj.Kind == SubjectKind.Actors || passive) conf += 0.15;
        if (target.Count > 0 || (rule.Flags & RuleFlags.Self) != 0) conf += 0.15;
        if (rule.Objects.Length > 0) conf += 0.1;
        e.Confidence = Math.Min(0.95, conf);
        return c;
    }

    /// <summary>
    /// A participle right before its agent is passive: "fishermen detained by Malaysian authorities", "the ship seized by
    /// Iran". Only the agent marker directly after the "-ed" form counts ("attacked by drones" names no actor and stays active).
    /// </summary>
    /// <summary>
    /// "was targeted", "were also detained", "was later released": a passive auxiliary before the participle, with at
    /// most two adverbs (modality.tsv `aux` rows) between them.
    /// </summary>
    private bool PassiveAuxBefore(int t0, int s0)
    {
        int k = t0 - 1;
        for (int skipped = 0; k > s0 && skipped < 2 && args.IsAux(k); skipped++) k--;
        return k >= s0 && _l.Args.TryMatch(_w, k, k + 1, out var role, out _) && role == ArgRole.Passive;
    }

    private bool ReducedPassive(int t0, int t1, int s1)
    {
        if (t1 != t0 + 1 || t1 + 1 >= s1 || !_w.Span(t0).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        if (!_l.Args.TryMatch(_w, t1, s1, out var r, out int n) || r != ArgRole.Agent) return false;
        for (int k = t1 + n; k < Math.Min(s1, t1 + n + 4); k++)
        {
            if (args.IsActorWord(k)) return true;
            if (_w.IsPunct(k) || args.IsClauseEnd(k, s1)) return false;
        }
        return false;
    }

    /// <summary>
    /// Whom a reaction without a named object answers: "mengecam tindakan tersebut", "rejected the protest" name the
    /// last act by someone else (within three sentences); with no such pointer, the last act done to the reacting
    /// actor; "condemned X … and called on …" keeps the addressee of the same actor's earlier reaction in the sentence.
    /// </summary>
    private List<ActorRef> ImplicitAddressee(int s, int t0, int t1, int s1, List<ActorRef> source, string code)
    {
        for (int k = _all.Count - 1; k >= 0 && _all[k].Event.Sentence == s; k--)
        {
            var c = _all[k];
            if (c.Derived || c.Trigger >= t0 || c.Event.Target.Count == 0 || c.Event.Cameo.Length < 2 || c.Event.Cameo[..2] is not ("02" or "10" or "11" or "12")) continue;
            if (KeyOf(c.Event.Source) == KeyOf(source)) return [.. c.Event.Target];
        }
        if (code[..2] is not "02" && CauseActor(t1, s1, source) is { Count: > 0 } cause) return cause;
        bool anaphor = false, harm = false, said = false;
        for (int j = t1; j < Math.Min(s1, t1 + 6) && !anaphor; j++)
        {
            if (args.IsClauseEnd(j, s1) || _w.IsPunct(j) || args.IsActorWord(j)) break;
            harm |= _l.Harms.TryMatch(_w, j, s1, out _, out _);
            said |= _l.Saids.TryMatch(_w, j, s1, out _, out _) || (j + 1 < s1 && _l.Saids.TryMatch(_w, j + 1, s1, out _, out _));
            anaphor = j < t1 + 5 && _l.Args.TryMatch(_w, j, s1, out var r, out _) && r == ArgRole.Anaphor;
        }
        // A doer named later in the sentence ("the attacks, claimed by X") is not the last act's.
        for (int j = t1; j < s1 && harm; j++) harm = !args.IsActorWord(j);
        var keys = source.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        // "Mesir mengkritik komentar tersebut", "rejected the remarks": those words are the last quote's by someone else.
        if (said && anaphor && LastQuoteBy(s, _w.Start[t0], keys) is { Count: > 0 } speakers) return speakers;
        // "mengutuk kekerasan tersebut", "urged restraint": what is condemned or appealed about is an act, not another
        // party's statement; only a rejection ("menolak tuduhan tersebut") answers words.
        bool answersActs = code[..2] is not "12";
        for (int k = _all.Count - 1; k >= 0; k--)
        {
            var c = _all[k];
            if (c.Event.Sentence < s - 3) break;
            if (c.Derived || (c.Event.Sentence == s && c.Trigger >= t0)) continue;
            if (answersActs && c.Event.Cameo[..2] is "01" or "02" or "10" or "11" or "12" or "13") continue;
            var who = c.Event.Source.Where(a => !keys.Contains(a.Key)).ToList();
            if (who.Count != c.Event.Source.Count || who.Count == 0) continue;
            // Without "tersebut"/"the move", only an act done to this actor is what it answers ("mengancam akan membalas").
            // "mengecam serangan udara itu/hari Rabu", "condemned the missile launches": a harmful act noun names the last
            // attack by someone else.
            if (anaphor || c.Event.Target.Any(a => keys.Contains(a.Key)) || (harm && IsMaterialConflict(c.Event.Cameo))) return who;
        }
        // "Turki memanggil duta besar Swedia … Turki mengecam keras tindakan itu", "lodged a protest … and demanded
        // measures": a reaction naming no one continues the same actor's last conflictual act of the eight sentences
        // before (measured: three finds fewer right targets, the whole article the same ones).
        // An appeal naming no one is mostly to the actor's own people ("mendesak agar Presiden …"): it does not.
        for (int k = _all.Count - 1; k >= 0 && code[..2] is not "02"; k--)
        {
            var c = _all[k];
            if (c.Event.Sentence < s - 8) break;
            if (c.Derived || (c.Event.Sentence == s && c.Trigger >= t0) || c.Event.Target.Count == 0 || !IsConflict(c.Event.Cameo)) continue;
            if (c.Event.Source.Count == source.Count && c.Event.Source.All(a => keys.Contains(a.Key)) && !c.Event.Target.Any(a => keys.Contains(a.Key)))
                return [.. c.Event.Target];
        }
        return [];
    }

    /// <summary>
    /// "berikrar menuntut bela selepas India melancarkan serangan", "menyatakan penyesalan karena Korea Selatan mengizinkan …",
    /// "vowed to retaliate after India struck": the actor leading the first cause clause after the trigger, when a verb follows it.
    /// </summary>
    private List<ActorRef> CauseActor(int t1, int s1, List<ActorRef> source)
    {
        for (int j = t1; j < s1; j++)
        {
            if (!_l.Causes.TryMatch(_w, j, s1, out _, out int n)) continue;
            int k = j + n;
            k = args.PastDeterminer(k, s1);
            if (k >= s1 || !args.IsActorWord(k)) return [];
            var chain = args.ChainForward(args.MentionFirst(k), s1);
            if (chain.Count == 0) return [];
            int v = chain[^1].End;
            while (v < s1 && args.IsAux(v)) v++;
            if (v >= s1 || !args.IsVerbAt(v)) return [];
            return [.. chain.Select(a => a.Actor).Where(a => !source.Any(b => b.Key == a.Key)).Distinct()];
        }
        return [];
    }

    /// <summary>The speakers of the last attributed quote ending before <paramref name="before"/> in the three sentences
    /// up to <paramref name="s"/>, when none of them is among <paramref name="keys"/>.</summary>
    private List<ActorRef> LastQuoteBy(int s, int before, HashSet<string> keys)
    {
        int from = doc.Sentences[Math.Max(0, s - 3)].Start, best = -1;
        for (int k = 0; k < _quotes.Count; k++)
        {
            var q = _quotes[k].Quote;
            if (q.End <= before && q.Start >= from && _quotes[k].Speakers.Count > 0 && (best < 0 || q.End > _quotes[best].Quote.End)) best = k;
        }
        if (best < 0 || _quotes[best].Speakers.Any(a => keys.Contains(a.Key))) return [];
        return [.. _quotes[best].Speakers];
    }

    /// <summary>CAMEO roots 10–17: demands, disapproval, rejection, threats, protest, force posture, reduced relations, coercion.</summary>
    private static bool IsConflict(string code) => code.Length >= 2 && code[0] == '1' && code[1] is >= '0' and <= '7';

    /// <summary>CAMEO roots 18–20: attacks, the acts an attack or bombing noun names (a seizure is no "serangan").</summary>
    private static bool IsMaterialConflict(string code) => code.Length >= 2 && (code[0] == '1' && code[1] is >= '8' and <= '9' || code[0] == '2');

    /// <summary>
    /// "condemned the attacks", "called on all parties to stop attacks", "menolak tuduhan menyerang": an act named after
    /// the same actor's appeal, criticism, rejection or denial is what it speaks about, not a second act of its own.
    /// A coordinated predicate ("condemned X and attacked Y") stays an act.
    /// </summary>
    private bool IsObjectOfDissent(int s, int t0, List<ActorRef> source)
    {
        int prev = t0 - 1;
        while (prev >= 0 && args.IsAux(prev)) prev--;
        if (prev >= 0 && (args.IsCoord(prev) || _w.IsPunct(prev))) return false;
        for (int k = _all.Count - 1; k >= 0 && _all[k].Event.Sentence == s; k--)
        {
            var c = _all[k];
            if (c.Derived || c.Trigger >= t0) continue;
            string code = c.Event.Cameo;
            if (code.Length < 2 || (code[..2] is not ("02" or "10" or "11" or "12") && !code.StartsWith("012", StringComparison.Ordinal))) continue;
            if (c.Event.Source.Any(a => source.Any(b => b.Key == a.Key))) return true;
            // "menyeru Majlis Keselamatan untuk mengutuk X", "urged China to attack": what the addressee is asked to do is no fact.
            if (code[..2] is "02" or "10" && c.Event.Target.Any(a => source.Any(b => b.Key == a.Key)) && !BreakBetween(c.Trigger, t0)) return true;
        }
        return false;
    }

    /// <summary>The actor leading a "bahwa"/"that" clause starting at word <paramref name="at"/>, within its first three words.</summary>
    private List<ActorArg> ClauseLead(int at, int s1)
    {
        if (at + 1 >= s1 || !_l.Speech.TryMatch(_w, at, s1, out var comp, out int cl) || comp != SpeechRole.Comp) return [];
        for (int o = at + cl; o < Math.Min(s1, at + cl + 3); o++)
        {
            if (args.IsActorWord(o)) return args.ChainForward(args.MentionFirst(o), s1);
            if (_w.IsPunct(o) || args.IsVerbAt(o)) break;
        }
        return [];
    }

    /// <summary>An agent cue ("oleh", "by") after the predicate and before the place is named.</summary>
    private bool AgentCueBefore(int t1, int s1, PlaceRef place)
    {
        for (int j = t1; j < s1; j++)
        {
            if (_w.Mention[j] >= 0 && args.PlaceOf(_w.Mention[j]) == place) return false;
            if (_w.Mention[j] < 0 && _l.Args.TryMatch(_w, j, j + 1, out var r, out _) && r == ArgRole.Agent) return true;
        }
        return false;
    }

    /// <summary>Punctuation or a clause opener ("tetapi", "but") between two words: the later one is in a clause of its own.</summary>
    private bool BreakBetween(int from, int to)
    {
        for (int j = from + 1; j < to; j++)
        {
            if (_w.Mention[j] >= 0) continue;
            if (_w.IsPunct(j) || (_l.Args.TryMatch(_w, j, j + 1, out var r, out _) && r is ArgRole.Break or ArgRole.Chain)) return true;
        }
        return false;
    }

    /// <summary>
    /// The unnamed agent of a passive coercion ("Bazoum telah ditahan"): the armed actor (military, police, rebels)
    /// named closest before, within six sentences (or in the next one); for killings, not the victims' own country's.
    /// </summary>
    private List<ActorRef> ImplicitForce(int s, int t0, List<ActorRef> victims)
    {
        int from = _w.SentenceStart(Math.Max(0, s - 6)), to = _w.SentenceEnd(Math.Min(_w.SentenceCount - 1, s + 1));
        int s1 = _w.SentenceEnd(s);
        ActorRef? best = null;
        for (int j = from; j < to; j++)
        {
            // "their soldiers were killed while X's forces killed …": a force later in the same sentence acts in its own clause.
            if (j >= t0 && j < s1) { j = s1 - 1; continue; }
            // An army seizing its own president is a coup, but unnamed killers of a country's people are not its own forces.
            if (_w.Mention[j] >= 0 && args.ActorOf(_w.Mention[j], false) is { Sector: "MIL" or "REB" or "COP" or "SPY" } a
                && !victims.Any(v => v.Key == a.Key)) best = a;
        }
        return best is null ? [] : [best];
    }

    private (int Start, int End) SentenceSpan(int s, int s0, int s1)
    {
        if (s < doc.Sentences.Length) return (doc.Sentences[s].Start, doc.Sentences[s].End);
        return (_w.Start[s0], _w.End[s1 - 1]);
    }

    /// <summary>The first clause boundary after the predicate, so a time expression is read within its clause.</summary>
    private int SegmentEnd(int t1, int s1)
    {
        for (int j = t1; j < s1; j++)
        {
            if (_l.Speech.TryMatch(_w, j, s1, out var sr, out _) && sr is SpeechRole.Comp or SpeechRole.Before or SpeechRole.Both or SpeechRole.Tell) return j;
            if (_l.Claims.TryMatch(_w, j, s1, out var ck, out _) && ck is ClaimKind.Background or ClaimKind.DeniedBy && !TimeStartsAt(j + 1)) return j;
            // "sejak Rabu pagi", "after Monday" are time adverbials, not new clauses.
            if (_l.Args.TryMatch(_w, j, s1, out var ar, out _) && ar is ArgRole.Break or ArgRole.Chain && !TimeStartsAt(j + 1)) return j;
            if (_l.Modality.TryMatch(_w, j, s1, out var mc, out _) && mc.Kind == ModalKind.Anchor) return j;
            if (_w.IsPunct(j, ';') || _w.IsPunct(j, ':') || args.IsQuoteMark(j)) return j;
        }
        return s1;
    }

    private bool IsVerbal(string code) => ontology.Info(code) is { Quad: 1 or 3 };

    private PlaceRef? PlaceBefore(int L, int t0)
    {
        for (int j = t0 - 1; j > L; j--)
        {
            if (_w.Mention[j] < 0) continue;
            int f = args.MentionFirst(j);
            if (args.ArgEndingAt(f - 1, L, out var r, out _) && r == ArgRole.Place && args.PlaceOf(_w.Mention[j]) is { } p) return p;
            j = f;
        }
        return null;
    }

    private PlaceRef? PlaceAfter(int t1, int end)
    {
        for (int j = t1; j < end; j++)
        {
            // The next predicate's place is its own, unless it only describes the object ("keganasan yang berterusan di X").
            if (j > t1 && _w.Mention[j] < 0 && args.IsVerbAt(j) && !(_l.Args.TryMatch(_w, j - 1, j, out var rel, out _) && rel == ArgRole.Relative)) break;
            if (_w.Mention[j] < 0) continue;
            int f = args.MentionFirst(j);
            if (args.ArgEndingAt(f - 1, t1, out var r, out _) && r == ArgRole.Place && args.PlaceOf(_w.Mention[j]) is { } p) return p;
            j = args.MentionEnd(j) - 1;
        }
        return null;
    }

    /// <summary>The place phrase of the predicate's clause when it lies in a country other than every target's.</summary>
    private PlaceRef? ForeignPlaceAfter(int t1, int s1, List<ActorRef> target)
    {
        var where = PlaceAfter(t1, SegmentEnd(t1, s1));
        return where?.Country is { } wc && target.All(a => a.Country is { } tc && tc != wc) ? where : null;
    }

    /// <summary>"dari X", "from X" right after an expulsion verb (an adverb may come between): the country X.</summary>
    private ActorRef? ExpelledFrom(int t1, int s1)
    {
        for (int j = t1; j < Math.Min(s1, t1 + 3); j++)
        {
            if (_w.Mention[j] >= 0 || _w.IsPunct(j)) return null;
            if (!_l.Args.TryMatch(_w, j, j + 1, out var r, out _)) continue;
            if (r != ArgRole.Attr || j + 1 >= s1 || _w.Mention[j + 1] < 0) return null;
            // Only a country itself ("dari Rusia", "from the country"), not a person or body it is said of.
            return args.ActorOf(_w.Mention[j + 1], false) is { Sector: null, Country: not null } a ? a : null;
        }
        return null;
    }

    /// <summary>Taking people into custody or out of the country: arrest (173), expulsion (174).</summary>
    private static bool IsCustody(string code) => code is "173" or "174";

    /// <summary>Physical force (17x damage/repression, 18x–20x); not the administrative 17x acts: sanctions (172x),
    /// arrest (173), expulsion (174), seizure (1711).</summary>
    private static bool IsForce(string code) =>
        code.Length >= 2 && (code[..2] is "18" or "19" or "20"
            || (code[..2] is "17" && !code.StartsWith("172", StringComparison.Ordinal) && code is not ("173" or "174" or "1711")));

    private bool _pledged;
    // Countries named as victims of a criticised harm earlier in the article ("kekerasan terhadap warga X"): a later
    // "kekerasan di X" is condemned for them, not aimed at X.
    private readonly HashSet<string> _victims = new(StringComparer.Ordinal);

    /// <summary>The last predicate <see cref="ModalityOf"/> read carries "harus"/"must"/"need to": it is asked for, not done.</summary>
    private bool _obliged;

    /// <param name="threat">a threat (CAMEO 13x): a condition after the trigger is what is threatened
    /// ("mengancam akan menghancurkan … jika …", "threatened to … if …"); the threat itself is made.</param>
    private Modality ModalityOf(int t0, int t1, int from, int L, int s1, bool threat = false)
    {
        bool neg = false, hyp = false, poss = false, intent = false, besides = false;
        _pledged = false;
        _obliged = false;
        int floor = Math.Max(from, t0 - 6);
        for (int j = t0 - 1; j >= floor; j--)
        {
            if (!_l.Modality.TryMatchEndingAt(_w, j + 1, floor, out var cue, out int st)) continue;
            switch (cue.Kind)
            {
                case ModalKind.Negated: neg = true; break;
                case ModalKind.Hypothetical: hyp = true; break;
                case ModalKind.Possible: poss = true; break;
                case ModalKind.Intended: intent = true; break;
                case ModalKind.Pledge: intent = true; _pledged = true; break;
                case ModalKind.Obliged: _obliged = true; break;
                // "selain melakukan …" opens the predicate's own participle clause only when nothing stands between.
                case ModalKind.Besides: besides = !CommaBetween(j + 1, t0); break;
            }
            j = st;
        }
        for (int j = L; j < t0 && !hyp; j++)
            if (_l.Modality.TryMatch(_w, j, t0, out var c2, out _) && c2.Kind == ModalKind.Hypothetical) hyp = true;
        for (int j = t1; j < Math.Min(s1, t1 + 16) && !hyp && !threat; j++)
        {
            if (_w.IsPunct(j, '.') || _w.IsPunct(j, ';') || args.IsQuoteMark(j)) break;
            if (_l.Modality.TryMatch(_w, j, s1, out var c3, out _) && c3.Kind == ModalKind.Hypothetical) hyp = true;
        }
        if (neg) return Modality.Negated;
        if (hyp) return Modality.Hypothetical;
        if (poss) return Modality.Possible;
        if (intent) return Modality.Intended;
        if (besides && !threat) return MainClauseModality(t1, s1);
        return Modality.Asserted;
    }

    /// <summary>
    /// "selain melakukan pertemuan dengan Y, X juga akan …", "besides meeting Y, X will also …": the participle clause has
    /// no tense of its own and takes the main clause's: the first intent or possibility cue after its comma.
    /// </summary>
    private Modality MainClauseModality(int t1, int s1)
    {
        int comma = -1;
        for (int j = t1; j < s1 && comma < 0; j++)
        {
            if (_w.IsPunct(j, '.') || _w.IsPunct(j, ';') || args.IsQuoteMark(j)) return Modality.Asserted;
            if (_w.IsPunct(j, ',')) comma = j;
        }
        if (comma < 0) return Modality.Asserted;
        for (int j = comma + 1; j < Math.Min(s1, comma + 16); j++)
        {
            if (_w.IsPunct(j, '.') || _w.IsPunct(j, ';') || args.IsQuoteMark(j)) break;
            if (!_l.Modality.TryMatch(_w, j, s1, out var c, out int n)) continue;
            switch (c.Kind)
            {
                case ModalKind.Intended or ModalKind.Pledge: return Modality.Intended;
                case ModalKind.Possible: return Modality.Possible;
            }
            j += n - 1;
        }
        return Modality.Asserted;
    }

    private static string KeyOf(List<ActorRef> actors) => string.Join(",", actors.Select(a => a.Key).Distinct().Order(StringComparer.Ordinal));

    private void Merge()
    {
        var byKey = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var c in _all.OrderBy(c => c.Event.EvidenceStart).ThenBy(c => c.Trigger))
        {
            var e = c.Event;
            string key = $"{e.Cameo}|{KeyOf(e.Source)}|{KeyOf(e.Target)}|{e.Modality}";
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            Candidate? into = null;
            foreach (var r in list)
                if (r.Event.Date is null || e.Date is null || r.Event.Date == e.Date) { into = r; break; }
            if (into is null) { list.Add(c); continue; }
            c.MergedInto = into;
            var t = into.Event;
            if (t.Date is null && e.Date is not null && SameStretch(into, c)) { t.Date = e.Date; t.DateText = e.DateText; into.ExplicitDate = c.ExplicitDate; }
            t.Place ??= e.Place;
            foreach (var a in e.ClaimedBy) if (!t.ClaimedBy.Contains(a)) t.ClaimedBy.Add(a);
            foreach (var a in e.DeniedBy) if (!t.DeniedBy.Contains(a)) t.DeniedBy.Add(a);
            into.SelfStatement |= c.SelfStatement;
            t.Confidence = Math.Min(0.95, Math.Max(t.Confidence, e.Confidence) + 0.05);
            foreach (var ev in c.Evidence) if (!into.Evidence.Contains(ev)) into.Evidence.Add(ev);
        }
    }

    private PlaceRef? DatelinePlace() => doc.Metadata.Dateline is DatelineWithPlace dp ? dp.Place : null;

    private void Emit()
    {
        foreach (var c in _all.Where(c => c.MergedInto is null).OrderBy(c => c.Event.EvidenceStart).ThenBy(c => c.Trigger))
        {
            // Acts toward another actor (consult, cooperate, aid, yield, reduce relations, coerce) with no target found are
            // not events: data/ontology/cameo-dyadic.tsv.
            if (c.Event.Target.Count == 0 && ontology.NeedsTarget(c.Event.Cameo)) continue;
            ontology.Apply(c.Event);
            c.Event.AllEvidence.AddRange(c.Evidence.OrderBy(x => x.Start));
            doc.Events.Add(c.Event);
        }
    }
}

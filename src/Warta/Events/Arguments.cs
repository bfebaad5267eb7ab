using Warta.Documents;

namespace Warta.Events;

/// <summary>An actor filling an argument slot, with the words of its mention.</summary>
internal readonly record struct ActorArg(ActorRef Actor, int Mention, int First, int End);

/// <summary>What the subject search found before a predicate.</summary>
internal enum SubjectKind : byte { None, Actors, FirstPerson, ThirdPerson, NoHead }

internal readonly record struct Subject(SubjectKind Kind, List<ActorArg> Actors, int First, int Accuser);

/// <summary>
/// Clause-level argument rules shared by quote attribution and event coding: compound actor chains
/// ("Putin dan Kim"), subjects before a predicate, objects after it, clause bounds.
/// </summary>
internal sealed class Arguments
{
    public Arguments(Document doc, WordIndex words, LanguagePack lang)
    {
        Doc = doc;
        W = words;
        L = lang;
    }

    public Document Doc { get; }
    public WordIndex W { get; }
    public LanguagePack L { get; }

    /// <summary>The actor of a mention, following coreference links; a resolved country place stands in for an actor.</summary>
    public ActorRef? ActorOf(int mention, bool allowPlace = true)
    {
        for (int hops = 0; mention >= 0 && hops < 8; hops++)
        {
            var m = Doc.Mentions[mention];
            if (m.Actor is { } a) return a;
            if (m.Antecedent < 0 || m.Antecedent == mention || m.Antecedent >= Doc.Mentions.Count)
            {
                if (allowPlace && m.Place is { Country: { } c } p)
                    return new ActorRef(p.Kind == "country" ? p.Name : c, c, c, null, null);
                return null;
            }
            mention = m.Antecedent;
        }
        return null;
    }

    public PlaceRef? PlaceOf(int mention)
    {
        if (mention < 0) return null;
        var m = Doc.Mentions[mention];
        if (m.Place is { } p) return p;
        if (m.Type is EntityType.GPE or EntityType.LOC && m.Actor is { Country: { } c } a)
            return new PlaceRef(a.Name, c, "country", null, null, null);
        return null;
    }

    public bool IsActorWord(int i) => i >= 0 && i < W.Count && W.Mention[i] >= 0 && ActorOf(W.Mention[i]) is not null;

    public int MentionFirst(int i)
    {
        int m = W.Mention[i];
        while (i > 0 && W.Mention[i - 1] == m) i--;
        return i;
    }

    public int MentionEnd(int i)
    {
        int m = W.Mention[i];
        while (i + 1 < W.Count && W.Mention[i + 1] == m) i++;
        return i + 1;
    }

    private ActorArg ArgAt(int i) => new(ActorOf(W.Mention[i])!, W.Mention[i], MentionFirst(i), MentionEnd(i));

    private Dictionary<(int, int), List<int>>? _spans;

    /// <summary>The actor arguments on word <paramref name="i"/>: one per mention over the same span ("kedua negara").</summary>
    private IEnumerable<ActorArg> ArgsAt(int i)
    {
        var a = ArgAt(i);
        yield return a;
        if (_spans is null)
        {
            _spans = [];
            for (int k = 0; k < Doc.Mentions.Count; k++)
            {
                var m = Doc.Mentions[k];
                if (!_spans.TryGetValue((m.Start, m.End), out var l)) _spans[(m.Start, m.End)] = l = [];
                l.Add(k);
            }
        }
        var self = Doc.Mentions[a.Mention];
        if (_spans.TryGetValue((self.Start, self.End), out var same))
            foreach (int k in same)
                if (k != a.Mention && ActorOf(k) is { } other) yield return a with { Actor = other, Mention = k };
    }

    /// <summary>The distinct actors of the mentions over word <paramref name="i"/>'s span: two for "kedua negara".</summary>
    public List<ActorRef> ActorsOn(int i) => [.. ArgsAt(MentionFirst(i)).Select(a => a.Actor).DistinctBy(a => a.Key)];

    /// <summary>Word <paramref name="o"/>, or the word after it when it is a determiner with more before <paramref name="limit"/> ("the", "para").</summary>
    public int PastDeterminer(int o, int limit) => o + 1 < limit && L.Args.TryMatch(W, o, o + 1, out var r, out _) && r == ArgRole.Det ? o + 1 : o;

    /// <summary>Word after a coordinator and an optional determiner ("and the Philippines"), or -1.</summary>
    private int AfterCoord(int j, int limit)
    {
        int k = j + 1;
        if (k < limit && IsCoord(k)) k++; // ", dan"
        if (k < limit && L.Args.TryMatch(W, k, k + 1, out var r, out _) && r == ArgRole.Det) k++;
        return k < limit ? k : -1;
    }

    /// <summary>Whether word <paramref name="j"/> ends a cue of the given role ("ke", "ke atas").</summary>
    public bool ArgEndingAt(int j, int floor, out ArgRole role, out int start)
    {
        if (j < floor || j < 0) { role = default; start = -1; return false; }
        return L.Args.TryMatchEndingAt(W, j + 1, floor, out role, out start);
    }

    public bool IsCoord(int j) => L.Args.TryMatch(W, j, j + 1, out var r, out _) && r == ArgRole.Coord;

    /// <summary>Compound actor starting at the actor mention on word <paramref name="i"/>: "A, B dan C".</summary>
    public List<ActorArg> ChainForward(int i, int limit)
    {
        var list = new List<ActorArg>(ArgsAt(i));
        int j = SkipAlias(list[0].End, limit);
        while (j + 1 < limit && IsCoord(j))
        {
            int k = AfterCoord(j, limit);
            if (k < 0 || !IsActorWord(k)) break;
            var added = ArgsAt(k).ToList();
            list.AddRange(added);
            j = SkipAlias(added[0].End, limit);
        }
        return Dedupe(list);
    }

    /// <summary>Compound actor ending with the actor mention on word <paramref name="i"/>.</summary>
    public List<ActorArg> ChainBackward(int i, int floor)
    {
        var list = new List<ActorArg>(ArgsAt(i));
        int j = list[0].First - 1;
        if (j >= floor && L.Args.TryMatch(W, j, j + 1, out var dr, out _) && dr == ArgRole.Det) j--;
        while (j - 1 >= floor && (IsCoord(j) || (j = OverTitle(j, floor)) >= 0 && IsCoord(j)))
        {
            int k = j - 1;
            if (IsCoord(k) && k - 1 >= floor) k--;
            // "Amerika Serikat (AS) dan …": step over the alias in parentheses.
            if (W.IsPunct(k, ')'))
                for (int p = k - 1; p >= Math.Max(floor, k - 5); p--)
                    if (W.IsPunct(p, '(')) { k = p - 1; break; }
            if (!IsActorWord(k)) break;
            var added = ArgsAt(k).ToList();
            list.InsertRange(0, added);
            j = added[0].First - 1;
            if (j >= floor && L.Args.TryMatch(W, j, j + 1, out var dr2, out _) && dr2 == ArgRole.Det) j--;
        }
        return Dedupe(list);
    }

    /// <summary>
    /// The word before a role phrase that introduces a conjunct's name ("dan pemimpin Korea Utara Kim", "and North Korean
    /// leader Kim"): steps back over up to five title words and non-actor mentions; -1 when none or no coordinator precedes.
    /// </summary>
    private int OverTitle(int j, int floor)
    {
        int k = j;
        bool title = false;
        for (int n = 0; n < 6 && k > floor; n++, k--)
        {
            if (W.IsPunct(k) || IsVerbAt(k) || IsAux(k)) return -1;
            if (W.Mention[k] >= 0)
            {
                // A country or nationality inside the title ("pemimpin Korea Utara") qualifies the name; a person or body ends it.
                if (IsActorWord(k) && Doc.Mentions[W.Mention[k]].Type is not (EntityType.GPE or EntityType.LOC or EntityType.NORP)) return -1;
            }
            else if (L.Args.TryMatch(W, k, k + 1, out _, out _)) return -1;
            else title = true;
            if (title && IsCoord(k - 1) && !W.IsPunct(k - 1)) return k - 1;
        }
        return -1;
    }

    /// <summary>Skips "(AS)" after a name: returns the word after the closing parenthesis, else <paramref name="j"/>.</summary>
    private int SkipAlias(int j, int limit)
    {
        if (!W.IsPunct(j, '(')) return j;
        for (int p = j + 1; p < Math.Min(limit, j + 6); p++)
            if (W.IsPunct(p, ')')) return p + 1;
        return j;
    }

    private static List<ActorArg> Dedupe(List<ActorArg> list)
    {
        var seen = new HashSet<ActorRef>();
        list.RemoveAll(a => !seen.Add(a.Actor));
        return list;
    }

    public bool IsQuoteMark(int j) => j >= 0 && j < W.Count && W.End[j] - W.Start[j] == 1 && W.Text[W.Start[j]] is '"' or '“' or '”' or '«' or '»' or '„';

    public bool IsSpeechVerb(int j, int limit) =>
        L.SpeechAt(W, j, limit, out var r, out _) && r is SpeechRole.Before or SpeechRole.Both or SpeechRole.After or SpeechRole.Self or SpeechRole.Tell;

    // A modal or negation that opens a lexicon phrase ("tidak mengakui") is not itself a verb.
    public bool IsVerbAt(int j) => (L.Events.ContainsWord(W.Span(j)) && !IsAux(j)) || IsSpeechVerb(j, j + 1) || L.LooksLikeVerb(W, j);

    // "selain"/"besides" opens a participle clause; it is not an auxiliary of the verb after it.
    public bool IsAux(int j) => L.Modality.TryMatch(W, j, j + 1, out var c, out _) && c.Kind != ModalKind.Besides;

    /// <summary>
    /// First word of the clause holding word <paramref name="t"/>: after a complementizer, a clause break,
    /// a speech verb, a quote mark or ':'/';'. <paramref name="kind"/> tells what opened it.
    /// </summary>
    public int ClauseStart(int t, int s0, out ClauseOpen kind)
    {
        for (int j = t - 1; j >= s0; j--)
        {
            if (W.IsPunct(j, ':') || W.IsPunct(j, ';')) { kind = ClauseOpen.Break; return j + 1; }
            if (IsQuoteMark(j)) { kind = ClauseOpen.Quote; return j + 1; }
            if (L.Speech.TryMatchEndingAt(W, j + 1, s0, out var sr, out _))
            {
                if (sr == SpeechRole.Comp) { kind = ClauseOpen.Comp; return j + 1; }
                if (sr is SpeechRole.Before or SpeechRole.Both or SpeechRole.Tell) { kind = ClauseOpen.Speech; return j + 1; }
            }
            if (ArgEndingAt(j, s0, out var ar, out _) && ar is ArgRole.Break or ArgRole.Chain)
            {
                kind = ar == ArgRole.Chain ? ClauseOpen.Chain : ClauseOpen.Break;
                return j + 1;
            }
            if (L.Claims.TryMatchEndingAt(W, j + 1, s0, out var ck, out _) && ck == ClaimKind.Background) { kind = ClauseOpen.Break; return j + 1; }
        }
        kind = ClauseOpen.Sentence;
        return s0;
    }

    /// <summary>
    /// The acting subject before word <paramref name="t"/>: the nearest actor (or compound actor) in the clause
    /// that is not governed by a preposition or by an earlier verb; through a relative pronoun, its head.
    /// </summary>
    /// <summary>
    /// "Jepang (adalah) negara pertama yang mendukung …": the relative's head is a description of the clause's opening
    /// actor, so that actor does the act. Only up to four plain words (no verb, no punctuation) between them.
    /// </summary>
    private int? PredicateHeadOwner(int k, int clauseStart)
    {
        for (int j = k; j >= clauseStart && j > k - 4; j--)
        {
            if (W.IsPunct(j) || IsQuoteMark(j) || W.Mention[j] >= 0 || IsVerbAt(j)) return null;
            int a = j - 1;
            if (a >= clauseStart && IsActorWord(a) && MentionFirst(a) == clauseStart) return a;
        }
        return null;
    }

    public Subject FindSubject(int t, int s0, int clauseStart)
    {
        // Relative clause: "X, yang melakukan …" → X; "… yang menentang …" with a non-actor head → no subject.
        int j = t - 1;
        while (j >= clauseStart && IsAux(j)) j--;
        if (j >= s0 && ArgEndingAt(j, j, out var rr, out _) && rr == ArgRole.Relative)
        {
            int k = j - 1;
            if (W.IsPunct(k, ',')) k--;
            if (k >= s0 && IsActorWord(k)) return new Subject(SubjectKind.Actors, ChainBackward(k, s0), MentionFirst(k), -1);
            if (PredicateHeadOwner(k, clauseStart) is int owner) return new Subject(SubjectKind.Actors, ChainBackward(owner, clauseStart), MentionFirst(owner), -1);
            return new Subject(SubjectKind.NoHead, [], -1, -1);
        }
        // "memprotes pemerintah X terkait langkahnya menahan …", "mengumumkan keputusannya menangguhkan …": the owner of an
        // act noun with "-nya" right before the verb does the act; "-nya" points at the nearest actor before it.
        if (j >= s0 && W.Mention[j] < 0 && L.Args.TryMatch(W, j, j + 1, out var oa, out _) && oa == ArgRole.OwnedAct)
            for (int k = j - 1; k >= s0 && k > j - 15; k--)
            {
                if (W.IsPunct(k, '.') || W.IsPunct(k, ';') || IsQuoteMark(k)) break;
                if (IsActorWord(k)) { var owner = ChainBackward(k, s0); return new Subject(SubjectKind.Actors, owner, owner[0].First, -1); }
            }
        // "Iran mendukung serangan Palestina dan mengatakan …": a coordinated predicate shares the first one's
        // subject; the actor just before "dan" is that predicate's object.
        int c = t - 1;
        while (c >= clauseStart && IsAux(c)) c--;
        if (c > clauseStart && IsCoord(c) && !W.IsPunct(c - 1))
            for (int v = c - 1; v >= clauseStart; v--)
                if (!IsActorWord(v) && IsVerbAt(v)) return v > clauseStart ? FindSubject(v, s0, clauseStart) : new Subject(SubjectKind.None, [], -1, -1);
        // "Laos, which chairs ASEAN this year, said …": the head of a non-restrictive relative clause is the subject.
        if (c > clauseStart && W.IsPunct(c, ','))
            for (int k = c - 1; k >= Math.Max(clauseStart + 2, c - 12); k--)
            {
                if (W.IsPunct(k) || IsQuoteMark(k)) break;
                if (ArgEndingAt(k, k, out var rel, out _) && rel == ArgRole.Relative && W.IsPunct(k - 1, ',') && IsActorWord(k - 2))
                    return new Subject(SubjectKind.Actors, ChainBackward(k - 2, clauseStart), MentionFirst(k - 2), -1);
            }
        for (j = t - 1; j >= clauseStart; j--)
        {
            // "pihak-pihak yang selama ini menyerukan …": a subject gap filled by the relative's head, never an actor further back.
            if (j < t - 1 && W.Mention[j] < 0 && L.Args.TryMatch(W, j, j + 1, out var rl, out _) && rl == ArgRole.Relative && !W.IsPunct(j))
            {
                int k = j - 1;
                if (W.IsPunct(k, ',')) k--;
                if (k >= s0 && IsActorWord(k)) return new Subject(SubjectKind.Actors, ChainBackward(k, s0), MentionFirst(k), -1);
                return new Subject(SubjectKind.NoHead, [], -1, -1);
            }
            // "accused China's coastguard of using …": an accusation's object, not its subject, acts.
            if (!IsActorWord(j) && IsAccuseVerb(j)) return new Subject(SubjectKind.NoHead, [], -1, -1);
            if (IsActorWord(j))
            {
                var chain = ChainBackward(j, clauseStart);
                int cs = chain[0].First;
                int p = cs - 1;
                if (p < clauseStart) return new Subject(SubjectKind.Actors, chain, cs, -1);
                if (ArgEndingAt(p, clauseStart, out var role, out _) && role is ArgRole.Target or ArgRole.With or ArgRole.Place or ArgRole.Agent or ArgRole.Attr)
                {
                    // "pejabat militer senior dari kedua belah pihak bertemu", "officials from both sides met": a short
                    // clause-opening noun phrase with its origin, and no verb before it, is that origin's people.
                    if (role == ArgRole.Attr && OriginHead(clauseStart, p)) return new Subject(SubjectKind.Actors, chain, cs, -1);
                    // "In Islamabad, Pakistan's foreign office summoned …", "Di Jakarta, Menlu X …": a fronted place
                    // phrase set off by a comma is no conjunct of the subject after it.
                    int after = MentionEnd(cs);
                    if (role == ArgRole.Place && chain.Count > 1 && W.IsPunct(after, ','))
                    {
                        var rest = chain.FindAll(a => a.First > after);
                        if (rest.Count > 0) return new Subject(SubjectKind.Actors, rest, rest[0].First, -1);
                    }
                    j = cs;
                    continue;
                }
                // Skip a possessor or title word before the verb's object ("mengunjungi Presiden X").
                int v = p;
                if (W.IsPunct(v) && !W.IsPunct(v, ',')) v--;
                if (v >= clauseStart && IsVerbAt(v))
                {
                    if (IsAccuseVerb(v)) return new Subject(SubjectKind.Actors, chain, cs, v);
                    // "Langkah itu dibalas X dengan mengusir …": the agent of a passive answers by the manner verb after "dengan".
                    if (v == p && MannerAfter(chain[^1].End, t) && L.LooksLikePassive(W, v)) return new Subject(SubjectKind.Actors, chain, cs, -1);
                    j = cs;
                    continue;
                }
                return new Subject(SubjectKind.Actors, chain, cs, -1);
            }
            if (L.Speech.TryMatch(W, j, j + 1, out var pr, out _))
            {
                if (pr == SpeechRole.First) return new Subject(SubjectKind.FirstPerson, [], j, -1);
                if (pr == SpeechRole.Third) return new Subject(SubjectKind.ThirdPerson, [], j, -1);
            }
        }
        return new Subject(SubjectKind.None, [], -1, -1);
    }

    /// <summary>Whether words [from, to) are only a with-word ("dengan") and auxiliaries: a manner clause's opening.</summary>
    private bool MannerAfter(int from, int to)
    {
        if (from >= to || !L.Args.TryMatch(W, from, from + 1, out var r, out _) || r != ArgRole.With) return false;
        for (int k = from + 1; k < to; k++) if (!IsAux(k)) return false;
        return true;
    }

    /// <summary>Whether words [from, to) are one to four plain words (no verb, actor, punctuation or argument word).</summary>
    private bool OriginHead(int from, int to)
    {
        if (to - from is < 1 or > 4) return false;
        for (int k = from; k < to; k++)
            if (W.IsPunct(k) || IsQuoteMark(k) || IsActorWord(k) || IsVerbAt(k) || IsAux(k) || L.Args.TryMatch(W, k, k + 1, out _, out _)) return false;
        return true;
    }

    public bool IsAccuseVerb(int v)
    {
        foreach (var (rules, _) in L.Events.MatchAll(W, v, v + 1))
            foreach (var r in rules)
                if ((r.Flags & RuleFlags.Accuse) != 0) return true;
        return false;
    }

    /// <summary>Whether word <paramref name="j"/> ends the clause a predicate's object can come from.</summary>
    public bool IsClauseEnd(int j, int s1)
    {
        if (W.IsPunct(j, '.') || W.IsPunct(j, ';') || W.IsPunct(j, ':') || W.IsPunct(j, '?') || W.IsPunct(j, '!')) return true;
        if (L.Speech.TryMatch(W, j, s1, out var sr, out _) && sr is SpeechRole.Comp or SpeechRole.Before or SpeechRole.After or SpeechRole.Both or SpeechRole.Self or SpeechRole.Tell) return true;
        if (L.Claims.TryMatch(W, j, s1, out var ck, out _) && ck is ClaimKind.Background or ClaimKind.DeniedBy or ClaimKind.Deny) return true;
        if (L.Args.TryMatch(W, j, s1, out var ar, out _) && ar is ArgRole.Break or ArgRole.Chain or ArgRole.Relative) return true;
        return false;
    }

    /// <summary>
    /// The actor acted on after the predicate ending before word <paramref name="t1"/>: the first actor in the
    /// clause not introduced as a place or agent; <paramref name="viaWith"/> tells whether "dengan"/"with" led it.
    /// With <paramref name="agentIsTarget"/> (criticism, rejection) the agent of the object noun is the one aimed at:
    /// "mengecam serangan oleh X", "condemned the attack by X".
    /// </summary>
    public List<ActorArg> FindObject(int t1, int s1, bool placeIsTarget, out bool viaWith, out PlaceRef? place, IReadOnlyCollection<ActorRef>? skip = null, bool agentIsTarget = false)
    {
        viaWith = false;
        place = null;
        int end = Math.Min(s1, t1 + 14);
        bool channel = false;
        for (int j = t1; j < end; j++)
        {
            // "lodged a protest via its embassy in X", "melalui kedutaannya di X": the channel and its seat are not the target.
            if (W.Mention[j] < 0 && L.Args.TryMatch(W, j, j + 1, out var via, out _) && via == ArgRole.Via) channel = true;
            if (IsClauseEnd(j, s1))
            {
                // "mengutuk serangan yang dilakukan Hamas terhadap …": the agent of a passive relative clause on the
                // object noun is whom the act is aimed at.
                if (j > t1 && j + 1 < s1 && L.Args.TryMatch(W, j, j + 1, out var rel, out _) && rel == ArgRole.Relative
                    && W.Span(j + 1).StartsWith("di", StringComparison.OrdinalIgnoreCase) && IsVerbAt(j + 1))
                    return FindAgent(j + 2, s1);
                break;
            }
            if (W.IsPunct(j, ','))
            {
                // An appositive right after the comma may still name the object ("dengan pemimpinnya, Kim Jong-un").
                if (j + 1 < s1 && IsActorWord(j + 1) && j - t1 <= 6) continue;
                break;
            }
            if (!IsActorWord(j)) continue;
            int first = MentionFirst(j);
            // A reflexive description of the subject ("thanked his host Kim" where "his" is the subject) is not the object.
            if (skip is not null && skip.Contains(ActorOf(W.Mention[j])!) && W.Mention[j] >= 0 && Doc.Mentions[W.Mention[j]].Source == MentionSource.Coreference)
            {
                j = MentionEnd(j) - 1;
                continue;
            }
            ArgRole role = default;
            int cue = -1;
            bool hasRole = first - 1 >= t1 && ArgEndingAt(first - 1, t1, out role, out cue);
            if (agentIsTarget && !channel && hasRole && role == ArgRole.Agent && j > t1) return ChainForward(first, s1);
            // "mengecam kekerasan terhadap warga Palestina", "condemned violence against civilians": the one harmed is the
            // victim of the act criticised, not whom the criticism is aimed at.
            if (agentIsTarget && VictimCue(first, t1))
            {
                j = MentionEnd(j) - 1;
                continue;
            }
            // "dengan mitranya dari Mesir", "kepada duta besar dari X", "with his counterpart from X": a noun after "with"/"to"
            // that the actor qualifies is the object.
            if (hasRole && role == ArgRole.Attr && !channel && QualifiedObject(cue, t1)) return ChainForward(first, s1);
            if (channel || (hasRole && role is ArgRole.Place or ArgRole.Agent or ArgRole.Attr))
            {
                if (channel && !(hasRole && role == ArgRole.Place)) { j = MentionEnd(j) - 1; continue; }
                // "menarik duta besarnya dari X", "recalled its envoy from X": for a verb whose place names the
                // target, the post it is pulled from is the target too.
                if (role == ArgRole.Attr && placeIsTarget && !channel) return ChainForward(first, s1);
                if (role == ArgRole.Place)
                {
                    place ??= PlaceOf(W.Mention[j]);
                    if (placeIsTarget && !channel) return ChainForward(first, s1);
                }
                j = MentionEnd(j) - 1;
                continue;
            }
            viaWith = hasRole && role == ArgRole.With;
            return ChainForward(first, s1);
        }
        return [];
    }

    /// <summary>Whether the clause after the predicate names the victim of a harmful act ("kekerasan terhadap X").</summary>
    public bool VictimAfter(int t1, int s1)
    {
        for (int j = t1; j < Math.Min(s1, t1 + 10); j++)
        {
            if (IsClauseEnd(j, s1)) return false;
            if (L.Args.TryMatch(W, j, j + 1, out var r, out _) && r == ArgRole.Target && HarmBefore(j, t1)) return true;
        }
        return false;
    }

    /// <summary>The countries of the victims named after harmful act nouns in the clause ("kekerasan terhadap warga X").</summary>
    public void VictimCountries(int t1, int s1, HashSet<string> into)
    {
        for (int j = t1; j < Math.Min(s1, t1 + 14); j++)
        {
            if (IsClauseEnd(j, s1)) return;
            if (!IsActorWord(j)) continue;
            int first = MentionFirst(j);
            if (VictimCue(first, t1) && ActorOf(W.Mention[j]) is { Country: { } c }) into.Add(c);
            j = MentionEnd(j) - 1;
        }
    }

    /// <summary>A "terhadap/against" after a harmful act noun, right before the mention or before one or two plain words ("terhadap warga X").</summary>
    private bool VictimCue(int first, int t1)
    {
        for (int c = first - 1, n = 0; c >= t1 && n < 3; c--, n++)
        {
            if (ArgEndingAt(c, t1, out var r, out int cue)) return r == ArgRole.Target && HarmBefore(cue, t1);
            if (!W.IsLower(c) || W.IsPunct(c)) return false;
        }
        return false;
    }

    /// <summary>Whether a harmful act noun stands among the three words before the cue <paramref name="cue"/>, after <paramref name="t1"/>.</summary>
    private bool HarmBefore(int cue, int t1)
    {
        for (int k = cue - 1; k >= Math.Max(Math.Max(0, t1 - 2), cue - 3); k--)
            if (L.Harms.TryMatch(W, k, cue, out _, out _)) return true;
        return false;
    }

    /// <summary>Whether one or two plain words before <paramref name="cue"/> follow a "with"/"to" cue: "dengan mitranya dari …".</summary>
    private bool QualifiedObject(int cue, int t1)
    {
        // The cue may end the trigger itself ("held a phone call with").
        int floor = Math.Max(0, t1 - 1);
        for (int k = cue - 1, n = 0; k >= floor && n < 3; k--, n++)
        {
            if (ArgEndingAt(k, floor, out var r, out _)) return n > 0 && r is ArgRole.With or ArgRole.Target;
            if (IsActorWord(k) || W.IsPunct(k) || IsVerbAt(k) || !W.IsLower(k)) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the object right after a predicate is the subject's own population ("meminta warganya berlindung",
    /// "warned its citizens"): a domestic act with no foreign target.
    /// </summary>
    public bool OwnPeopleAfter(int t1, int s1)
    {
        for (int j = t1; j < Math.Min(s1, t1 + 3); j++)
        {
            // "meminta Kongres untuk …", "asked Congress to …": the actor's own legislature; "Parlemen Eropa" names another actor.
            if (L.Args.TryMatch(W, j, s1, out var r, out int n) && r == ArgRole.Own) return !(j + n < s1 && IsActorWord(j + n));
            if (IsActorWord(j) || IsClauseEnd(j, s1) || W.IsPunct(j)) return false;
        }
        return false;
    }

    /// <summary>Whether a reciprocal cue ("saling" before the predicate, "each other" after it) marks the act as mutual.</summary>
    public bool MutualNear(int t0, int t1, int s1)
    {
        for (int j = Math.Max(0, t0 - 2); j < Math.Min(s1, t1 + 4); j++)
        {
            if (j >= t1 && IsClauseEnd(j, s1)) return false;
            if (L.Args.TryMatch(W, j, s1, out var r, out _) && r == ArgRole.Mutual) return true;
        }
        return false;
    }

    /// <summary>Whether a channel phrase ("via its embassy", "melalui kedutaannya") follows the predicate in its clause.</summary>
    public bool ChannelAfter(int t1, int s1)
    {
        for (int j = t1; j < Math.Min(s1, t1 + 8); j++)
        {
            if (IsClauseEnd(j, s1)) return false;
            if (W.Mention[j] < 0 && L.Args.TryMatch(W, j, j + 1, out var r, out _) && r == ArgRole.Via) return true;
        }
        return false;
    }

    /// <summary>The passive agent after word <paramref name="t1"/>: "oleh X", "by X", or an actor right after the verb.</summary>
    public List<ActorArg> FindAgent(int t1, int s1)
    {
        int end = Math.Min(s1, t1 + 6);
        for (int j = t1; j < end; j++)
        {
            if (IsClauseEnd(j, s1) || W.IsPunct(j, ',')) break;
            if (L.Args.TryMatch(W, j, s1, out var r, out int len) && r == ArgRole.Agent)
            {
                for (int k = j + len; k < Math.Min(s1, j + len + 4); k++)
                {
                    if (IsActorWord(k)) return ChainForward(MentionFirst(k), s1);
                    if (IsClauseEnd(k, s1) || W.IsPunct(k)) break;
                }
                break;
            }
        }
        // Indonesian agentive passive without "oleh": "disambut hangat Kim", "diumumkan tentara Niger".
        for (int j = t1; j < Math.Min(s1, t1 + 3); j++)
        {
            // A bare place after the verb is where it happened ("diserang seperti kota X"), not who did it.
            if (IsActorWord(j)) return ActorOf(W.Mention[j], false) is null ? [] : ChainForward(MentionFirst(j), s1);
            if (!W.IsLower(j) || IsVerbAt(j) || L.Args.TryMatch(W, j, s1, out _, out _)) break;
        }
        return [];
    }
}

/// <summary>What opened a clause; Chain clauses (setelah, after) share the main clause's subject.</summary>
internal enum ClauseOpen : byte { Sentence, Comp, Speech, Break, Quote, Chain }

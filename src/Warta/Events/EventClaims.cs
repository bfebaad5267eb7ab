using Warta.Documents;

namespace Warta.Events;

/// <summary>Claims and denials: who asserts an act reported in someone's words, denials that target the accuser, and the accusations they imply (issue 5, "claims and denials").</summary>
internal sealed partial class EventRun
{
    /// <summary>"…, yang dibantah oleh Moskow dan Pyongyang" / "Moskow membantah …": deniers, the denied events, and a 016 event.</summary>
    private void Deny(int s, int s0, int s1, int d, int len, ClaimKind kind, int firstOfSentence)
    {
        List<ActorRef> deniers;
        var denied = new List<Candidate>();
        if (kind == ClaimKind.DeniedBy)
        {
            deniers = [.. args.FindAgent(d + len, s1).Select(a => a.Actor)];
            for (int k = firstOfSentence; k < _all.Count; k++) if (!_all[k].Derived && _all[k].Trigger < d) denied.Add(_all[k]);
        }
        else
        {
            int L = args.ClauseStart(d, s0, out _);
            int quote = QuoteAt(_w.Start[d]);
            deniers = Resolve(args.FindSubject(d, s0, L), d, quote);
            for (int k = firstOfSentence; k < _all.Count; k++) if (!_all[k].Derived && _all[k].Trigger > d) denied.Add(_all[k]);
        }
        if (deniers.Count == 0) return;
        if (denied.Count == 0)
        {
            // The claim was in an earlier sentence: the latest events that someone claimed.
            for (int k = firstOfSentence - 1; k >= 0 && _all[k].Event.Sentence >= s - 2; k--)
                if (!_all[k].Derived && ClaimantsOf(_all[k]).Count > 0) denied.Add(_all[k]);
        }
        var claimants = new List<ActorRef>();
        foreach (var c in denied)
        {
            foreach (var a in deniers) if (!c.Event.DeniedBy.Contains(a)) c.Event.DeniedBy.Add(a);
            foreach (var a in ClaimantsOf(c)) if (!claimants.Contains(a) && !deniers.Contains(a)) claimants.Add(a);
            // "India menyalahkan Pakistan …, tuduhan yang dibantah Islamabad": the denial answers the accuser.
            if (c.Event.Cameo.StartsWith("11", StringComparison.Ordinal))
                foreach (var a in c.Event.Source) if (!claimants.Contains(a) && !deniers.Any(b => b.Key == a.Key)) claimants.Add(a);
        }
        if (claimants.Count == 0)
        {
            // "X accused Y of …. Y denied that its forces attacked …": the denial answers the accuser.
            var dk = deniers.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
            for (int k = _all.Count - 1; k >= 0 && _all[k].Event.Sentence >= s - 3 && claimants.Count == 0; k--)
                if (_all[k].Event.Cameo.StartsWith("11", StringComparison.Ordinal) && _all[k].Event.Target.Any(a => dk.Contains(a.Key)))
                    claimants.AddRange(_all[k].Event.Source.Where(a => !dk.Contains(a.Key)));
            foreach (var c in denied)
                foreach (var a in claimants) if (!c.Event.ClaimedBy.Contains(a) && !c.Event.Source.Contains(a)) c.Event.ClaimedBy.Add(a);
        }
        if (claimants.Count == 0 && kind == ClaimKind.Deny)
        {
            // "X menyangkal bahwa pasukannya melukai nelayan Y": with no accuser in sight, the other party the denied clause names.
            var dk = deniers.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
            for (int j = d + len; j < s1 && claimants.Count == 0; j++)
            {
                if (j > d + len + 1 && _w.IsPunct(j, '.')) break;
                if (args.IsActorWord(j) && args.ActorOf(_w.Mention[j]) is { } a && !dk.Contains(a.Key)) claimants.Add(a);
            }
        }
        var (start, end) = SentenceSpan(s, s0, s1);
        var e = new Event
        {
            Source = deniers,
            Target = claimants,
            Cameo = "016",
            Sentence = s,
            EvidenceStart = start,
            EvidenceEnd = end,
            Modality = Modality.Asserted,
            Confidence = denied.Count > 0 ? 0.75 : 0.55,
        };
        var cand = new Candidate { Event = e, Trigger = d, Segment = d, SegmentEnd = SegmentEnd(d + len, s1), Derived = true };
        cand.Evidence.Add(new TextSpan(start, end));
        _all.Add(cand);
    }

    /// <summary>Who claims an event: the accuser of "X menuduh Y …", or the speaker of the reported speech that holds it.</summary>
    private List<ActorRef> ClaimantsOf(Candidate c)
    {
        if (c.Claimants.Count > 0) return c.Claimants;
        if (c.Derived || c.Event.Modality != Modality.Asserted) return [];
        int quote = QuoteAt(_w.Start[c.Trigger]);
        if (quote < 0) return CueClaimants(c);
        var (q, speakers) = _quotes[quote];
        if (speakers.Count == 0) return [];
        if (c.SelfStatement) return SelfClaim(c) ? [.. speakers.Where(sp => c.Event.Source.Any(a => a.Key == sp.Key))] : [];
        // "…, kata militer Korea Selatan" names the source of a report; "X mengatakan, …" and quoted words are X's claims.
        // But a side reporting an attack on itself by the other side ("Y's bid to attack X's bases, X's sources said")
        // accuses: the report is the victim's word.
        if (!q.Direct && q.Speaker is { } sp && sp.MentionStart >= q.End && !VictimReport(c, speakers)) return [];
        // Background clauses inside the quote ("karena Barat menyediakan …") are not the claim.
        int qs = _w.AtOrAfter(q.Start);
        for (int j = qs; j < c.Trigger; j++)
            if (_l.Claims.TryMatch(_w, j, c.Trigger, out var ck, out _) && ck == ClaimKind.Background) return [];
        var keys = speakers.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        if (c.Event.Source.Any(a => keys.Contains(a.Key))) return [];
        return speakers;
    }

    /// <summary>Material conflict between others that a speaker of neither side reports in indirect speech.</summary>
    private bool ThirdSideReport(Candidate c, List<ActorRef> claimants)
    {
        if (ontology.Info(c.Event.Cameo) is not { Quad: 4 } || c.Event.Target.Count == 0) return false;
        if (c.Event.Target.Concat(c.Event.Source).Any(t => t.Country is { } tc && claimants.Any(a => a.Country == tc))) return false;
        int quote = QuoteAt(_w.Start[c.Trigger]);
        return quote < 0 || !_quotes[quote].Quote.Direct;
    }

    /// <summary>Material conflict aimed at the speaker's own country by another country's actor.</summary>
    private bool VictimReport(Candidate c, List<ActorRef> speakers) =>
        ontology.Info(c.Event.Cameo) is { Quad: 4 }
        && c.Event.Target.Any(t => t.Country is { } tc && speakers.Any(sp => sp.Country == tc))
        && c.Event.Source.Count > 0 && c.Event.Source.All(a => a.Country is { } ac && !speakers.Any(sp => sp.Country == ac));

    /// <summary>
    /// Outside any quote, a claim cue earlier in the sentence ("claiming that", "mengklaim bahwa", "reported evidence of")
    /// makes the act its subject's claim, not a fact the article asserts.
    /// </summary>
    private List<ActorRef> CueClaimants(Candidate c)
    {
        int s0 = _w.SentenceStart(c.Event.Sentence);
        for (int j = c.Trigger - 1; j >= s0; j--)
        {
            if (!_l.Claims.TryMatch(_w, j, c.Trigger, out var k, out int n) || k != ClaimKind.Claim || j + n > c.Trigger) continue;
            int L = args.ClauseStart(j, s0, out var open);
            var subj = args.FindSubject(j, s0, L);
            var who = Resolve(subj, j, -1);
            if (who.Count == 0 && subj.Kind == SubjectKind.None && L > s0 && open is not ClauseOpen.Break)
            {
                // "X leveled accusations against Y, claiming that …": the elided subject is the main clause's.
                int v = L - 1;
                while (v > s0 && (_w.IsPunct(v) || args.IsAux(v) || args.IsQuoteMark(v))) v--;
                who = Resolve(args.FindSubject(v, s0, s0), v, -1);
            }
            var keys = c.Event.Source.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
            return [.. who.Where(a => !keys.Contains(a.Key)).Distinct()];
        }
        return [];
    }

    /// <summary>
    /// A speaker reporting its own side's act claims it when the act is material conflict ("the Houthis said they
    /// attacked …", "Pakistan mengatakan telah menembak jatuh …") or a claim verb reports it ("claimed that", "mengklaim").
    /// </summary>
    private bool SelfClaim(Candidate c)
    {
        // The nearest claim or admission cue before the act decides: "mengesahkan telah menggunakan …", "confirmed it fired …"
        // concede an act, they do not claim it.
        int s0 = _w.SentenceStart(c.Event.Sentence);
        for (int j = c.Trigger - 1; j >= s0; j--)
            if (_l.Claims.TryMatch(_w, j, c.Trigger, out var k, out _) && k is ClaimKind.Claim or ClaimKind.Admit) return k == ClaimKind.Claim;
        return ontology.Info(c.Event.Cameo) is { Quad: 4 };
    }

    private void Claims()
    {
        int n = _all.Count;
        for (int k = 0; k < n; k++)
        {
            var c = _all[k];
            if (c.Derived) continue;
            var claimants = ClaimantsOf(c);
            if (claimants.Count == 0) continue;
            foreach (var a in claimants) if (!c.Event.ClaimedBy.Contains(a)) c.Event.ClaimedBy.Add(a);
            // "Manila said Chinese personnel seized rifles": the claimant is the victim of a material attack that names none.
            if (c.Event.Target.Count == 0 && ontology.Info(c.Event.Cameo) is { Quad: 4 })
                c.Event.Target.AddRange(claimants.Where(a => !c.Event.Source.Any(b => b.Key == a.Key)));
            if (c.Claimants.Count > 0 || c.Nominal || c.SelfStatement) continue; // an accusation verb already coded the accusation; one's own act is no accusation
            // "X said its citizen was detained in Beijing": reporting an agentless passive names no one to accuse.
            if (c.ImplicitAgent) continue;
            // Reporting that others appealed, met or pledged ("Myanmar troops asked for arms support") accuses no one.
            if (ontology.Info(c.Event.Cameo) is { Quad: 1 }) continue;
            // "We condemn the Houthi attack against Saudi facilities": a conflict act's target is its victim, so the accusation
            // is aimed at the doer alone; a supply or aid act ("X supplied arms to Y") accuses both sides of it.
            // A third side reporting in its own words a fight between others ("the Thai army said rebels attacked a Myanmar
            // base") reports it; its quoted words ("we condemn the rebel attack on …") may still accuse.
            if (ThirdSideReport(c, claimants)) continue;
            var doers = ontology.Info(c.Event.Cameo) is { Quad: 3 or 4 }
                ? c.Event.Source.Where(a => !claimants.Any(b => b.Key == a.Key)).Distinct().ToList() : [];
            var target = doers.Count > 0 ? doers : c.Event.Source.Concat(c.Event.Target).Where(a => !claimants.Contains(a)).Distinct().ToList();
            var e = new Event
            {
                Source = [.. claimants],
                Target = target,
                Cameo = "112",
                Sentence = c.Event.Sentence,
                EvidenceStart = c.Event.EvidenceStart,
                EvidenceEnd = c.Event.EvidenceEnd,
                Modality = Modality.Asserted,
                Confidence = 0.6,
            };
            var d = new Candidate { Event = e, Trigger = c.Trigger, Segment = c.Segment, SegmentEnd = c.SegmentEnd, Derived = true };
            d.Evidence.AddRange(c.Evidence);
            _all.Add(d);
        }
    }
}

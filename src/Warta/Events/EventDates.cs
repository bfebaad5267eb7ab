using Warta.Documents;

namespace Warta.Events;

/// <summary>Event dates: the clause's own time, the attribution's, the paragraph's or the publication day, and carrying dates between merged events.</summary>
internal sealed partial class EventRun
{
    private bool TimeStartsAt(int word)
    {
        if (word >= _w.Count) return false;
        int at = _w.Start[word];
        foreach (var t in doc.Times) if (t.Start == at) return true;
        return false;
    }

    private bool OverlapsAnchor(TimeExpression t)
    {
        foreach (var (_, word, _) in _anchors)
            if (_w.Start[word] < t.End && t.Start < _w.End[word] + 16) return true;
        return false;
    }

    private TimeExpression? TimeIn(int from, int to, int near)
    {
        TimeExpression? best = null;
        int bestDist = int.MaxValue;
        foreach (var t in doc.Times)
        {
            if (t.Start < from || t.Start >= to || OverlapsAnchor(t)) continue;
            // News puts the event's time after its verb ("ditahan … sejak Rabu"); a bare year before it usually dates something else.
            int d = Math.Abs(t.Start - near) + (t.Start < near ? 15 : 0) + (t.Date.Precision == DatePrecision.Year ? 40 : 0);
            if (d < bestDist) { best = t; bestDist = d; }
        }
        return best;
    }

    /// <summary>
    /// The time expression that dates the predicate at <paramref name="t0"/>: the nearest one in its clause, leaving
    /// out those that belong elsewhere (see <see cref="OutOfScope"/>).
    /// </summary>
    private TimeExpression? ClauseTime(string code, int L, int t0, int t1, int segEnd)
    {
        bool verbal = IsVerbal(code);
        int from = _w.Start[L], to = _w.End[segEnd - 1], near = _w.Start[t0];
        TimeExpression? best = null;
        int bestDist = int.MaxValue;
        foreach (var t in doc.Times)
        {
            if (t.Start < from || t.Start >= to || OverlapsAnchor(t) || OutOfScope(t, t1, verbal)) continue;
            // News puts the event's time after its verb ("ditahan … sejak Rabu"); a bare year before it usually dates something else.
            int d = Math.Abs(t.Start - near) + (t.Start < near ? 15 : 0) + (t.Date.Precision == DatePrecision.Year ? 40 : 0);
            if (d < bestDist) { best = t; bestDist = d; }
        }
        return best;
    }

    /// <summary>
    /// A time that does not date the predicate ending before word <paramref name="t1"/>: one after a subordinate-clause
    /// opener ("di mana … pada 19 Mei"); for statements (CAMEO 01–05, 10–14) also the edge of a span ("sejak Januari",
    /// "since late September") and one inside the statement's object ("mengecam serangan yang … pada Kamis",
    /// "accused X of … two days ago"): a statement takes the date of its attribution, not of what it is about.
    /// </summary>
    private bool OutOfScope(TimeExpression t, int t1, bool verbal)
    {
        int k = _w.AtOrAfter(t.Start);
        if (verbal)
            for (int st = Math.Max(0, k - 3); st < k; st++)
                if (_l.DateScopes.TryMatch(_w, st, k, out var sc, out int n) && sc == DateScope.Since && st + n >= k - 1) return true;
        for (int j = t1; j < k; j++)
        {
            if (!_l.DateScopes.TryMatch(_w, j, k, out var sc, out int n)) continue;
            if (sc == DateScope.Clause || (verbal && sc is DateScope.Object or DateScope.Since or DateScope.Relative)) return true;
            // "sanksi yang akan mulai berlaku pekan depan": a relative clause in another tense dates its own verb
            // ("kapal yang membawa pasokan … pada Sabtu" shares the act's day).
            if (sc == DateScope.Relative)
                for (int v = j + n; v < k; v++)
                    if (_l.Modality.TryMatch(_w, v, k, out var mc, out _) && mc.Kind is ModalKind.Intended or ModalKind.Pledge or ModalKind.Possible) return true;
            j += n - 1;
        }
        return false;
    }

    /// <summary>Two events are told in one stretch of text: the same paragraph, or adjacent sentences.</summary>
    private bool SameStretch(Candidate a, Candidate b) =>
        Math.Abs(a.Event.Sentence - b.Event.Sentence) <= 1 || ParagraphOf(a.Event.EvidenceStart) == ParagraphOf(b.Event.EvidenceStart);

    private int[]? _breaks;

    /// <summary>The paragraph holding a text offset: paragraphs are separated by line breaks.</summary>
    private int ParagraphOf(int offset)
    {
        if (_breaks is null)
        {
            var list = new List<int>();
            for (int i = doc.Text.IndexOf('\n'); i >= 0; i = doc.Text.IndexOf('\n', i + 1)) list.Add(i);
            _breaks = [.. list];
        }
        int at = Array.BinarySearch(_breaks, offset);
        return at >= 0 ? at : ~at;
    }

    /// <summary>
    /// Dates for events whose clause names no time: a statement in someone's words takes the time of its attribution
    /// ("…,” kata X, Minggu"); an act takes the nearest earlier time of its paragraph within two sentences ("on Sunday"
    /// in the sentence before); an asserted act of the report otherwise happened on the publication day. Background
    /// acts ("pernah", "had", "previously") stay undated.
    /// </summary>
    private void CarryDates()
    {
        foreach (var c in _all)
        {
            var e = c.Event;
            if (c.MergedInto is not null || e.Date is not null || IsBackground(c)) continue;
            var time = AttributionTime(c) ?? ContextTime(c);
            if (time is not null)
            {
                e.Date = time.Date;
                e.DateText = doc.Text[time.Start..time.End];
            }
            else if (e.Modality == Modality.Asserted && doc.PublishedDate is { } pub)
            {
                e.Date = new DateValue(pub, DatePrecision.Day);
                e.DateText = null;
            }
        }
    }

    private bool IsBackground(Candidate c)
    {
        for (int j = Math.Max(c.Segment, c.Trigger - 4); j < c.Trigger; j++)
            if (_l.DateScopes.TryMatch(_w, j, c.Trigger, out var sc, out _) && sc is DateScope.Background or DateScope.Since) return true;
        // "…, karena Tiongkok memasok senjata ke Kamboja": a reason clause tells an earlier act.
        for (int j = Math.Max(0, c.Segment - 2); j <= c.Segment && j < c.Trigger; j++)
            if (_l.Claims.TryMatch(_w, j, c.Trigger, out var ck, out int n) && ck == ClaimKind.Background && j + n >= c.Segment && !CommaBetween(j + n, c.Trigger)) return true;
        return false;
    }

    /// <summary>A time inside what a statement is about ("accused X of … two days ago") dates that, not the next act.</summary>
    private bool InStatementObject(TimeExpression t)
    {
        int k = _w.AtOrAfter(t.Start);
        if (k >= _w.Count) return false;
        int s = _w.Sentence[k];
        foreach (var o in _all)
            if (o.Event.Sentence == s && !o.Derived && o.Trigger < k && IsVerbal(o.Event.Cameo) && OutOfScope(t, o.Trigger + 1, true)) return true;
        return false;
    }

    /// <summary>"Setelah serangan itu, X menyerukan …": a fronted adverbial ends at its comma; the main clause is no background.</summary>
    private bool CommaBetween(int from, int to)
    {
        for (int j = from; j < to; j++) if (_w.IsPunct(j, ',')) return true;
        return false;
    }

    /// <summary>The time in the attribution of the quote that holds the event: around the speaker, outside the quote.</summary>
    private TimeExpression? AttributionTime(Candidate c)
    {
        int quote = QuoteAt(_w.Start[c.Trigger]);
        if (quote < 0 || _quotes[quote].Quote.Speaker is not { } sp) return null;
        var q = _quotes[quote].Quote;
        int from, to;
        if (sp.MentionStart >= q.End)
        {
            int s = _w.Sentence[Math.Min(_w.Count - 1, _w.AtOrAfter(sp.MentionStart))];
            from = q.End;
            to = _w.End[Math.Max(_w.SentenceStart(s), _w.SentenceEnd(s) - 1)];
        }
        else
        {
            int s = _w.Sentence[Math.Min(_w.Count - 1, _w.AtOrAfter(sp.MentionStart))];
            from = _w.Start[_w.SentenceStart(s)];
            to = q.Start;
        }
        TimeExpression? best = null;
        foreach (var t in doc.Times)
        {
            if (t.Start < from || t.End > to || OverlapsAnchor(t) || t.Date.Precision != DatePrecision.Day) continue;
            if (QuoteAt(t.Start) >= 0) continue;
            if (!OutOfScope(t, _w.AtOrAfter(t.Start), true) && (best is null || Math.Abs(t.Start - sp.MentionStart) < Math.Abs(best.Start - sp.MentionStart))) best = t;
        }
        return best;
    }

    /// <summary>The nearest day-precise time before the event in its paragraph, at most two sentences back, outside quotes and spans.</summary>
    private TimeExpression? ContextTime(Candidate c)
    {
        int s = c.Event.Sentence;
        int from = _w.Start[_w.SentenceStart(Math.Max(0, s - 2))];
        int to = _w.Start[c.Segment];
        int para = ParagraphOf(_w.Start[c.Trigger]);
        TimeExpression? best = null;
        foreach (var t in doc.Times)
        {
            if (t.Start < from || t.End > to || t.Date.Precision != DatePrecision.Day || OverlapsAnchor(t) || ParagraphOf(t.Start) != para) continue;
            if (QuoteAt(t.Start) >= 0 && QuoteAt(t.Start) != QuoteAt(_w.Start[c.Trigger])) continue;
            if (OutOfScope(t, _w.AtOrAfter(t.Start), true) || InStatementObject(t)) continue;
            if (best is null || t.Start > best.Start) best = t;
        }
        return best;
    }

    /// <summary>The host country of a visit as a place: named as the article names the country, never after the
    /// person visited (a minister's name is no place).</summary>
    private PlaceRef HostCountry(string country)
    {
        foreach (var m in doc.Mentions)
            if (m.Place is { Kind: "country" } p && p.Country == country) return p;
        return new PlaceRef(country, country, "country", null, null, null);
    }

    private void Dates()
    {
        foreach (var c in _all)
        {
            var e = c.Event;
            // A visit happens at the host's.
            if (c.MergedInto is null && e.Place is null && e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Cameo != "041"
                && e.Target.Count > 0 && e.Target[0].Country is { } tc)
                e.Place = HostCountry(tc);
        }
        foreach (var c in _all)
        {
            if (c.MergedInto is not null) continue;
            var e = c.Event;
            // Statements an actor makes about its own conduct are dated to the report, and placed at the dateline.
            bool verbal = ontology.Info(e.Cameo) is { Quad: 1 or 3 };
            if (e.Date is null && c.SelfStatement && (e.Modality is Modality.Possible or Modality.Intended || (verbal && e.Modality == Modality.Asserted))
                && doc.PublishedDate is { } pub)
            {
                // "…,” kata X, Senin": the attribution's own time comes first.
                var said = AttributionTime(c);
                e.Date = said?.Date ?? new DateValue(pub, DatePrecision.Day);
                e.DateText = said is null ? null : doc.Text[said.Start..said.End];
                e.Place ??= DatelinePlace();
            }
        }
        // An undated visit to C happened when the actor was in C: the date of what it did there ("menandatangani … di Pyongyang").
        foreach (var c in _all)
        {
            var e = c.Event;
            if (c.MergedInto is not null || e.Date is not null || e.Cameo != "042" || e.Modality != Modality.Asserted || e.Target.Count == 0 || e.Target[0].Country is not { } vc) continue;
            var there = _all.FirstOrDefault(o => o.MergedInto is null && o != c && o.Event.Date is { Precision: DatePrecision.Day }
                && o.Event.Place?.Country == vc && o.Event.Source.Any(a => e.Source.Any(b => b.Key == a.Key)));
            if (there is not null) Copy(there, c, 0);
        }
        // "A, sehari setelah B": B's events share a date; A is B plus the anchor's days (or B is A minus them).
        foreach (var (s, word, days) in _anchors)
        {
            var inS = _all.Where(c => c.Event.Sentence == s).ToList();
            var before = inS.Where(c => c.Trigger < word).Select(c => c.Root).Distinct().ToList();
            var after = inS.Where(c => c.Trigger > word).Select(c => c.Root).Distinct().ToList();
            var bDated = after.FirstOrDefault(c => c.Event.Date is not null);
            var aDated = before.FirstOrDefault(c => c.Event.Date is not null);
            var bPlace = after.Select(c => c.Event.Place).FirstOrDefault(p => p is not null);
            foreach (var c in after)
            {
                if (c.Event.Date is null && bDated is not null) Copy(bDated, c, 0);
                else if (c.Event.Date is null && aDated is not null) Copy(aDated, c, -days);
                c.Event.Place ??= bPlace;
            }
            if (bDated is not null)
                foreach (var c in before)
                    if (c.Event.Date is null) Copy(bDated, c, days);
        }
        CarryDates();
    }

    private static void Copy(Candidate from, Candidate to, int days)
    {
        var d = from.Event.Date!;
        to.Event.Date = days == 0 || d.Precision != DatePrecision.Day ? d : new DateValue(d.Value.AddDays(days), d.Precision);
        to.Event.DateText = from.Event.DateText;
    }
}

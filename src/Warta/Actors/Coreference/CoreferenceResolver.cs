using Warta.Documents;
using Warta.Pipeline;
using Warta.Time;

namespace Warta.Actors.Coreference;

/// <summary>
/// Light rule coreference over the linked mentions. Adds a <see cref="Mention"/> with
/// <see cref="MentionSource.Coreference"/> for
/// <list type="bullet">
/// <item>personal pronouns ("ia", "dia", "beliau", "he", "his"): the most recent person, preferring the subject or
/// speaker of its sentence (news keeps its subject: "Putin … . Dalam komentarnya, ia mengatakan" is Putin);</item>
/// <item>role nouns with a possessive ("pemimpinnya", "its government"): the leader, government or army of the
/// entity just named, coded as that country's GOV/MIL actor, or the person named right after
/// ("pemimpinnya, Kim Jong-un");</item>
/// <item>descriptions ("sang presiden", "negara itu", "the country", "kedua negara", "the two leaders").</item>
/// </list>
/// A description of two ("kedua negara") adds one mention per antecedent over the same span, so each keeps
/// one actor and one antecedent index. New mentions are appended, so existing indices stay valid;
/// <see cref="Mention.Antecedent"/> is always a name mention (chains are followed to their root).
/// Word lists: lang/&lt;code&gt;/coref.tsv.
/// </summary>
public sealed class CoreferenceResolver : IStage
{
    public string Name => "coreference";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Mentions;

    public Layers Provides => Layers.Coreference;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        new Run(document, CorefLexicon.For(document.Language)).Execute();
    }

    /// <summary>A mention seen so far, with what antecedent choice needs.</summary>
    private readonly record struct Item(
        int Root, int Sentence, EntityType Type, ActorRef? Actor, PlaceRef? Place, string? EntityId, bool Subject, bool Speaker, int Start,
        bool Ship = false, int End = 0, int ListHead = -1)
    {
        public string? Country => Actor?.Country ?? Place?.Country;

        /// <summary>What makes two antecedents distinct: the actor's key, the place's country, the entity.</summary>
        public string? Key => Actor?.Key ?? Place?.Country ?? EntityId;
    }

    private sealed class Run(Document doc, CorefLexicon lex)
    {
        private const int PersonWindow = 2;
        private const int CountryWindow = 3;
        private const int OtherWindow = 6;

        private readonly string _text = doc.Text;
        private readonly Token[] _tok = doc.Tokens;
        private readonly List<Item> _history = [];
        private readonly List<PhraseTable<CorefWord>.Match> _matches = [];
        private int[] _order = [];

        public void Execute()
        {
            var mentions = doc.Mentions;
            int named = mentions.Count;
            _order = [.. Enumerable.Range(0, named).OrderBy(i => mentions[i].Start)];
            int mp = 0, coveredUntil = 0;
            for (int si = 0; si < doc.Sentences.Length; si++)
            {
                var s = doc.Sentences[si];
                int end = Math.Min(s.EndToken, _tok.Length);
                int t = s.FirstToken;
                while (t < end)
                {
                    var tok = _tok[t];
                    while (mp < named && mentions[_order[mp]].Start <= tok.Start)
                    {
                        var m = mentions[_order[mp]];
                        Remember(_order[mp], m, SentenceOf(m.Start), m.Start, m.End);
                        coveredUntil = Math.Max(coveredUntil, m.End);
                        mp++;
                    }
                    if (tok.Start < coveredUntil) { t++; continue; }
                    int next = TryResolve(si, t, end, mp);
                    t = next > t ? next : t + 1;
                }
            }
        }

        /// <summary>Resolves a pronoun or description at token <paramref name="t"/>; returns the token after it, or t.</summary>
        private int TryResolve(int si, int t, int end, int mp)
        {
            _matches.Clear();
            lex.Words.MatchAt(_text, _tok, t, end, _matches);
            // Longest first: a description, then a possessive with its role, then a pronoun.
            foreach (var m in _matches)
            {
                if (NextNameStart(mp) < m.End) continue;
                switch (m.Value.Kind)
                {
                    case CorefKind.Description:
                        if (Describe(si, t, m)) return m.Next;
                        break;
                    case CorefKind.Possessive:
                        if (m.Next < end && RoleAt(m.Next, end, out var role) && NextNameStart(mp) >= role.End
                            && OwnedRole(si, t, role.Next, role.End, role.Value, mp))
                            return role.Next;
                        break;
                    case CorefKind.Pronoun or CorefKind.ObjectPronoun:
                        if (Pronoun(si, t, m)) return m.Next;
                        break;
                    case CorefKind.Other:
                        if (Country(si, _tok[t].Start, m.End, mp, otherParty: true)) return m.Next;
                        break;
                    case CorefKind.Head:
                        if (ModifiedHead(si, t, m, end, mp) is int after) return after;
                        break;
                    case CorefKind.Act:
                        if (ReactedTo(t) && Doer(si, _tok[t].Start, m.End)) return m.Next;
                        if (t == doc.Sentences[si].FirstToken && m.Next < end && Is(m.Next, CorefKind.Drawn) && PreviousSubject(si, _tok[t].Start, m.End)) return m.Next;
                        break;
                    case CorefKind.ActHead:
                        // The mention is the noun alone: the clause may hold a quote ("aksi yang \"ilegal\" itu") that keeps its speaker.
                        if (ReactedTo(t) && ActClauseEnd(m.Next, end) is int actEnd && Doer(si, _tok[t].Start, _tok[t].End)) return actEnd;
                        break;
                    case CorefKind.Block:
                        return m.Next;
                    case CorefKind.List:
                        // Unresolved, it is still consumed: "negara-negara tersebut" is not "negara tersebut".
                        PickList(si, _tok[t].Start, m.End, m.Value.Count);
                        return m.Next;
                    case CorefKind.Home:
                        // "kerajaan akan menghantar nota": an unnamed home body; "kerajaan Thailand" is Thailand's (the name is linked).
                        if (m.Next < end && _tok[m.Next].Start == NextNameStart(mp)) break;
                        if (HomeActor(m.Value, _text.AsSpan(_tok[t].Start, m.End - _tok[t].Start)) is { } home)
                        {
                            AddHome(si, _tok[t].Start, m.End, m.Value, home);
                            return m.Next;
                        }
                        break;
                    case CorefKind.Crew:
                        // "Seven crew members were arrested" after "a Chinese boat was seized": the boat's people. "awak kapal
                        // Vietnam", "crews of the Thai boats": a name within three tokens says whose they are.
                        if (NextNameStart(mp) is int nn && nn < doc.Sentences[si].End && m.Next + 3 < _tok.Length && nn <= _tok[m.Next + 2].End) break;
                        if (PickShip(si) is Item crewShip)
                        {
                            Add(si, _tok[t].Start, m.End, crewShip.Type, crewShip, crewShip.Actor, crewShip.Place);
                            return m.Next;
                        }
                        break;
                    case CorefKind.Ship:
                        if (PickShip(si) is Item ship)
                        {
                            Add(si, _tok[t].Start, m.End, ship.Type, ship, ship.Actor, ship.Place);
                            return m.Next;
                        }
                        break;
                }
            }
            // "pemimpinnya": a role noun with the possessive clitic, one token.
            if (RoleWithSuffix(t, end, out var word, out int stop) && OwnedRole(si, t, stop, _tok[stop - 1].End, word, mp))
                return stop;
            return t;
        }

        private bool Pronoun(int si, int t, PhraseTable<CorefWord>.Match m)
        {
            if (PickPerson(si, null, t, m.Value.Kind == CorefKind.ObjectPronoun) is not Item a) return false;
            Add(si, _tok[t].Start, m.End, a.Type, a, a.Actor, a.Place);
            return true;
        }

        private bool Describe(int si, int t, PhraseTable<CorefWord>.Match m)
        {
            var w = m.Value;
            int start = _tok[t].Start;
            // "27 negara tersebut" counts its own members; it does not point back.
            if (t > doc.Sentences[si].FirstToken && _tok[t - 1].Kind == TokenKind.Number) return false;
            if (w.Type == EntityType.PER && w.Count == 1)
            {
                // "sang presiden, Joko Widodo": the name that follows wins.
                if (Appositive(m.Next) is { } name)
                {
                    Add(si, start, m.End, EntityType.PER, name, name.Actor, name.Place);
                    return true;
                }
                if (PickPerson(si, w.Sector, t, objectForm: false) is not Item p) return false;
                Add(si, start, m.End, p.Type, p, p.Actor, p.Place);
                return true;
            }
            if (w.Type == EntityType.GPE && w.Count == 1) return Country(si, start, m.End, NextIndex(start), otherParty: false);
            // "kedua belah pihak" after two people of two countries met is those two, not the venue or forum named last;
            // after three, it is unclear.
            // "Arab Saudi dan Iran bersiap …, dengan pertemuan antara kedua menteri luar negeri": the two ministers are those of
            // the two countries this sentence has just named, not the two persons named last in earlier sentences.
            // "PBB mendesak kedua belah pihak", "talks between the two sides": whoever acts on them is not one of them.
            int notBefore = t > doc.Sentences[si].FirstToken && Is(t - 1, CorefKind.ObjectCue) ? start : -1;
            var found = w.Type == EntityType.PER && notBefore < 0 && SentenceCountries(si, start, w.Count) is { } own ? own
                : w.Type is null && notBefore < 0 && PartiesWhoMet(si, w.Count) is { } met ? met : PickDistinct(si, w.Type, w.Count, notBefore);
            if (found.Count < w.Count) return false;
            foreach (var a in found) Add(si, start, m.End, a.Type, a, a.Actor, a.Place);
            return true;
        }

        /// <summary>
        /// "negara [Laut Merah] itu": the head, one to three capitalised modifiers that name no country themselves, then a
        /// determiner. Such a description adds what the reader knows of a country already talked about, so it is the other
        /// party (<see cref="Country"/> with otherParty). Returns the token after the determiner, or null.
        /// </summary>
        private int? ModifiedHead(int si, int t, PhraseTable<CorefWord>.Match head, int end, int mp)
        {
            int k = head.Next;
            for (int mods = 0; k < end && mods <= 3; k++, mods++)
            {
                var tok = _tok[k];
                if (mods > 0 && IsDeterminer(k, end, out int after))
                    return Country(si, _tok[t].Start, _tok[after - 1].End, mp, otherParty: true) ? after : null;
                if (tok.Kind != TokenKind.Word || !char.IsUpper(_text[tok.Start]) || NamesCountry(tok.Start, tok.End, mp)) return null;
            }
            return null;
        }

        private bool IsDeterminer(int k, int end, out int after)
        {
            _roleMatches.Clear();
            lex.Words.MatchAt(_text, _tok, k, end, _roleMatches);
            foreach (var m in _roleMatches)
            {
                if (m.Value.Kind != CorefKind.Determiner) continue;
                after = m.Next;
                return true;
            }
            after = k;
            return false;
        }

        /// <summary>Whether a named mention over [start, end) carries a country ("negara Ukraina itu" is the name itself).</summary>
        private bool NamesCountry(int start, int end, int mp)
        {
            for (int i = mp; i < _order.Length; i++)
            {
                var m = doc.Mentions[_order[i]];
                if (m.Start >= end) break;
                if (m.End > start && (m.Actor?.Country ?? m.Place?.Country) is not null) return true;
            }
            return false;
        }

        /// <summary>
        /// A country description ("negara itu", "negara seterunya"): the latest country in reach that is not the first one
        /// named after it in its own sentence ("Negara itu menuding balik Ethiopia" is not Ethiopia). The other party (<paramref name="otherParty"/>)
        /// also skips the sentence's subject ("Eritrea membantah tuduhan negara seterunya") and resolves only when exactly one
        /// country is left.
        /// </summary>
        private bool Country(int si, int start, int end, int mp, bool otherParty)
        {
            var s = doc.Sentences[si];
            _excluded.Clear();
            for (int i = mp; i < _order.Length; i++)
            {
                var m = doc.Mentions[_order[i]];
                if (m.Start >= s.End) break;
                // The first country after it is its object ("Negara itu menuding balik Ethiopia"); one further on may be its own.
                if (m.Start >= end && (m.Actor?.Country ?? m.Place?.Country) is { } c) { _excluded.Add(c); break; }
            }
            if (otherParty)
            {
                string? subject = null;
                for (int k = _history.Count - 1; k >= 0 && _history[k].Sentence == si; k--)
                    if (_history[k].Start < start && _history[k].Country is { } c) subject = c;
                if (subject is not null) _excluded.Add(subject);
            }
            Item? found = null;
            for (int k = _history.Count - 1; k >= 0; k--)
            {
                var h = _history[k];
                // The other party of a dyad stays in view longer than "negara itu"; that it must be the only one keeps it safe.
                if (si - h.Sentence > (otherParty ? OtherWindow : CountryWindow)) break;
                if (h.Type is not (EntityType.GPE or EntityType.LOC) || h.Country is not { } c || _excluded.Contains(c)) continue;
                if (found is null) { found = h; if (!otherParty) break; continue; }
                if (found.Value.Country != c) return false;
            }
            if (found is not Item a) return false;
            Add(si, start, end, a.Type, a, a.Actor, a.Place);
            return true;
        }

        private readonly List<string> _excluded = [];

        /// <summary>The ship introduced last ("kapal pasokan Filipina"), within the previous two sentences.</summary>
        private Item? PickShip(int si)
        {
            for (int k = _history.Count - 1; k >= 0; k--)
            {
                var h = _history[k];
                if (si - h.Sentence > 2) break;
                if (h.Ship) return h;
            }
            return null;
        }

        /// <summary>Whether a reaction verb ("mengecam", "condemned") is the word right before token <paramref name="t"/>.</summary>
        private bool ReactedTo(int t) => t > 0 && Is(t - 1, CorefKind.React);

        private bool Is(int k, CorefKind kind)
        {
            var tk = _tok[k];
            foreach (var e in lex.Words.Candidates(_text, tk))
                if (e.Value.Kind == kind && PhraseTable<CorefWord>.MatchChars(_text, tk.Start, e.Phrase) == tk.End) return true;
            return false;
        }

        /// <summary>
        /// After an act noun, "yang" and up to eight words (commas only inside quotes) and a determiner: the token after
        /// the determiner ("aksi yang \"ilegal, agresif\" itu"), or null.
        /// </summary>
        private int? ActClauseEnd(int k, int end)
        {
            if (k >= end || !Is(k, CorefKind.Relative)) return null;
            bool quoted = false;
            for (int j = k + 1; j < end && j <= k + 9; j++)
            {
                var tk = _tok[j];
                if (tk.Kind == TokenKind.Quote) { quoted = !quoted; continue; }
                if (!quoted && j > k + 1 && IsDeterminer(j, end, out int after)) return after;
                if (!quoted && IsClauseMark(j)) return null;
            }
            return null;
        }

        /// <summary>
        /// The doer of an act reacted to ("Filipina mengecam aksi itu" after China's manoeuvres): the one actor of the last
        /// sentences that is not the reacting subject of this sentence; nothing when two or more fit.
        /// </summary>
        /// <summary>"Latihan tersebut menuai kecaman dari X": the act opening the sentence is the doing of the previous sentence's subject.</summary>
        private bool PreviousSubject(int si, int start, int end)
        {
            Item? found = null;
            for (int k = _history.Count - 1; k >= 0; k--)
            {
                var h = _history[k];
                if (h.Sentence >= si) continue;
                if (h.Sentence < si - 1) break;
                // Walking back, the last kept is the sentence's first actor: its subject in the usual order.
                if (h.Actor is not null) found = h;
            }
            if (found is not Item a) return false;
            Add(si, start, end, a.Type, a, a.Actor, a.Place);
            return true;
        }

        private bool Doer(int si, int start, int end)
        {
            string? subject = null;
            for (int k = _history.Count - 1; k >= 0 && _history[k].Sentence == si; k--)
                if (_history[k].Start < start && (_history[k].Country ?? _history[k].Key) is { } c) subject = c;
            if (subject is null) return false;
            Item? found = null;
            string? foundKey = null;
            for (int k = _history.Count - 1; k >= 0; k--)
            {
                var h = _history[k];
                if (si - h.Sentence > 1) break;
                if (h.Actor is null || (h.Country ?? h.Key) is not { } key || key == subject) continue;
                if (found is null) { found = h; foundKey = key; continue; }
                if (foundKey != key) return false;
            }
            if (found is not Item a) return false;
            Add(si, start, end, a.Type, a, a.Actor, a.Place);
            return true;
        }

        /// <summary>Index in <see cref="_order"/> of the first named mention starting at or after <paramref name="offset"/>.</summary>
        private int NextIndex(int offset)
        {
            int i = 0;
            while (i < _order.Length && doc.Mentions[_order[i]].Start < offset) i++;
            return i;
        }

        /// <summary>A role owned by the entity before it: "pemimpinnya", "its government".</summary>
        private bool OwnedRole(int si, int t, int next, int endChar, CorefWord role, int mp)
        {
            int start = _tok[t].Start;
            if (role.Type == EntityType.PER && Appositive(next) is { } name)
            {
                Add(si, start, endChar, EntityType.PER, name, name.Actor, name.Place);
                return true;
            }
            if (PickOwner(si) is not Item owner) return false;
            var actor = RoleActor(owner, role.Sector);
            if (actor is null) return false;
            Add(si, start, endChar, role.Type ?? owner.Type, owner, actor, null);
            return true;
        }

        private bool RoleAt(int t, int end, out PhraseTable<CorefWord>.Match role)
        {
            _roleMatches.Clear();
            lex.Words.MatchAt(_text, _tok, t, end, _roleMatches);
            foreach (var m in _roleMatches)
            {
                if (m.Value.Kind != CorefKind.Role) continue;
                role = m;
                return true;
            }
            role = default;
            return false;
        }

        private readonly List<PhraseTable<CorefWord>.Match> _roleMatches = [];

        /// <summary>A token that is a role noun plus a possessive clitic ("presidennya", "perdana menterinya").</summary>
        private bool RoleWithSuffix(int t, int end, out CorefWord word, out int next)
        {
            var run = PhraseTable<CorefWord>.FirstRun(_text.AsSpan(_tok[t].Start, _tok[t].Length));
            foreach (var suffix in lex.Suffixes)
            {
                // One-word roles are looked up by the stem ("pemimpin" in "pemimpinnya"), longer ones by their first word.
                if (run.Length > suffix.Length && run.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                    && RoleSuffixMatch(lex.Words.CandidatesFor(run[..^suffix.Length]), t, end, suffix, out word, out next))
                    return true;
                if (RoleSuffixMatch(lex.Words.CandidatesFor(run), t, end, suffix, out word, out next)) return true;
            }
            word = default;
            next = t;
            return false;
        }

        private bool RoleSuffixMatch(ReadOnlySpan<PhraseTable<CorefWord>.Entry> candidates, int t, int end, string suffix, out CorefWord word, out int next)
        {
            foreach (var e in candidates)
            {
                if (e.Value.Kind != CorefKind.Role) continue;
                int pos = PhraseTable<CorefWord>.MatchChars(_text, _tok[t].Start, e.Phrase);
                if (pos < 0) continue;
                int stop = PhraseTable<CorefWord>.MatchChars(_text, pos, suffix);
                if (stop < 0) continue;
                int n = PhraseTable<CorefWord>.TokenEndingAt(_tok, t, end, stop, _text);
                if (n < 0 || _tok[n - 1].End != stop) continue;
                word = e.Value;
                next = n;
                return true;
            }
            word = default;
            next = t;
            return false;
        }

        // ---- antecedent choice ----

        /// <summary>
        /// The person a pronoun or description at token <paramref name="t"/> means: recent sentences first, the
        /// subject or a speaker of its sentence over an object, a person in the same clause (no comma between:
        /// "… afer which Putin invited his host") over one further back, and a person of the wanted sector
        /// ("sang presiden" → GOV) over others. An object pronoun (<paramref name="objectForm"/>) skips the subject
        /// of its own clause.
        /// </summary>
        private Item? PickPerson(int si, string? sector, int t, bool objectForm)
        {
            Item? best = null;
            double bestScore = double.NegativeInfinity;
            int rank = 0;
            for (int k = _history.Count - 1; k >= 0; k--)
            {
                var h = _history[k];
                if (si - h.Sentence > PersonWindow) break;
                if (h.Type != EntityType.PER) continue;
                double score = -2.0 * (si - h.Sentence) - 0.25 * rank++;
                if (h.Subject) score += 1.5;
                if (h.Speaker) score += 1.0;
                if (h.Sentence == si && SameClause(h.Start, t))
                {
                    // "Putin met Kim and praised him": an object pronoun skips its clause's subject.
                    if (objectForm && h.Subject) continue;
                    score += 1.5;
                }
                if (sector is not null && h.Actor?.Sector == sector) score += 1.0;
                // A person named inside a direct quote ("…more information from Chong …," he said) is talked about; a
                // pronoun outside the quote means the speaker.
                if (InQuote(h.Start) && !InQuote(_tok[t].Start)) score -= 2.0;
                // A name in a list of people ("the leaders were A, B, C and D", the first one included) is not what a later
                // "beliau"/"he" is about; the speaker of that sentence still is.
                if (!h.Speaker && PersonsIn(h.Sentence, k) >= ListSize) score -= 2.0;
                if (score > bestScore) { best = h; bestScore = score; }
            }
            return best;
        }

        private const int ListSize = 3;

        private List<Quotes.QuoteAttributor.MarkedSpan>? _quoteSpans;

        /// <summary>Whether a character offset lies inside quotation marks.</summary>
        private bool InQuote(int offset)
        {
            _quoteSpans ??= Quotes.QuoteAttributor.FindMarkedSpans(_text);
            foreach (var q in _quoteSpans)
            {
                if (q.InnerStart > offset) break;
                if (offset < q.InnerEnd) return true;
            }
            return false;
        }

        /// <summary>Distinct persons named in sentence <paramref name="sentence"/>, scanning history around index <paramref name="k"/>.</summary>
        private int PersonsIn(int sentence, int k)
        {
            int n = 0;
            for (int i = k; i >= 0 && _history[i].Sentence == sentence; i--)
                if (_history[i].Type == EntityType.PER) n++;
            for (int i = k + 1; i < _history.Count && _history[i].Sentence == sentence; i++)
                if (_history[i].Type == EntityType.PER) n++;
            return n;
        }

        /// <summary>
        /// The countries named in this sentence before <paramref name="start"/> when there are exactly <paramref name="count"/>
        /// of them, one item each (a person of that country when the sentence names one); null otherwise.
        /// </summary>
        private List<Item>? SentenceCountries(int si, int start, int count)
        {
            List<Item>? found = null;
            for (int k = _history.Count - 1; k >= 0; k--)
            {
                var h = _history[k];
                if (h.Sentence != si) break;
                if (h.Start >= start || h.Country is not { } c) continue;
                found ??= new List<Item>(count);
                int at = found.FindIndex(f => f.Country == c);
                if (at < 0)
                {
                    if (found.Count == count) return null;
                    found.Add(h);
                }
                else if (h.Type == EntityType.PER && found[at].Type != EntityType.PER) found[at] = h;
            }
            return found is not null && found.Count == count ? found : null;
        }

        /// <summary>
        /// The <paramref name="count"/> most recent distinct antecedents of a type ("kedua negara": two countries). Parties of two
        /// ("kedua negara", "kedua belah pihak") are actors or countries: a city or region named as a place (a dateline's
        /// "Jakarta", "Ladakh") is where things happen, and an army or official stands for its country. Fewer than
        /// <paramref name="count"/> in the last sentences: the search goes on further back (the parties of a dispute are
        /// introduced once). With <paramref name="notBefore"/> (an offset in sentence <paramref name="si"/>), what precedes it
        /// in that sentence is skipped.
        /// </summary>
        private List<Item> PickDistinct(int si, EntityType? type, int count, int notBefore = -1)
        {
            var found = new List<Item>(count);
            bool party = count >= 2 && type is null or EntityType.GPE;
            for (int k = _history.Count - 1; k >= 0 && found.Count < count; k--)
            {
                var h = _history[k];
                if (si - h.Sentence > (count >= 2 && found.Count > 0 ? OtherWindow : CountryWindow)) break;
                if (notBefore >= 0 && h.Sentence == si && h.Start < notBefore) continue;
                bool fits = party
                    ? (h.Place is null || h.Place.Kind == "country") && (type is null ? h.Actor is not null : h.Country is not null)
                    : type switch
                    {
                        EntityType.GPE => h.Type is EntityType.GPE or EntityType.LOC && h.Country is not null,
                        null => h.Key is not null,
                        _ => h.Type == type,
                    };
                if (!fits) continue;
                string key = DistinctKey(h, party ? EntityType.GPE : type);
                bool seen = false;
                foreach (var f in found)
                    if (DistinctKey(f, party ? EntityType.GPE : type) == key) { seen = true; break; }
                if (!seen) found.Add(h);
            }
            return found;
        }

        /// <summary>
        /// The <paramref name="count"/> latest persons of distinct countries in this sentence and the one before, when exactly
        /// that many countries have people there; empty when more do (which two is unclear); null when fewer do.
        /// </summary>
        private List<Item>? PartiesWhoMet(int si, int count)
        {
            var found = new List<Item>(count);
            for (int k = _history.Count - 1; k >= 0; k--)
            {
                var h = _history[k];
                if (si - h.Sentence > 1) break;
                if (h.Type != EntityType.PER || h.Country is not { } c) continue;
                bool seen = false;
                foreach (var f in found)
                    if (f.Country == c) { seen = true; break; }
                if (seen) continue;
                if (found.Count == count) return [];
                found.Add(h);
            }
            return found.Count == count ? found : null;
        }

        /// <summary>Countries by country; others by actor key, entity id, else the root name as written.</summary>
        private string DistinctKey(Item h, EntityType? type)
        {
            if (type == EntityType.GPE && h.Country is { } c) return c;
            if (h.Key is { } k) return k;
            var root = doc.Mentions[h.Root];
            return doc.Text[root.Start..root.End];
        }

        /// <summary>The entity a possessive role belongs to: the latest non-person with an actor or a country.</summary>
        private Item? PickOwner(int si)
        {
            for (int k = _history.Count - 1; k >= 0; k--)
            {
                var h = _history[k];
                if (si - h.Sentence > 1) break;
                if (h.Type == EntityType.PER) continue;
                if (h.Actor is not null || h.Country is not null) return h;
            }
            return null;
        }

        /// <summary>
        /// The actor of "the leader/government/army of <paramref name="owner"/>": a country becomes its sector actor
        /// (PRK → PRKGOV); an organisation or an actor that already has a sector stands for its own leaders.
        /// </summary>
        private static ActorRef? RoleActor(Item owner, string? sector)
        {
            if (owner.Actor is { } a)
            {
                if (sector is null || a.Sector is not null || a.Country is null || a.Code != a.Country) return a;
                return new ActorRef(a.Name, a.Country + sector, a.Country, sector, null);
            }
            if (owner.Place is { Country: { } c } p && sector is not null)
                return new ActorRef(p.Name, c + sector, c, sector, null);
            return null;
        }

        /// <summary>A person named right after a description, with or without a comma: "pemimpinnya, Kim Jong-un".</summary>
        private Item? Appositive(int next)
        {
            if (next >= _tok.Length) return null;
            int k = next;
            if (_tok[k].Length == 1 && _text[_tok[k].Start] == ',' && k + 1 < _tok.Length) k++;
            int at = _tok[k].Start;
            foreach (int i in _order)
            {
                var m = doc.Mentions[i];
                if (m.Start < at) continue;
                if (m.Start > at) break;
                if (m.Type != EntityType.PER) continue;
                int si = SentenceOf(m.Start);
                return new Item(i, si, m.Type, m.Actor, m.Place, m.EntityId, false, false, m.Start);
            }
            return null;
        }

        // ---- home bodies ----

        /// <summary>The latest named body of each kind with its country ("Kementerian Luar Negeri Turki" → foreign: TURGOV).</summary>
        private readonly Dictionary<string, ActorRef> _bodies = new(StringComparer.Ordinal);
        private int _homeNamed = -1;

        /// <summary>
        /// A named mention that is a home body word alone ("Kemenlu", no actor) takes <see cref="HomeActor"/>; one that opens
        /// with it and carries a country ("Kementerian Luar Negeri Turki") makes that country the body's for later bare uses.
        /// </summary>
        private void HomeBody(Mention m, int start, int end)
        {
            if (m.Place is not null) return;
            int t = doc.TokenAtOrAfter(start);
            if (t < 0 || t >= _tok.Length || _tok[t].Start != start) return;
            _matches.Clear();
            lex.Words.MatchAt(_text, _tok, t, _tok.Length, _matches);
            foreach (var w in _matches)
            {
                if (w.Value.Kind != CorefKind.Home || w.Value.Body is not { } body) continue;
                if (m.Actor is { Country: not null } a)
                {
                    if (w.End < end) _bodies[body] = a;
                    return;
                }
                if (m.Actor is not null || w.End != end) continue;
                // "Kemenlu Mao Ning": a body with a name beside it is that name's; the linker or the quote side reads it.
                if (w.Next < _tok.Length && NextNamedAt(_tok[w.Next].Start)) return;
                if (HomeActor(w.Value, _text.AsSpan(start, end - start)) is { } home) m.Actor = home;
                return;
            }
        }

        /// <summary>
        /// The actor of a body named without its country: the country of the same body named earlier with one, else the
        /// home press's country (<see cref="Events.LanguagePack.HomeCountry"/>), only where the article names that country at all
        /// (in foreign news an unqualified ministry is not the home one).
        /// </summary>
        private ActorRef? HomeActor(CorefWord w, ReadOnlySpan<char> name)
        {
            string? country = w.Body is { } b && _bodies.TryGetValue(b, out var earlier) ? earlier.Country : null;
            if (country is null)
            {
                if (Events.LanguagePack.For(doc.Language).HomeCountry is not { } home || !HomeNamed(home)) return null;
                country = home;
            }
            return new ActorRef(name.ToString(), country + w.Sector, country, w.Sector, null);
        }

        private bool HomeNamed(string home)
        {
            if (_homeNamed < 0)
            {
                _homeNamed = 0;
                foreach (var m in doc.Mentions)
                    if (m.Source != MentionSource.Coreference && (m.Actor?.Country ?? m.Place?.Country) == home) { _homeNamed = 1; break; }
            }
            return _homeNamed == 1;
        }

        /// <summary>Whether a named (not coreference) mention starts at <paramref name="offset"/>.</summary>
        private bool NextNamedAt(int offset)
        {
            foreach (int i in _order)
            {
                var m = doc.Mentions[i];
                if (m.Start == offset) return true;
                if (m.Start > offset) break;
            }
            return false;
        }

        private void AddHome(int si, int start, int end, CorefWord w, ActorRef actor)
        {
            doc.Mentions.Add(new Mention
            {
                Start = start,
                End = end,
                Type = w.Type ?? EntityType.ORG,
                Actor = actor,
                Source = MentionSource.Coreference,
            });
            _history.Add(new Item(doc.Mentions.Count - 1, si, w.Type ?? EntityType.ORG, actor, null, null, false, false, start, End: end));
        }

        // ---- bookkeeping ----

        private void Add(int si, int start, int end, EntityType type, Item antecedent, ActorRef? actor, PlaceRef? place)
        {
            var m = new Mention
            {
                Start = start,
                End = end,
                Type = type,
                Actor = actor,
                Place = place,
                Source = MentionSource.Coreference,
                Antecedent = antecedent.Root,
                EntityId = antecedent.EntityId,
            };
            doc.Mentions.Add(m);
            var (subject, speaker) = Roles(si, type, start, end);
            _history.Add(new Item(antecedent.Root, si, type, actor, place, antecedent.EntityId, subject, speaker, start));
        }

        private void Remember(int index, Mention m, int si, int start, int end)
        {
            if (m.Source != MentionSource.Coreference) HomeBody(m, start, end);
            var (subject, speaker) = Roles(si, m.Type, start, end);
            int root = m.Source == MentionSource.Coreference && m.Antecedent >= 0 ? m.Antecedent : index;
            bool ship = (m.Actor?.Country ?? m.Place?.Country) is not null && ShipBefore(si, start, end);
            // "Peru, Chile and Uruguay": a name joined to the one before it by list words only continues its list.
            int listHead = -1;
            if (_history.Count > 0 && _history[^1] is { } prev && prev.Sentence == si && prev.End > 0 && OnlySeparators(prev.End, start))
                listHead = prev.ListHead >= 0 ? prev.ListHead : _history.Count - 1;
            _history.Add(new Item(root, si, m.Type, m.Actor, m.Place, m.EntityId, subject, speaker, start, ship, end, listHead));
        }

        /// <summary>
        /// Subject: the first person of its sentence, within its first eight tokens. Speaker: a speech verb within
        /// three tokens after it ("Putin mengatakan") or two before it ("kata Putin").
        /// </summary>
        private (bool Subject, bool Speaker) Roles(int si, EntityType type, int start, int end)
        {
            if (type != EntityType.PER || si < 0) return (false, false);
            var s = doc.Sentences[si];
            int first = doc.TokenAtOrAfter(start), after = doc.TokenAtOrAfter(end);
            bool earlierPerson = false;
            for (int k = _history.Count - 1; k >= 0 && _history[k].Sentence == si; k--)
                if (_history[k].Type == EntityType.PER && _history[k].Start < start) { earlierPerson = true; break; }
            bool subject = !earlierPerson && first - s.FirstToken <= 8;
            bool speaker = SpeechIn(after, Math.Min(after + 3, s.EndToken)) || SpeechIn(Math.Max(first - 2, s.FirstToken), first);
            return (subject, speaker);
        }

        /// <summary>No clause punctuation or quote between offset <paramref name="start"/> and token <paramref name="t"/>.</summary>
        private bool SameClause(int start, int t)
        {
            for (int k = doc.TokenAtOrAfter(start); k < t; k++)
            {
                var tk = _tok[k];
                if (tk.Kind == TokenKind.Quote) return false;
                if (tk.Length == 1 && _text[tk.Start] is ',' or ';' or ':' or '(' or ')') return false;
            }
            return true;
        }

        /// <summary>
        /// A ship word ("kapal", "kapal-kapal") at most five tokens before the name at [start, end), or a ship noun right
        /// after it or one word on ("a Philippine supply vessel"), within its clause: the name is then the flag of a ship.
        /// </summary>
        private bool ShipBefore(int si, int start, int end)
        {
            if (si < 0) return false;
            var s = doc.Sentences[si];
            int first = doc.TokenAtOrAfter(start);
            for (int k = first - 1; k >= Math.Max(s.FirstToken, first - 5); k--)
            {
                if (IsClauseMark(k)) break;
                if (IsShipWord(k, CorefKind.ShipWord)) return true;
            }
            // "a Philippine supply vessel": the ship word up to two words after the name.
            int last = first;
            while (last < s.EndToken && last < _tok.Length && _tok[last].End <= end) last++;
            for (int k = last; k < Math.Min(s.EndToken, last + 2) && k < _tok.Length; k++)
            {
                if (IsClauseMark(k)) break;
                if (IsShipWord(k, CorefKind.ShipNoun)) return true;
            }
            return false;
        }

        /// <summary>Whether only commas and list words ("and", "dan", "serta") lie between offsets <paramref name="from"/> and <paramref name="to"/>.</summary>
        private bool OnlySeparators(int from, int to)
        {
            int n = 0;
            for (int k = doc.TokenAtOrAfter(from); k >= 0 && k < _tok.Length && _tok[k].Start < to; k++, n++)
            {
                var tk = _tok[k];
                if (tk.Length == 1 && _text[tk.Start] == ',') continue;
                bool sep = false;
                foreach (var e in lex.Words.Candidates(_text, tk))
                    if (e.Value.Kind == CorefKind.ListWord && PhraseTable<CorefWord>.MatchChars(_text, tk.Start, e.Phrase) == tk.End) { sep = true; break; }
                if (!sep) return false;
            }
            return n > 0;
        }

        /// <summary>
        /// "those countries", "negara-negara tersebut": every country of the latest list of two or more ("Peru, Chile and
        /// Uruguay") in reach, one mention each; a description with a number ("ketiga negara") needs a list of that size.
        /// </summary>
        private bool PickList(int si, int start, int end, int count)
        {
            for (int k = _history.Count - 1; k >= 0; k--)
            {
                var h = _history[k];
                if (si - h.Sentence > CountryWindow) break;
                if (h.ListHead < 0) continue;
                _members.Clear();
                _excluded.Clear();
                for (int i = h.ListHead; i <= k; i++)
                {
                    var member = _history[i];
                    if (member.Type == EntityType.PER || member.Country is not { } c || _excluded.Contains(c)) continue;
                    _excluded.Add(c);
                    _members.Add(member);
                }
                // "ketiga negara" names its size; the plain plural takes any list of two or more.
                if (_members.Count < 2 || (count > 1 && _members.Count != count)) return false;
                foreach (var a in _members) Add(si, start, end, a.Type, a, a.Actor, a.Place);
                return true;
            }
            return false;
        }

        private readonly List<Item> _members = [];

        private bool IsClauseMark(int k) => _tok[k].Length == 1 && _text[_tok[k].Start] is ',' or ';' or '.' or ':';

        private bool IsShipWord(int k, CorefKind kind)
        {
            var tk = _tok[k];
            foreach (var e in lex.Words.Candidates(_text, tk))
            {
                if (e.Value.Kind != kind) continue;
                int stop = PhraseTable<CorefWord>.MatchChars(_text, tk.Start, e.Phrase);
                if (stop == tk.End || (stop > 0 && stop < tk.End && _text[stop] == '-')) return true;
            }
            return false;
        }

        private bool SpeechIn(int from, int to)
        {
            for (int k = from; k < to && k < _tok.Length; k++)
            {
                foreach (var e in lex.Words.Candidates(_text, _tok[k]))
                {
                    if (e.Value.Kind != CorefKind.Speech) continue;
                    int stop = PhraseTable<CorefWord>.MatchChars(_text, _tok[k].Start, e.Phrase);
                    if (stop == _tok[k].End) return true;
                }
            }
            return false;
        }

        private int NextNameStart(int mp) => mp < _order.Length ? doc.Mentions[_order[mp]].Start : int.MaxValue;

        private int SentenceOf(int offset)
        {
            int si = doc.SentenceAt(offset);
            return si >= 0 ? si : Math.Max(0, LastSentenceBefore(offset));
        }

        private int LastSentenceBefore(int offset)
        {
            int k = doc.Sentences.Length - 1;
            while (k >= 0 && doc.Sentences[k].Start > offset) k--;
            return k;
        }
    }
}

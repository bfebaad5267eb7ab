using Warta.Actors;
using Warta.Documents;
using Warta.Events;
using Warta.Pipeline;

namespace Warta.Quotes;

/// <summary>
/// Finds direct quotations (every quote style, across sentences and paragraphs) and reported speech
/// ("X mengatakan bahwa …", "menurut X, …", "X said …") and attributes each to a speaker mention,
/// using the speech cues in lang/&lt;code&gt;/speech-verbs.tsv.
/// </summary>
public sealed class QuoteAttributor : IStage
{
    public string Name => "quotes";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Mentions | Layers.Coreference;

    public Layers Provides => Layers.Quotes;

    public void Process(Document document)
    {
        var lang = LanguagePack.For(document.Language);
        var words = WordIndex.Build(document);
        var run = new Run(document, new Arguments(document, words, lang));
        run.Execute();
        run.Flush();
    }

    /// <summary>A quotation mark pair found in the text: the inner span and the marks' offsets (-1 when unclosed).</summary>
    internal readonly record struct MarkedSpan(int Open, int InnerStart, int InnerEnd, int Close);

    /// <summary>Quotation-mark pairs, paragraph by paragraph; an unclosed quote continues into a paragraph that opens with a mark.</summary>
    internal static List<MarkedSpan> FindMarkedSpans(string t)
    {
        var raw = new List<(int Open, int Close, int ParaEnd)>();
        int ps = 0;
        while (ps <= t.Length)
        {
            int pe = t.IndexOf('\n', ps);
            if (pe < 0) pe = t.Length;
            int open = -1;
            bool single = false;
            for (int i = ps; i < pe; i++)
            {
                char c = t[i];
                char prev = i > ps ? t[i - 1] : ' ';
                char next = i + 1 < pe ? t[i + 1] : ' ';
                if (open < 0)
                {
                    if (c is '"' or '“' or '«' or '„' || (c == '”' && char.IsLetter(next) && char.IsWhiteSpace(prev)))
                    { open = i; single = false; }
                    else if (c == '‘' && (char.IsWhiteSpace(prev) || prev is '(' or '[') && char.IsLetterOrDigit(next))
                    { open = i; single = true; }
                }
                else if (single)
                {
                    if (c == '’' && !char.IsLetter(next)) { raw.Add((open, i, pe)); open = -1; }
                }
                else if (c is '"' or '”' or '»' || (c == '“' && !char.IsLetterOrDigit(next) && !char.IsWhiteSpace(prev)))
                {
                    raw.Add((open, i, pe));
                    open = -1;
                }
            }
            if (open >= 0 && !single) raw.Add((open, -1, pe));
            ps = pe + 1;
        }

        var spans = new List<MarkedSpan>();
        for (int k = 0; k < raw.Count; k++)
        {
            var (open, close, paraEnd) = raw[k];
            int end = close < 0 ? paraEnd : close;
            // Continuation: an unclosed quote whose next paragraph opens with a quotation mark.
            while (close < 0 && k + 1 < raw.Count && raw[k + 1].Open == paraEnd + 1)
            {
                k++;
                close = raw[k].Close;
                paraEnd = raw[k].ParaEnd;
                end = close < 0 ? paraEnd : close;
            }
            int a = open + 1, b = end;
            while (a < b && char.IsWhiteSpace(t[a])) a++;
            while (b > a && (char.IsWhiteSpace(t[b - 1]) || t[b - 1] == ',')) b--;
            if (b > a) spans.Add(new MarkedSpan(open, a, b, close));
        }
        return spans;
    }

    private sealed class Run(Document doc, Arguments args)
    {
        private readonly WordIndex _w = args.W;
        private readonly LanguagePack _l = args.L;
        private readonly List<(Quote Quote, int Sentence)> _quotes = [];
        private readonly List<(int Start, int End)> _direct = [];
        // The characters inside _direct, one bit each: InDirect is asked for every word, and a long article has
        // hundreds of quotes.
        private ulong[]? _inDirect;

        private Speaker? _last;
        private int _lastSentence = -10;
        // Issuer of the last statement named in a cue ("pernyataan tertulis X"), for "dalam pernyataan tersebut".
        private Speaker? _lastStatement;
        private readonly PhraseTable<string> _roles = args.L.SpeakerRoles;
        // Speakers named by a role or body ("the spokesperson", "Kemenlu"), not by a name.
        private readonly HashSet<Speaker> _roleSpeakers = new(ReferenceEqualityComparer.Instance);
        // The direct quote being attributed: its own words are no antecedent for "tulisnya".
        private (int Start, int End) _pending = (-1, -1);
        // Opening mark of the direct quote being attributed (-1 outside one).
        private int _pendingOpen = -1;

        /// <summary>Sentence by sentence, direct quotes first, so "ucapnya" and pronouns find the speaker before them.</summary>
        public void Execute()
        {
            if (_w.Count == 0) return;
            var spans = FindMarkedSpans(doc.Text);
            int k = 0;
            for (int s = 0; s < _w.SentenceCount; s++)
            {
                while (k < spans.Count && _w.Sentence[Math.Min(_w.AtOrAfter(spans[k].InnerStart), _w.Count - 1)] <= s) Direct(spans[k++]);
                Reported(s);
            }
            while (k < spans.Count) Direct(spans[k++]);
        }

        private void Direct(MarkedSpan span)
        {
            try { DirectCore(span); }
            finally { _pending = (-1, -1); _pendingOpen = -1; }
        }

        private void DirectCore(MarkedSpan span)
        {
            {
                int first = _w.AtOrAfter(span.InnerStart), last = _w.AtOrAfter(span.InnerEnd);
                int nWords = 0;
                for (int k = first; k < last; k++) if (!_w.IsPunct(k)) nWords++;
                int openWord = _w.AtOrAfter(span.Open);
                // One quoted word is a term, unless a characterizing verb gives it a speaker ("dismissed them as "ludicrous"").
                if (nWords < 1 || (nWords < 2 && !NamingBefore(openWord))) return;
                int closeWord = span.Close < 0 ? last : _w.AtOrAfter(span.Close);
                _pending = (span.Open, span.Close < 0 ? span.InnerEnd : span.Close + 1);
                _pendingOpen = openWord;
                // An unclosed quote runs to the paragraph end: what follows belongs to the next paragraph.
                var (speaker, cue, cueWord) = span.Close < 0 ? (null, null, -1) : AfterCue(closeWord + 1);
                if (speaker is null && cue is null) (speaker, cue, cueWord) = BeforeCue(openWord);
                // A quote of a few words with no cue is a scare quote or a title, not speech.
                int sentence = _w.Sentence[Math.Min(first, _w.Count - 1)];
                // A short quote standing as its own paragraph right after an attributed one continues that speaker.
                bool continued = cue is null && EndsSentence(span) && OwnParagraph(span) && _last is not null && sentence - _lastSentence <= 1;
                if (cue is null && nWords < 6 && !continued) return;
                if (cue is null && !EndsSentence(span) && !ShortTail(closeWord + 1)) return;
                if (speaker is null && cue is null) speaker = Carry(openWord, sentence);
                var via = Via(cueWord >= 0 ? cueWord : closeWord, span.InnerStart, span.Close < 0 ? span.InnerEnd : span.Close);
                // A quote running over several sentences is "just before" what follows its last one.
                Remember(speaker, _w.Sentence[Math.Min(Math.Max(first, last - 1), _w.Count - 1)]);
                AddDirect(span.Open, span.Close < 0 ? span.InnerEnd : span.Close + 1);
                _quotes.Add((new Quote(span.InnerStart, span.InnerEnd, true, speaker, cue ?? "", via), sentence));
            }
        }

        /// <summary>"“…migrasi ilegal” ke Uni Eropa.": a few words with no verb close the sentence after the mark.</summary>
        private bool ShortTail(int k)
        {
            if (k >= _w.Count) return false;
            int s1 = _w.SentenceEnd(_w.Sentence[k]);
            int e = ContentEnd(k, s1);
            if (e <= k || e - k > 4 || s1 <= e) return false;
            for (int j = k; j < e; j++)
                if (_w.IsPunct(j) || args.IsQuoteMark(j) || args.IsVerbAt(j)) return false;
            return _w.IsPunct(e, '.');
        }

        /// <summary>Whether only white space stands between the marks and the paragraph's line breaks.</summary>
        private bool OwnParagraph(MarkedSpan span)
        {
            if (span.Close < 0) return false;
            var t = doc.Text;
            for (int i = span.Open - 1; i >= 0 && t[i] != '\n'; i--) if (!char.IsWhiteSpace(t[i])) return false;
            for (int i = span.Close + 1; i < t.Length && t[i] != '\n'; i++) if (!char.IsWhiteSpace(t[i])) return false;
            return true;
        }

        private bool EndsSentence(MarkedSpan span)
        {
            char c = doc.Text[span.InnerEnd - 1];
            return c is '.' or '!' or '?' || span.Close < 0;
        }

        private void Remember(Speaker? speaker, int sentence)
        {
            if (speaker is null) return;
            _last = speaker;
            _lastSentence = sentence;
        }

        private bool InDirect(int offset)
        {
            if (offset >= _pending.Start && offset < _pending.End) return true;
            return _inDirect is not null && (uint)offset < (uint)doc.Text.Length && (_inDirect[offset >> 6] & (1UL << (offset & 63))) != 0;
        }

        private void AddDirect(int start, int end)
        {
            _direct.Add((start, end));
            _inDirect ??= new ulong[(doc.Text.Length >> 6) + 1];
            for (int i = Math.Max(0, start); i < Math.Min(end, doc.Text.Length); i++) _inDirect[i >> 6] |= 1UL << (i & 63);
        }

        /// <summary>Cue after the closing mark: ", kata Putin", "ucapnya", "Putin said", "said Putin", "X told reporters".</summary>
        private (Speaker?, string?, int) AfterCue(int k)
        {
            while (k < _w.Count && _w.IsPunct(k, ',')) k++;
            if (k >= _w.Count) return (null, null, -1);
            int s1 = _w.SentenceEnd(_w.Sentence[k]);
            if (s1 <= k) s1 = Math.Min(_w.Count, k + 12);
            if (_l.SpeechAt(_w, k, s1, out var role, out int len))
            {
                string cue = _w.Span(k).ToString();
                if (role == SpeechRole.Self) return (SelfSpeaker(k), cue, k);
                if (role == SpeechRole.Tell) return (null, null, -1);
                if (role == SpeechRole.Statement) return (StatementSpeaker(k + len, s1, _w.Sentence[k], k), cue, k);
                if (role is SpeechRole.After or SpeechRole.Both)
                    return (SpeakerAfter(k + len, s1) ?? (role == SpeechRole.After ? Previous(_w.Sentence[k], k) : null), cue, k);
            }
            if (NameWithRoleThenCue(k, s1) is { } titled) return titled;
            // "Putin said", "spokesman Jonathan Malaya told reporters"
            for (int j = k; j < Math.Min(s1, k + 9); j++)
            {
                if (args.IsQuoteMark(j) || _w.IsPunct(j, '.')) break;
                if (_l.SpeechAt(_w, j, s1, out var r2, out _) && r2 is SpeechRole.Before or SpeechRole.Both or SpeechRole.Tell)
                {
                    var subj = args.FindSubject(j, k, k);
                    var sp = Resolve(subj, _w.Sentence[j]) ?? (subj.Kind == SubjectKind.None ? UnlinkedBefore(j, k) ?? RoleBefore(j, k) : null);
                    if (sp is not null) return (sp, _w.Span(j).ToString(), j);
                    break;
                }
                if (_l.SpeechAt(_w, j, s1, out var r3, out int l3) && r3 == SpeechRole.Self)
                    return (SelfSpeaker(j), _w.Span(j).ToString(), j);
                // "…," the agency quoted Deputy Prime Minister X as saying.
                if (r3 == SpeechRole.Quoting && QuotedSpeaker(j + l3, s1, out _) is { } qs) return (qs, _w.Span(j).ToString(), j);
            }
            return (null, null, -1);
        }

        /// <summary>
        /// "ucapnya"/"menurutnya" after a quote: a quote set in the middle of its sentence ("X mengecam "…", yang
        /// menurutnya …") belongs to that sentence's subject; a quote opening it, to the previous speaker.
        /// </summary>
        private Speaker? SelfSpeaker(int cueWord)
        {
            if (_pendingOpen >= 0 && _pendingOpen < _w.Count)
            {
                int s0 = _w.SentenceStart(_w.Sentence[_pendingOpen]);
                if (_pendingOpen > s0 && MainSubject(s0, _pendingOpen) is { Actor: not null } own) return own;
            }
            return Previous(_w.Sentence[cueWord], cueWord);
        }

        /// <summary>
        /// "…,” Ana Ruiz, head of the Mexican consular office, told reporters": a name the linker missed, set off by a
        /// role apposition naming an actor, then a speech verb; the apposition's actor is the speaker's.
        /// </summary>
        private (Speaker, string, int)? NameWithRoleThenCue(int k, int s1)
        {
            int b = k;
            while (b < s1 && b - k < 4 && _w.IsCapitalized(b) && !args.IsActorWord(b)) b++;
            if (b - k < 2 || !_w.IsPunct(b, ',')) return null;
            int a0 = b + 1, a1 = a0;
            while (a1 < s1 && a1 - a0 < 12 && !_w.IsPunct(a1) && !args.IsQuoteMark(a1)) a1++;
            if (a1 <= a0 || a1 + 1 >= s1 || !_w.IsPunct(a1, ',') || !HasRole(a0, a1)) return null;
            if (!_l.SpeechAt(_w, a1 + 1, s1, out var r, out _) || r is not (SpeechRole.Before or SpeechRole.Both or SpeechRole.Tell)) return null;
            if (DescribeActor(a0, a1 - 1) is not { } actor) return null;
            return (new Speaker(doc.Text[_w.Start[k].._w.End[b - 1]], actor, _w.Start[k], _w.End[b - 1]), _w.Span(a1 + 1).ToString(), a1 + 1);
        }

        /// <summary>Cue before the opening mark in the same sentence: "X mengatakan: "…"", "kata X: "…"".</summary>
        private (Speaker?, string?, int) BeforeCue(int openWord)
        {
            if (openWord >= _w.Count) return (null, null, -1);
            int s = _w.Sentence[openWord];
            int s0 = _w.SentenceStart(s);
            // "X mengatakan:\n"…"" — the cue closes the previous sentence.
            if (openWord == s0 && s > 0 && _w.IsPunct(openWord - 1, ':')) s0 = _w.SentenceStart(s - 1);
            for (int j = openWord - 1; j >= s0; j--)
            {
                if (args.IsQuoteMark(j)) break;
                if (!_l.Speech.TryMatchEndingAt(_w, j + 1, s0, out var role, out int vs)) continue;
                string cue = _w.Span(vs).ToString();
                if (role is SpeechRole.Before or SpeechRole.Both or SpeechRole.Tell)
                {
                    // The speaker may stand before an earlier quoted fragment ("Kim called Putin the '...' and said ...").
                    var subj = args.FindSubject(vs, s0, s0);
                    var sp = Resolve(subj, s);
                    if (sp is null && subj.Kind is SubjectKind.None or SubjectKind.NoHead) sp = UnlinkedBefore(vs, s0) ?? RoleBefore(vs, s0);
                    // "<role>, Name, mengatakan … "…"": the name set off by commas speaks, as for the reported clause around it.
                    if (vs - 3 > s0 && _w.IsPunct(vs - 1, ',') && AppositiveName(vs - 1, s0) is { } app) sp = app;
                    if (sp is not null) return (sp, cue, vs);
                    if (role == SpeechRole.Both && SpeakerAfter(j + 1, openWord) is { } sa) return (sa, cue, vs);
                }
                else if (role == SpeechRole.After && SpeakerAfter(j + 1, openWord) is { } sa2) return (sa2, cue, vs);
                else if (role == SpeechRole.According && SpeakerAfter(j + 1, openWord) is { } sa3) return (sa3, cue, vs);
                // "…, describing it as "…"": the main clause's subject.
                else if (role == SpeechRole.Participle && vs > s0 && _w.IsPunct(vs - 1, ',') && MainClauseSubject(s, s0, vs) is { } ps) return (ps, cue, vs);
            }
            // "X mengecam aksi yang "ilegal, agresif" itu" / "dismissed the claims as "ludicrous"": words characterized by the clause's subject.
            for (int j = openWord - 1; j >= s0; j--)
            {
                if (args.IsQuoteMark(j)) break;
                if (!_l.Naming.TryMatchEndingAt(_w, j + 1, s0, out _, out int ns)) continue;
                string cue = _w.Span(ns).ToString();
                if (ns > s0 && _w.IsPunct(ns - 1, ','))
                    return MainClauseSubject(s, s0, ns) is { } ms ? (ms, cue, ns) : (null, null, -1);
                // "… summoned Nama and condemned what it called "…"": "it" is the body, not the person just named.
                if (ns - 1 > s0 && IsItPronoun(ns - 1)) return ItSpeaker(ns - 1) is { } its ? (its, cue, ns) : (null, null, -1);
                var subj = args.FindSubject(ns, s0, s0);
                var sp = Resolve(subj, s);
                if (sp is null && subj.Kind is SubjectKind.None or SubjectKind.NoHead) sp = UnlinkedBefore(ns, s0) ?? RoleBefore(ns, s0);
                return sp is null ? (null, null, -1) : (sp, cue, ns);
            }
            return (null, null, -1);
        }

        /// <summary>Whether a characterizing verb ("menyebut", "dismissed … as") stands before the opening mark in its clause.</summary>
        private bool NamingBefore(int openWord)
        {
            if (openWord >= _w.Count) return false;
            int s0 = _w.SentenceStart(_w.Sentence[openWord]);
            for (int j = openWord - 1; j >= Math.Max(s0, openWord - 8); j--)
            {
                if (args.IsQuoteMark(j) || _w.IsPunct(j, '.')) return false;
                if (_l.Naming.TryMatchEndingAt(_w, j + 1, s0, out _, out _)) return true;
            }
            return false;
        }

        /// <summary>The subject of the main clause before word <paramref name="i"/>, skipping a direct quote that opens the sentence.</summary>
        private Speaker? MainClauseSubject(int s, int s0, int i)
        {
            for (int j = s0; j < i; j++)
            {
                if (InDirect(_w.Start[j]) || args.IsQuoteMark(j) || _w.IsPunct(j)) continue;
                if (args.IsActorWord(j)) return FromChain(args.ChainForward(args.MentionFirst(j), i));
                if (_l.Speech.TryMatch(_w, j, j + 1, out var r, out _) && r == SpeechRole.Third) return Previous(s, j);
                // "the Ministry of Foreign Affairs of Uruguay published …": a role or body phrase as the subject.
                if ((IsRoleDet(j) || RoleHead(j, i, out _, out _)) && RoleAfter(j, i) is { } role) return role;
                if (args.IsVerbAt(j))
                {
                    // "In turn, the ministry published …" / "Speaking to reporters, X said …": an opening adjunct clause.
                    int c = j + 1;
                    while (c < i && !_w.IsPunct(c, ',') && !_w.IsPunct(c) && !args.IsQuoteMark(c)) c++;
                    if (c >= i - 1 || !_w.IsPunct(c, ',') || c - j > 6) break;
                    j = c;
                }
            }
            return null;
        }

        /// <summary>
        /// "…," demikian pernyataan X: the issuer named after the cue (remembered for later statement cues), else the
        /// issuer of the last statement, else the previous speaker.
        /// </summary>
        private Speaker? StatementSpeaker(int k, int limit, int sentence, int word)
        {
            var sp = SpeakerAfter(k, limit);
            if (sp?.Actor is not null) { _lastStatement = sp; return sp; }
            // "bunyi siaran pers Biro Pers …": an issuer named right after the cue but not linked is still the issuer;
            // borrowing the last speaker would give the statement to someone else.
            if (sp is not null && _w.AtOrAfter(sp.MentionStart) == k) return sp;
            return _lastStatement ?? Previous(sentence, word);
        }

        /// <summary>
        /// A quote with no cue of its own: the subject of its own sentence ("He called on X to "…""), else the speaker
        /// of the quote just before it (a quote paragraph continuing an attributed one), else the acting subject of
        /// the previous sentence ("X called for …" followed by X's words).
        /// </summary>
        private Speaker? Carry(int openWord, int sentence)
        {
            int s0 = _w.SentenceStart(sentence);
            if (openWord > s0 && MainSubject(s0, openWord) is { } own) return own;
            if (_last is not null && sentence - _lastSentence <= 1) return _last;
            // A quote paragraph after one narrative sentence that names no one still continues the last speaker.
            if (_last is not null && sentence - _lastSentence == 2 && !NamesActor(sentence - 1)) return _last;
            if (sentence > 0)
            {
                int p0 = _w.SentenceStart(sentence - 1), p1 = _w.SentenceEnd(sentence - 1);
                if (p1 > p0 && MainSubject(p0, p1) is { Actor: not null } prev) return prev;
            }
            return null;
        }

        /// <summary>The sentence subject: the first actor or third-person pronoun before the first verb, outside quotes.</summary>
        private Speaker? MainSubject(int s0, int limit)
        {
            for (int j = s0; j < Math.Min(limit, s0 + 14); j++)
            {
                if (InDirect(_w.Start[j]) || args.IsQuoteMark(j)) return null;
                if (args.IsActorWord(j)) return FromChain(args.ChainForward(args.MentionFirst(j), limit));
                if (_l.Speech.TryMatch(_w, j, j + 1, out var r, out _))
                {
                    if (r == SpeechRole.Third) return Previous(_w.Sentence[j], j);
                    if (r == SpeechRole.First) return null;
                }
                if (args.IsVerbAt(j)) return null;
            }
            return null;
        }

        /// <summary>
        /// A PER/ORG mention with no actor ending right before <paramref name="verb"/> ("Haryo said", "Kemlu menambahkan"):
        /// it takes the actor of an earlier linked mention that contains it ("Kemlu RI", "Ziad Makary"), else it is
        /// kept unlinked, so that later "he said"/"ujarnya" point to this speaker and not to an older one.
        /// </summary>
        private Speaker? UnlinkedBefore(int verb, int floor)
        {
            int e = verb - 1;
            if (e < floor || e < 0 || !_w.IsCapitalized(e)) return null;
            if (_w.Mention[e] < 0)
            {
                // A bare capitalized short form NER missed ("Kemlu menambahkan"): only as part of an earlier linked name.
                int a0 = e;
                while (a0 - 1 >= floor && e - a0 < 2 && _w.IsCapitalized(a0 - 1) && _w.Mention[a0 - 1] < 0) a0--;
                string bare = doc.Text[_w.Start[a0].._w.End[e]];
                if (EarlierSpeaker(bare) is { } said) return new Speaker(bare, said, _w.Start[a0], _w.End[e]);
                if (HasRole(a0, e + 1) && TitleHolderEarlier(a0, e) is { } holder) return new Speaker(bare, holder, _w.Start[a0], _w.End[e]);
                for (int k = doc.Mentions.Count - 1; k >= 0; k--)
                {
                    var prev = doc.Mentions[k];
                    if (prev.End > _w.Start[a0] || prev.Type is not (EntityType.PER or EntityType.ORG) || args.ActorOf(k, allowPlace: false) is not { } a) continue;
                    if (NameText.ContainsWord(doc.Text.AsSpan(prev.Start, prev.End - prev.Start), bare)) return new Speaker(bare, a, _w.Start[a0], _w.End[e]);
                }
                // "The Ministry of External Affairs (MEA) …" / "Kementerian Luar Negeri (Kemlu)" earlier: a short form given in
                // brackets right after a linked name stands for it.
                if (a0 == e)
                    for (int j = a0 - 1; j >= 2; j--)
                        if (_w.Span(j).Equals(_w.Span(e), StringComparison.Ordinal) && _w.IsPunct(j - 1, '(') && j + 1 < _w.Count && _w.IsPunct(j + 1, ')')
                            && _w.Mention[j - 2] >= 0 && doc.Mentions[_w.Mention[j - 2]].Type is EntityType.PER or EntityType.ORG
                            && args.ActorOf(_w.Mention[j - 2], allowPlace: false) is { } expanded)
                            return new Speaker(bare, expanded, _w.Start[a0], _w.End[e]);
                // A name NER missed: its earlier occurrence with a title naming the body ("Lebanon's Information Minister Ziad X").
                for (int j = a0 - 1; j >= 0; j--)
                    if (_w.Mention[j] < 0 && _w.Span(j).Equals(_w.Span(e), StringComparison.Ordinal) && _w.IsCapitalized(j - 1)
                        && DescribeActor(j - 1, j) is { } titled)
                        return new Speaker(bare, titled, _w.Start[a0], _w.End[e]);
                // "… ministry spokesperson Haryo X." earlier: the role before that occurrence.
                for (int j = a0 - 1; j > 0; j--)
                    if (_w.Mention[j] < 0 && _w.Span(j).Equals(_w.Span(e), StringComparison.Ordinal)
                        && _roles.TryMatchEndingAt(_w, j, Math.Max(0, j - 4), out var rk, out int rs) && rk != "det")
                        return new Speaker(bare, RoleActor(rs, j - 1, rk), _w.Start[a0], _w.End[e]);
                // "Foreign Minister Vladimir X said": a role title right before a name NER missed.
                for (int t = e - 1; t >= Math.Max(floor, e - 3); t--)
                {
                    if (!_w.IsCapitalized(t + 1) || _w.Mention[t + 1] >= 0) break;
                    if (!_roles.TryMatchEndingAt(_w, t + 1, floor, out var kind, out int hs) || kind == "det") continue;
                    return new Speaker(doc.Text[_w.Start[t + 1].._w.End[e]], RoleActor(hs, t, kind), _w.Start[t + 1], _w.End[e]);
                }
                return null;
            }
            var m = doc.Mentions[_w.Mention[e]];
            if (m.Type is not (EntityType.PER or EntityType.ORG) || args.ActorOf(_w.Mention[e]) is not null) return null;
            int f = args.MentionFirst(e);
            if (f < floor) return null;
            string name = doc.Text[_w.Start[f].._w.End[e]];
            if (EarlierSpeaker(name) is { } quoted) return new Speaker(name, quoted, _w.Start[f], _w.End[e]);
            for (int k = _w.Mention[e] - 1; k >= 0; k--)
            {
                var prev = doc.Mentions[k];
                if (prev.End > _w.Start[f] || args.ActorOf(k, allowPlace: false) is not { } a) continue;
                if (NameText.ContainsWord(doc.Text.AsSpan(prev.Start, prev.End - prev.Start), name)) return new Speaker(name, a, _w.Start[f], _w.End[e]);
            }
            return new Speaker(name, TitledEarlier(name, _w.Start[f]), _w.Start[f], _w.End[e]);
        }

        /// <summary>"…," Lindqvist added: the actor an earlier quote gave the speaker named in full ("said Maria Lindqvist, a … spokesperson").</summary>
        private ActorRef? EarlierSpeaker(string name)
        {
            for (int k = _quotes.Count - 1; k >= 0; k--)
                if (_quotes[k].Quote.Speaker is { Actor: { } a } sp && NameText.ContainsWord(sp.Name.AsSpan(), name)) return a;
            return null;
        }

        /// <summary>
        /// "…," ujar Panglima Armada TNI AL, A Rasyid. … Rasyid menjelaskan: the name stood just after an earlier
        /// linked speaker's title; that speaker's actor is this name's.
        /// </summary>
        private ActorRef? TitledEarlier(string name, int before)
        {
            foreach (var (q, _) in _quotes)
            {
                if (q.Speaker is not { Actor: { } a } sp || sp.MentionEnd >= before) continue;
                int stop = Math.Min(before, sp.MentionEnd + 60);
                var tail = doc.Text.AsSpan(sp.MentionEnd, stop - sp.MentionEnd);
                int cut = tail.IndexOfAny('.', '\n', '"');
                if (cut >= 0) tail = tail[..cut];
                if (NameText.ContainsWord(tail, name)) return a;
                // The title before the linked name: "menurut Kepala Staf Gabungan Korea Selatan".
                int from = Math.Max(0, sp.MentionStart - 60);
                var head = doc.Text.AsSpan(from, sp.MentionStart - from);
                int cut2 = head.LastIndexOfAny('.', '\n', '"');
                if (cut2 >= 0) head = head[(cut2 + 1)..];
                if (head is [.., ' '] && head[..^1].EndsWith(name, StringComparison.OrdinalIgnoreCase)) return a;
            }
            return null;
        }

        /// <summary>"kata Kirby" after "John Kirby" was linked: the actor of an earlier linked PER/ORG mention containing the name.</summary>
        private ActorRef? LinkedEarlier(string name, int before)
        {
            for (int k = doc.Mentions.Count - 1; k >= 0; k--)
            {
                var prev = doc.Mentions[k];
                if (prev.End > before || prev.Type is not (EntityType.PER or EntityType.ORG) || args.ActorOf(k, allowPlace: false) is not { } a) continue;
                if (NameText.ContainsWord(doc.Text.AsSpan(prev.Start, prev.End - prev.Start), name)) return a;
            }
            return null;
        }

        /// <summary>The speaker named after a cue: up to four title words, then an actor or a pronoun.</summary>
        private Speaker? SpeakerAfter(int k, int limit)
        {
            if (BareTitle(k, limit) is { } titled) return titled;
            for (int j = k; j < Math.Min(limit, k + 5); j++)
            {
                if (args.IsActorWord(j)) return FromChain(args.ChainForward(args.MentionFirst(j), limit));
                if (_l.Speech.TryMatch(_w, j, limit, out var r, out _) && r is SpeechRole.Third) return Previous(_w.Sentence[j], j);
                if (_w.IsPunct(j, ',') && j > k && TitledPersonAfterComma(k, j, limit) is { } titled2) return titled2;
                if (_w.IsPunct(j) || args.IsQuoteMark(j)) break;
            }
            if (RoleAfter(k, limit) is { } role) return role;
            // An unlinked name: a run of capitalized words.
            int a = k;
            while (a < limit && a < k + 2 && !_w.IsCapitalized(a) && !_w.IsPunct(a)) a++;
            int b = a;
            while (b < limit && _w.IsCapitalized(b)) b++;
            if (b > a && b - a <= 5)
            {
                string name = doc.Text[_w.Start[a].._w.End[b - 1]];
                return new Speaker(name, LinkedEarlier(name, _w.Start[a]) ?? RoleApposition(b, limit), _w.Start[a], _w.End[b - 1]);
            }
            return null;
        }

        /// <summary>
        /// "tegas Menteri Luar, Datuk Seri Dr Nama Orang" / "said Foreign Minister, Dr Jane Doe": a capitalized title, a comma,
        /// up to three honorifics, then a linked person: that person speaks, not the bare title.
        /// </summary>
        private Speaker? TitledPersonAfterComma(int k, int comma, int limit)
        {
            for (int j = k; j < comma; j++)
                if (!_w.IsCapitalized(j) || args.IsActorWord(j)) return null;
            if (!HasRole(k, comma)) return null;
            int p = comma + 1;
            while (p < limit && p <= comma + 3 && _w.IsCapitalized(p) && !IsPersonWord(p)) p++;
            return p < limit && IsPersonWord(p) ? FromChain(args.ChainForward(args.MentionFirst(p), limit)) : null;
        }

        private bool IsPersonWord(int p) => args.IsActorWord(p) && doc.Mentions[_w.Mention[p]].Type == EntityType.PER;

        /// <summary>
        /// "Perdana Menteri berkata" after "Perdana Menteri, Datuk Seri Nama Orang menerima …": a bare title standing earlier
        /// right before a linked person's name (not as part of a longer title such as "Timbalan Perdana Menteri") is that person.
        /// </summary>
        private ActorRef? TitleHolderEarlier(int a, int e)
        {
            int n = e - a + 1;
            for (int st = a - n; st >= 0; st--)
            {
                bool same = true;
                for (int i = 0; i < n && same; i++)
                    same = _w.Span(st + i).Equals(_w.Span(a + i), StringComparison.OrdinalIgnoreCase);
                if (!same || (st > 0 && _w.IsCapitalized(st - 1) && !_w.IsPunct(st - 1))) continue;
                int p = st + n;
                if (p < _w.Count && _w.IsPunct(p, ',')) p++;
                int p0 = p;
                while (p < a && p < p0 + 3 && _w.IsCapitalized(p) && !IsPersonWord(p)) p++;
                if (p < a && IsPersonWord(p)) return args.ActorOf(_w.Mention[p]);
            }
            return null;
        }

        /// <summary>
        /// "…," kata Sultan. — a lone title word closing the cue names the person an earlier quote's speaker carried it
        /// before its name ("kata Sultan Brunei Darussalam Hassanal Bolkiah").
        /// </summary>
        private Speaker? BareTitle(int k, int limit)
        {
            if (k >= limit || !_w.IsCapitalized(k) || args.IsActorWord(k)) return null;
            if (k + 1 < _w.Count && !_w.IsPunct(k + 1, '.') && k + 1 < limit) return null;
            var word = _w.Span(k);
            for (int q = _quotes.Count - 1; q >= 0 && q >= _quotes.Count - 6; q--)
            {
                if (_quotes[q].Quote.Speaker is not { Actor: not null } sp) continue;
                int from = Math.Max(0, sp.MentionStart - 2 - word.Length);
                var before = doc.Text.AsSpan(from, sp.MentionStart - from).TrimEnd();
                if (before.EndsWith(word, StringComparison.Ordinal) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)])))
                    return new Speaker(word.ToString(), sp.Actor, _w.Start[k], _w.End[k]);
            }
            return null;
        }

        /// <summary>"said Jane Doe, a European Commission spokesperson": the role apposition after a name names its body.</summary>
        private ActorRef? RoleApposition(int comma, int limit)
        {
            if (comma >= limit || !_w.IsPunct(comma, ',')) return null;
            int a0 = comma + 1, a1 = a0;
            // No verb: ", kata Retno, telah didengar Pemerintah Turki" goes on with the clause, not an apposition.
            while (a1 < limit && a1 - a0 < 12 && !_w.IsPunct(a1) && !args.IsQuoteMark(a1))
                if (args.IsVerbAt(a1++)) return null;
            return a1 > a0 && HasRole(a0, a1) ? DescribeActor(a0, a1 - 1) : null;
        }

        private Speaker FromChain(List<ActorArg> chain)
        {
            var a = chain[0];
            return new Speaker(a.Actor.Name, a.Actor, _w.Start[a.First], _w.End[a.End - 1]);
        }

        private Speaker? Resolve(Subject subj, int sentence) => subj.Kind switch
        {
            SubjectKind.Actors => SpeakerPronoun(subj.Actors, sentence) ?? Appositive(subj.Actors) ?? FromChain(LastConjunct(subj.Actors)),
            SubjectKind.ThirdPerson => IsItPronoun(subj.First) ? ItSpeaker(subj.First) : Previous(sentence, subj.First),
            _ => null,
        };

        /// <summary>English "it" (speaker-roles kind "pronoun"): a body, never the last person named.</summary>
        private bool IsItPronoun(int j) => j >= 0 && j < _w.Count && _roles.TryMatch(_w, j, j + 1, out var kind, out _) && kind == Pronoun;

        private Speaker? ItSpeaker(int j)
        {
            if (PronounActor(j) is not { } actor) return null;
            var sp = new Speaker(doc.Text[_w.Start[j].._w.End[j]], actor, _w.Start[j], _w.End[j]);
            _roleSpeakers.Add(sp);
            return sp;
        }

 /// <summary>
        /// "…, sebagian besar Suriah, dan Arab Saudi mengatakan": a pair joined by ", dan" is two clauses, not one
        /// compound speaker; the conjunct next to the verb speaks.
        /// </summary>
        private List<ActorArg> LastConjunct(List<ActorArg> chain)
        {
            if (chain.Count < 2) return chain;
            // "Presiden Venezuela, Nicolas Maduro menyatakan" / "…, Nguyen Phu Trong, Anwar menzahirkan": bare commas (a list
            // would close with "dan"/"and") set off a title or an earlier phrase; the name next to the verb speaks.
            bool bare = true;
            for (int k = 0; k + 1 < chain.Count && bare; k++)
                bare = chain[k].End + 1 == chain[k + 1].First && _w.IsPunct(chain[k].End, ',');
            if (bare) return [chain[^1]];
            if (chain.Count != 2) return chain;
            int gap = chain[0].End;
            return gap + 1 < chain[1].First && _w.IsPunct(gap, ',') && args.IsCoord(gap + 1) ? [chain[1]] : chain;
        }

        /// <summary>
        /// "He said" right after someone spoke: the pronoun the coreference layer linked is that speaker when they spoke in
        /// this or the previous sentence (the linker may pick a nearer non-speaking person).
        /// </summary>
        private Speaker? SpeakerPronoun(List<ActorArg> chain, int sentence)
        {
            if (chain.Count != 1 || _last is null || sentence - _lastSentence > 1) return null;
            var a = chain[0];
            if (a.End - a.First != 1 || !_l.Speech.TryMatch(_w, a.First, a.End, out var r, out _) || r != SpeechRole.Third) return null;
            // Only when the linked person is not named in the previous sentence while the last speaker is.
            int p0 = sentence > 0 ? _w.SentenceStart(sentence - 1) : _w.SentenceStart(sentence);
            if (_last.MentionStart < _w.Start[p0]) return null;
            for (int j = p0; j < a.First; j++)
            {
                if (_w.Mention[j] < 0 || j == a.First) continue;
                // A person named inside what the last speaker said ("X said the ministry had spoken to Y. "…," he said") or
                // inside the quote being attributed is talked about, not talking.
                if (InLastSpeech(_w.Start[j]) || InDirect(_w.Start[j])) continue;
                if (args.ActorOf(_w.Mention[j]) is { } other && other.Code == a.Actor.Code && other.Name == a.Actor.Name) return null;
            }
            return _last;
        }

        /// <summary>Whether <paramref name="offset"/> lies in the text of a quote of the last speaker.</summary>
        private bool InLastSpeech(int offset)
        {
            for (int k = _quotes.Count - 1; k >= 0 && k >= _quotes.Count - 3; k--)
            {
                var q = _quotes[k].Quote;
                if (ReferenceEquals(q.Speaker, _last) && offset >= q.Start && offset < q.End) return true;
            }
            return false;
        }

        /// <summary>"Indonesia sebagai Ketua ASEAN menyebut …": the actor before the role phrase speaks, not the body it chairs.</summary>
        private Speaker? Appositive(List<ActorArg> chain)
        {
            int f = chain[0].First;
            int s0 = _w.SentenceStart(_w.Sentence[f]);
            // The role phrase may open with a title word or two before the linked body ("sebagai Ketua ASEAN").
            for (int p = f - 1; p >= Math.Max(s0 + 1, f - 4); p--)
            {
                if (_w.IsPunct(p) || args.IsActorWord(p)) return null;
                if (!_l.Speech.TryMatch(_w, p, p + 1, out var r, out _) || r != SpeechRole.Apposition) continue;
                int q = p - 1;
                if (q >= s0 && _w.IsPunct(q, ',')) q--;
                return q >= s0 && args.IsActorWord(q) ? FromChain(args.ChainBackward(q, s0)) : null;
            }
            return null;
        }

        /// <summary>The speaker a pronoun or "ucapnya" points back to: the last speaker, else the last person named.</summary>
        private Speaker? Previous(int sentence, int word)
        {
            if (_last is not null && sentence - _lastSentence <= 4) return _last;
            for (int j = word - 1; j >= 0 && j >= word - 200; j--)
            {
                int m = _w.Mention[j];
                if (m < 0 || doc.Mentions[m].Type != EntityType.PER) continue;
                if (InDirect(_w.Start[j])) continue;
                int f = args.MentionFirst(j);
                // "X menzahirkan penghargaan kepada rakan sejawatnya, Y. "…," katanya.": the person the sentence is about speaks.
                if (SubjectPerson(_w.Sentence[j], f) is { } subject) return subject;
                if ((args.ActorOf(m) ?? PersonActor(m)) is { } a)
                    return new Speaker(args.ActorOf(m) is null ? doc.Text[_w.Start[f].._w.End[j]] : a.Name, a, _w.Start[f], _w.End[j]);
                j = f;
            }
            return _last;
        }

        /// <summary>A linked person opening sentence <paramref name="s"/> as its subject, named before word <paramref name="before"/>.</summary>
        private Speaker? SubjectPerson(int s, int before)
        {
            int s0 = _w.SentenceStart(s);
            if (before <= s0 || MainSubject(s0, before) is not { Actor: not null } sp || sp.MentionStart >= _w.Start[before]) return null;
            int w = _w.AtOrAfter(sp.MentionStart);
            return w < _w.Count && _w.Mention[w] >= 0 && doc.Mentions[_w.Mention[w]].Type == EntityType.PER ? sp : null;
        }

        /// <summary>Outlets the quote was taken from: cited sources in its sentence, or "dikutip dari X" after the cue.</summary>
        private List<string> Via(int cueWord, int start, int end)
        {
            var names = new List<string>();
            if (cueWord >= _w.Count || cueWord < 0) return names;
            int s = _w.Sentence[cueWord];
            int s0 = _w.Start[Math.Min(_w.SentenceStart(s), _w.Count - 1)];
            int s1 = _w.SentenceEnd(s) > 0 ? _w.End[_w.SentenceEnd(s) - 1] : end;
            s0 = Math.Min(s0, start);
            s1 = Math.Max(s1, end);
            foreach (var c in doc.Metadata.CitedSources)
                if (c.Start >= s0 && c.Start < s1 && !names.Contains(c.Name)) names.Add(c.Name);
            if (names.Count > 0) return names;
            int limit = _w.SentenceEnd(s);
            for (int j = cueWord; j < Math.Min(limit, cueWord + 10); j++)
            {
                if (!_l.Via.TryMatch(_w, j, limit, out _, out int len)) continue;
                int a = j + len;
                int b = a;
                while (b < limit && (_w.IsCapitalized(b) || (b > a && _w.IsPunct(b, '.') && b + 1 < limit && _w.IsLower(b + 1) == false && _w.End[b - 1] == _w.Start[b]))) b++;
                if (b > a) names.Add(doc.Text[_w.Start[a].._w.End[b - 1]]);
                break;
            }
            return names;
        }

        private void Reported(int s)
        {
            {
                int s0 = _w.SentenceStart(s), s1 = _w.SentenceEnd(s);
                int coveredUntil = -1;
                for (int i = s0; i < s1; i++)
                {
                    if (i < coveredUntil || InDirect(_w.Start[i])) continue;
                    if (!_l.SpeechAt(_w, i, s1, out var role, out int len)) continue;
                    int end = role switch
                    {
                        SpeechRole.Self => SelfAccording(s, s0, s1, i, len),
                        SpeechRole.Before or SpeechRole.Both or SpeechRole.Tell => SpeechVerb(s, s0, s1, i, len, role),
                        SpeechRole.According => According(s, s0, s1, i, len),
                        SpeechRole.After => Trailing(s, s0, s1, i, len),
                        SpeechRole.Statement => StatementOrVerb(s, s0, s1, i, len),
                        SpeechRole.Participle => Participle(s, s0, s1, i, len),
                        SpeechRole.Quoting => QuotedAs(s, s0, s1, i, len),
                        SpeechRole.SelfLead => SelfLead(s, s0, s1, i, len),
                        _ => -1,
                    };
                    if (end > i) coveredUntil = end;
                }
            }
        }

        private int ContentEnd(int from, int s1)
        {
            int e = s1;
            while (e > from && (_w.IsPunct(e - 1) && !args.IsQuoteMark(e - 1))) e--;
            return e;
        }

        private void Add(int first, int end, Speaker speaker, int cueWord, int sentence)
        {
            int words = 0;
            for (int k = first; k < end; k++) if (!_w.IsPunct(k)) words++;
            if (words < 3) return;
            int a = _w.Start[first], b = _w.End[end - 1];
            // Reported speech that is mostly a direct quotation is that quotation.
            int quoted = 0;
            foreach (var (ds, de) in _direct) quoted += Math.Max(0, Math.Min(b, de) - Math.Max(a, ds));
            if (quoted * 2 >= b - a)
            {
                // "mengatakan upaya X akan gagal karena "…"": the reported words before the quotation are speech of their own.
                int open = -1;
                foreach (var (ds, _) in _direct) if (ds > a && ds < b && (open < 0 || ds < open)) open = ds;
                if (open < 0) return;
                int last = _w.AtOrAfter(open) - 1, n = 0;
                for (int k = first; k <= last; k++) if (!_w.IsPunct(k)) n++;
                if (n < 4) return;
                b = _w.End[last];
            }
            var via = Via(cueWord, a, b);
            Remember(speaker, sentence);
            _quotes.Add((new Quote(a, b, false, speaker, _w.Span(cueWord).ToString(), via), sentence));
        }

        /// <summary>"X mengatakan (bahwa) …", "X said (that) …", "X menyampaikan, …", trailing "…, Putin said".</summary>
        private int SpeechVerb(int s, int s0, int s1, int i, int len, SpeechRole role)
        {
            int after = i + len;
            // A direct quote follows: that quote carries the speech.
            int q = after;
            while (q < s1 && (_w.IsPunct(q, ':') || _w.IsPunct(q, ','))) q++;
            // "X mengatakan "penyusup" dari laut menyerang …": a quoted word or two opening a clause that goes on is reported speech.
            bool fragLead = q == after && q < s1 && FragmentLead(q, s1);
            if (q < s1 && args.IsQuoteMark(q) && !fragLead) return -1;

            int cs = args.ClauseStart(i, s0, out _);
            var subj = args.FindSubject(i, s0, cs);
            Speaker? speaker = Resolve(subj, s);
            // "Dalam rekaman video resmi PBB, Silvany menyebut …": the name before the verb, not the body in the adjunct.
            if (subj.Kind == SubjectKind.Actors && subj.Actors[^1].End < i - 1 && _w.IsPunct(subj.Actors[^1].End, ',')
                && UnlinkedBefore(i, subj.Actors[^1].End + 1) is { } named)
                speaker = named;
            // "Sambil menyebut tudingan AS tidak berdasar, Khatibzadeh menambahkan …": an actor inside a fronted clause is
            // not the subject; the name between that clause's comma and the verb is.
            else if (subj.Kind == SubjectKind.Actors && subj.Actors[^1].End < i - 1 && LastComma(subj.Actors[^1].End, i - 1) is int fc and >= 0
                && UnlinkedBefore(i, fc + 1) is { } fronted)
                speaker = fronted;
            // "juru bicara Milei, Manuel Adorni, mengatakan …": the name set off by commas right before the verb speaks.
            if (i - 3 > s0 && _w.IsPunct(i - 1, ',') && AppositiveName(i - 1, s0) is { } app) speaker = app;
            if (subj.Kind is SubjectKind.None or SubjectKind.NoHead) speaker ??= UnlinkedBefore(i, cs) ?? ActorAfterComma(i, s0) ?? RoleBeforeAdjunct(i, cs);
            // "…, the spokesperson said": a role phrase opening the clause is the subject, not an actor in the clause before.
            var roleSp = RoleBefore(i, cs);
            if (roleSp is not null && (subj.Kind == SubjectKind.Actors && subj.Actors[^1].End <= _w.AtOrAfter(roleSp.MentionStart)
                                        || subj.Kind == SubjectKind.ThirdPerson && subj.First < _w.AtOrAfter(roleSp.MentionStart))) speaker = null;
            else if (roleSp is not null && speaker is not null) roleSp = null;
            if (speaker is null && roleSp is { } rs)
            {
                // "…, a ministry spokesperson said on Sunday.": the clause before the comma is the speech.
                int rf = _w.AtOrAfter(rs.MentionStart);
                if (rf > s0 + 2 && _w.IsPunct(rf - 1, ',') && AdjunctTail(after, s1, 4) && !HasComp(after, s1))
                {
                    if (args.IsQuoteMark(rf - 2)) return -1;
                    Add(s0, rf - 1, rs, i, s);
                    return s1;
                }
                // "…, the spokesperson said, adding …": the clause before the role is the speech; the participle is read on its own.
                if (rf > s0 + 4 && _w.IsPunct(rf - 1, ',') && !args.IsQuoteMark(rf - 2) && after + 1 < s1 && _w.IsPunct(after, ',')
                    && _l.Speech.TryMatch(_w, after + 1, s1, out var pr, out _) && pr == SpeechRole.Participle)
                {
                    Add(s0, rf - 1, rs, i, s);
                    return after;
                }
                speaker = rs;
            }
            // "…,” Marcos told reporters …": the cue of the direct quote before it, not new speech.
            int back = subj.Kind == SubjectKind.Actors ? subj.First - 1 : i - 1;
            while (back > s0 && _w.IsPunct(back, ',')) back--;
            if (back >= s0 && args.IsQuoteMark(back)) return -1;
            // "…, said the spokesperson.": a role phrase closing the sentence speaks the clause before the comma.
            if (role == SpeechRole.Both && i > s0 + 2 && _w.IsPunct(i - 1, ',') && !args.IsQuoteMark(i - 2) && RoleAfter(after, s1) is { } ra
                && ContentEnd(_w.AtOrAfter(ra.MentionEnd), s1) - _w.AtOrAfter(ra.MentionEnd) <= 4)
            {
                Add(s0, i - 1, ra, i, s);
                return s1;
            }
            // "The ministry, in addition, said …" / "The spokesperson, however, said …": a subject set off from its verb by a
            // short parenthetical adjunct.
            if (speaker is null && i - 2 > s0 && _w.IsPunct(i - 1, ',') && ParentheticalSubject(i - 1, s0) is { } ps) speaker = ps;
            if (speaker is null && role == SpeechRole.Both)
            {
                // "…, said Putin." / "…, Putin said." (the name closes the sentence, not "…, said Seoul will …")
                if (i > s0 && _w.IsPunct(i - 1, ',') && SpeakerAfter(after, s1) is { } sa
                    && !VerbFollows(Math.Max(after, _w.AtOrAfter(sa.MentionEnd)), s1))
                {
                    Add(s0, i - 1, sa, i, s);
                    return s1;
                }
                return -1;
            }
            if (speaker is null) return -1;
            // "…, Japanese Defense Minister X said." / "…, X told reporters.": the clause before the comma is the speech.
            if (subj.Kind == SubjectKind.Actors && role is SpeechRole.Both or SpeechRole.Tell && AdjunctTail(after, s1, 3)
                && !HasComp(after, s1) && TitleComma(subj.First, s0) is int comma and > 0)
            {
                if (comma == -2) return -1;
                Add(s0, comma, speaker, i, s);
                return s1;
            }

            int start = -1;
            // "X mengatakan kepada Y bahwa …" / "X said to Y that …": an addressee, like after a tell verb.
            bool addressee = role == SpeechRole.Tell || (after < s1 && _l.Args.TryMatch(_w, after, s1, out var ad, out _) && ad == ArgRole.Target);
            // "X told Y, a senior official at the embassy in Z, that …": an addressee with a long apposition reaches further,
            // but only to a complementizer right after the apposition's closing comma.
            for (int j = after; j < Math.Min(s1, after + (addressee ? 30 : 12)); j++)
            {
                // A named actor before the complementizer is the subject of an embedded clause ("X mengatakan Y berharap bahwa …").
                // "X told the United Nations that …": after a tell verb the actor is the addressee.
                if (args.IsQuoteMark(j) || _w.IsPunct(j, '.') || (!addressee && args.IsActorWord(j))) break;
                if (_l.Speech.TryMatch(_w, j, s1, out var r, out int l2) && r == SpeechRole.Comp)
                {
                    if (j - after < 12 || _w.IsPunct(j - 1, ',')) start = j + l2;
                    break;
                }
                if (j - after >= 12 && _l.Speech.TryMatch(_w, j, s1, out var rv, out _) && rv is SpeechRole.Before or SpeechRole.Both or SpeechRole.Tell) break;
            }
            if (start < 0)
            {
                // "X told reporters …" names the addressee next; without "that" or a comma there is no reported clause.
                // "X told Bernama he would …": after a short addressee, a pronoun subject with its verb opens the reported clause.
                if (fragLead) start = after;
                else
                {
                    if (role == SpeechRole.Tell && PronounClause(after, s1) is int pc and > 0) start = pc;
                    else if (role == SpeechRole.Tell) return -1;
                    if (after < s1 && (_w.IsPunct(after, ',') || _w.IsPunct(after, ':'))) start = after + 1;
                    // "said the treaty would …": a determiner opens the reported clause; a preposition does not.
                    else if (after < s1 && (!_l.Args.TryMatch(_w, after, s1, out var ar, out _) || ar is ArgRole.Det or ArgRole.Anaphor or ArgRole.Quantity) && !_w.IsPunct(after)) start = after;
                    // "mengumumkan melalui Twitter telah menewaskan …": a short adjunct, then the clause from its auxiliary.
                    else if (AuxAfterAdjunct(after, s1) is int aux and > 0) start = aux;
                    // "mengatakan dalam sebuah pernyataan, tiga tentara tewas" / "said in a statement, …": the clause after the adjunct's comma.
                    else if (AdjunctComma(after, s1) is int ac and > 0) start = ac;
                    else return -1;
                }
            }
            // "“…,” the office said, adding the council will …": the participle is a cue, not part of what was said.
            if (start > after && start < s1 && _l.Speech.TryMatch(_w, start, s1, out var pp, out int ppl) && pp == SpeechRole.Participle)
            {
                start += ppl;
                if (start < s1 && _l.Speech.TryMatch(_w, start, s1, out var pc2, out int pcl) && pc2 == SpeechRole.Comp) start += pcl;
            }
            int end = ContentEnd(start, s1);
            if (end <= start) return -1;
            // "Beliau berkata demikian …" refers back to speech already quoted.
            if (_l.Speech.TryMatch(_w, start, end, out var pf, out _) && pf == SpeechRole.Proform) return -1;
            // "menyebut tindakan itu barbar" / "menyebutnya sebagai …": a characterization, not a clause; the verb is part of what was said.
            if (start == after && _l.Naming.TryMatch(_w, i, i + len, out _, out _) && Naming(start, end)) start = i;
            Add(start, end, speaker, i, s);
            return end;
        }

        /// <summary>The last comma in words [<paramref name="from"/>, <paramref name="to"/>), else -1.</summary>
        private int LastComma(int from, int to)
        {
            for (int c = to - 1; c >= from; c--)
                if (_w.IsPunct(c, ',')) return c;
            return -1;
        }

        /// <summary>
        /// Whether the mark at <paramref name="open"/> closes within three words with no verb and at least three more words, one
        /// a verb or auxiliary, follow the closing mark in the sentence: a quoted term opening a reported clause.
        /// </summary>
        private bool FragmentLead(int open, int s1)
        {
            int c = open + 1;
            // A quoted predicate ("mengatakan “sangat menghargai” keputusan itu") is the speaker's own words, not a clause's subject.
            while (c < s1 && c - open <= 4 && !args.IsQuoteMark(c) && !_w.IsPunct(c))
                if (args.IsVerbAt(c++)) return false;
            if (c >= s1 || c == open + 1 || !args.IsQuoteMark(c)) return false;
            int e = ContentEnd(c + 1, s1);
            if (e - (c + 1) < 3 || _w.IsPunct(c + 1)) return false;
            for (int v = c + 1; v < e; v++)
                if (args.IsQuoteMark(v)) return false;
                else if (!args.IsActorWord(v) && (args.IsVerbAt(v) || args.IsAux(v))) return true;
            return false;
        }

        /// <summary>Whether a verb or auxiliary stands between <paramref name="k"/> and the sentence end (outside quotes).</summary>
        private bool VerbFollows(int k, int s1)
        {
            for (int j = k; j < s1; j++)
            {
                if (args.IsQuoteMark(j)) return false;
                if (!args.IsActorWord(j) && (args.IsVerbAt(j) || args.IsAux(j))) return true;
            }
            return false;
        }

        /// <summary>
        /// "The ministry, in addition, said": the subject before a parenthetical of at most four words with no verb set off by
        /// commas, when that subject opens the sentence; else null.
        /// </summary>
        private Speaker? ParentheticalSubject(int comma, int s0)
        {
            int c2 = comma - 1;
            while (c2 > s0 && comma - c2 <= 5 && !_w.IsPunct(c2))
            {
                if (args.IsVerbAt(c2) || args.IsQuoteMark(c2) || args.IsActorWord(c2)) return null;
                c2--;
            }
            if (c2 <= s0 || c2 >= comma - 1 || !_w.IsPunct(c2, ',') || c2 - s0 > 5) return null;
            if (RoleBefore(c2, s0) is { } role && _w.AtOrAfter(role.MentionStart) <= s0 + 1) return role;
            if (args.IsActorWord(c2 - 1) && args.MentionFirst(c2 - 1) <= s0 + 1) return FromChain(args.ChainForward(args.MentionFirst(c2 - 1), c2));
            return null;
        }

        /// <summary>The index of a personal pronoun followed by a verb or auxiliary within three words after an addressee, else -1.</summary>
        private int PronounClause(int after, int s1)
        {
            for (int j = after + 1; j < Math.Min(s1 - 1, after + 4); j++)
            {
                if (_w.IsPunct(j) || args.IsQuoteMark(j)) return -1;
                if (_l.Speech.TryMatch(_w, j, j + 1, out var r, out _) && r is SpeechRole.Third or SpeechRole.First
                    && _w.IsLower(j) && (args.IsAux(j + 1) || args.IsVerbAt(j + 1))) return j;
            }
            return -1;
        }

        /// <summary>
        /// Whether what follows a trailing cue is only a few words or a short prepositional adjunct with no verb
        /// ("told Parliament on Wednesday (April 20)"), so the clause before the cue is the speech.
        /// </summary>
        private bool AdjunctTail(int after, int s1, int few)
        {
            int e = ContentEnd(after, s1);
            if (e - after <= few) return true;
            if (e - after > 8) return false;
            int k = after;
            // "told Parliament on …": an addressee word before the adjunct.
            if (k < e && !_l.Args.TryMatch(_w, k, s1, out _, out _) && !args.IsVerbAt(k)) k++;
            // "… was quoted as saying by state broadcaster NHK": an agent phrase naming the outlet is an adjunct too.
            if (!_l.Args.TryMatch(_w, k, s1, out var r, out _) || r is not (ArgRole.Place or ArgRole.Target or ArgRole.Via or ArgRole.With or ArgRole.Agent)) return false;
            for (int j = k + 1; j < e; j++)
                if (args.IsVerbAt(j) || args.IsQuoteMark(j)) return false;
            return true;
        }

        /// <summary>
        /// A preposition and up to four words with no verb, actor or quote, then a comma and a clause of at least three words
        /// with a verb or auxiliary ("dalam sebuah pernyataan, tiga tentara tewas"): the index after the comma, else -1.
        /// A date or place tail ("di Jakarta, Senin (1/6).") has no verb and opens nothing.
        /// </summary>
        private int AdjunctComma(int after, int s1)
        {
            if (!_l.Args.TryMatch(_w, after, s1, out var r, out int len) || r is not (ArgRole.Place or ArgRole.Via or ArgRole.With)) return -1;
            for (int j = after + len; j < Math.Min(s1, after + len + 5); j++)
            {
                if (args.IsQuoteMark(j) || args.IsActorWord(j) || args.IsVerbAt(j) || args.IsAux(j)) return -1;
                if (!_w.IsPunct(j)) continue;
                if (!_w.IsPunct(j, ',') || j == after + len) return -1;
                int e = ContentEnd(j + 1, s1);
                if (e - (j + 1) < 3) return -1;
                for (int v = j + 1; v < e; v++)
                    if (args.IsQuoteMark(v)) return -1;
                    else if (!args.IsActorWord(v) && (args.IsVerbAt(v) || args.IsAux(v))) return j + 1;
                return -1;
            }
            return -1;
        }

        /// <summary>A preposition and up to four words, then an auxiliary opening the reported clause: that auxiliary's index, else -1.</summary>
        private int AuxAfterAdjunct(int after, int s1)
        {
            if (!_l.Args.TryMatch(_w, after, s1, out var r, out int len) || r is not (ArgRole.Place or ArgRole.Target or ArgRole.Via)) return -1;
            for (int j = after + len + 1; j < Math.Min(s1, after + len + 5); j++)
            {
                if (_w.IsPunct(j) || args.IsQuoteMark(j) || args.IsVerbAt(j)) return -1;
                if (args.IsAux(j)) return j;
            }
            return -1;
        }

        /// <summary>
        /// "Di Manila, Marcos mengatakan …" / "Speaking in Caracas, Maduro said …": an actor right before the verb, set off
        /// by a comma from an opening adjunct that names a place; the adjunct's place is not part of the subject.
        /// </summary>
        private Speaker? ActorAfterComma(int verb, int s0)
        {
            int e = verb - 1;
            if (e <= s0 || !args.IsActorWord(e)) return null;
            int f = args.MentionFirst(e);
            if (f - 1 <= s0 || !_w.IsPunct(f - 1, ',')) return null;
            return FromChain(args.ChainForward(f, verb));
        }

        /// <summary>
        /// "<role …>, Name, said": the capitalized name between two commas before <paramref name="comma"/>, with the actor of
        /// its mention, else of the role phrase before it.
        /// </summary>
        private Speaker? AppositiveName(int comma, int s0)
        {
            int e = comma - 1;
            if (e <= s0 || !_w.IsCapitalized(e)) return null;
            int a = e;
            while (a - 1 > s0 && e - a < 3 && _w.IsCapitalized(a - 1) && !_w.IsPunct(a - 1)) a--;
            if (!_w.IsPunct(a - 1, ',') || a - 2 < s0) return null;
            for (int j = a; j <= e; j++)
            {
                int m = _w.Mention[j];
                if (m >= 0 && doc.Mentions[m].Type != EntityType.PER) return null;
            }
            // The role phrase before the first comma: "juru bicara Milei", "The Taliban administration's spokesman".
            int t1 = a - 2, t0 = t1;
            while (t0 - 1 >= s0 && t1 - t0 < 6 && !_w.IsPunct(t0 - 1) && !args.IsQuoteMark(t0 - 1)) t0--;
            if (!HasRole(t0, t1 + 1)) return null;
            string name = doc.Text[_w.Start[a].._w.End[e]];
            int me = _w.Mention[e];
            var actor = (me >= 0 ? args.ActorOf(me) : null) ?? DescribeActor(t0, t1) ?? LinkedEarlier(name, _w.Start[a]) ?? TitleActor(t0, t1);
            return new Speaker(name, actor, _w.Start[a], _w.End[e]);
        }

        /// <summary>"the foreign ministry in a press release on Sunday said": a role phrase before a short prepositional adjunct.</summary>
        private Speaker? RoleBeforeAdjunct(int verb, int floor)
        {
            for (int p = verb - 1; p > floor && p >= verb - 7; p--)
            {
                if (_w.IsPunct(p) || args.IsQuoteMark(p) || args.IsActorWord(p)) return null;
                if (_l.Args.TryMatch(_w, p, verb, out var r, out _) && r is ArgRole.Place or ArgRole.Target or ArgRole.Via or ArgRole.With
                    && RoleBefore(p, floor) is { } role) return role;
            }
            return null;
        }

        private bool HasComp(int k, int s1)
        {
            for (int j = k; j < s1; j++)
                if (_l.Speech.TryMatch(_w, j, s1, out var r, out _) && r == SpeechRole.Comp) return true;
            return false;
        }

        /// <summary>
        /// The comma before a speaker's title and name ("…, Japanese Defense Minister X said"): its word index, 0 when
        /// there is none, -2 when the comma closes a direct quote (that quote carries the speech).
        /// </summary>
        private int TitleComma(int first, int s0)
        {
            for (int k = first - 1; k >= Math.Max(s0 + 1, first - 6); k--)
            {
                if (_w.IsPunct(k, ',')) return args.IsQuoteMark(k - 1) ? -2 : k;
                if (_w.IsPunct(k) || args.IsQuoteMark(k)) return args.IsQuoteMark(k) ? -2 : 0;
            }
            return 0;
        }

        /// <summary>
        /// A complement with "sebagai/as" or, where verb morphology tells verbs apart (id/ms), with no verb before its
        /// first comma: the speaker characterizes something rather than reporting a clause.
        /// </summary>
        private bool Naming(int start, int end)
        {
            int e = start;
            while (e < end && e < start + 10 && !_w.IsPunct(e, ',')) e++;
            bool verb = false;
            for (int j = start; j < e; j++)
            {
                if (_l.Speech.TryMatch(_w, j, j + 1, out var r, out _) && r == SpeechRole.Apposition) return true;
                // A word that only opens a longer trigger ("tidak" of "tidak mengakui") is no verb by itself.
                if (!args.IsActorWord(j) && args.IsVerbAt(j)
                    && (_l.LooksLikeVerb(_w, j) || !_l.Events.ContainsWord(_w.Span(j)) || _l.Events.TryMatch(_w, j, end, out _, out _))) verb = true;
            }
            return !verb && _l.VerbPrefixes.Count > 0 && e - start >= 2;
        }

        /// <summary>"menurut X, …", "…, menurut X.", "according to X".</summary>
        private int According(int s, int s0, int s1, int i, int len)
        {
            int k = i + len;
            // "Menurut Marty, Indonesia …": the comma closes the source; an actor after it is the content's subject.
            while (k < Math.Min(s1, i + len + 5) && !args.IsActorWord(k) && !(k > i + len && _w.IsPunct(k, ','))) k++;
            Speaker speaker;
            int after;
            if (k < s1 && args.IsActorWord(k))
            {
                var chain = args.ChainForward(args.MentionFirst(k), s1);
                // "Menurut Marty, Indonesia telah …": a comma after the first source and a clause going on after the next
                // actor make that actor the content's subject, not a second source ("Menurut A, B dan C, …" stays a list).
                if (chain.Count > 1 && _w.IsPunct(chain[0].End, ',') && chain[^1].End < s1 && !_w.IsPunct(chain[^1].End))
                    chain = [chain[0]];
                speaker = FromChain(chain);
                after = chain[^1].End;
            }
            else
            {
                // "menurut Kepala Staf Gabungan dalam pernyataannya": a title already met beside a linked speaker.
                int a0 = i + len;
                while (a0 < Math.Min(s1, i + len + 2) && !_w.IsCapitalized(a0) && !_w.IsPunct(a0)) a0++;
                int b0 = a0;
                while (b0 < s1 && b0 - a0 < 5 && _w.IsCapitalized(b0)) b0++;
                if (b0 - a0 < 1) return -1;
                string name = doc.Text[_w.Start[a0].._w.End[b0 - 1]];
                // "Dikatakan Jafri, …": a person NER left unlinked speaks for the body in the title beside the full name.
                var actor = b0 - a0 >= 2 ? TitledEarlier(name, _w.Start[a0]) : null;
                if (actor is null && _w.Mention[a0] >= 0 && doc.Mentions[_w.Mention[a0]].Type == EntityType.PER) actor = PersonActor(_w.Mention[a0]);
                // A short name the linker missed, met earlier in full or after a title ("Menteri Luar Negeri Marty N.").
                actor ??= UnlinkedBefore(b0, a0)?.Actor;
                if (actor is null) return -1;
                speaker = new Speaker(name, actor, _w.Start[a0], _w.End[b0 - 1]);
                after = b0;
            }
            // "…, menurut (pernyataan) X, melalui keterangan persnya." / "… 450 km menurut X dalam pernyataannya.":
            // the clause before the cue is what X said; what follows X is an adjunct.
            if (i > s0 + 3 && (_w.IsPunct(i - 1, ',') || AdjunctOnly(after, s1)))
            {
                Add(s0, _w.IsPunct(i - 1, ',') ? i - 1 : i, speaker, i, s);
                return s1;
            }
            if (i == s0 || _w.IsPunct(i - 1, ','))
            {
                if (after < s1 && _w.IsPunct(after, ','))
                {
                    int end = ContentEnd(after + 1, s1);
                    Add(after + 1, end, speaker, i, s);
                    return end;
                }
                if (i > s0 && ContentEnd(after, s1) <= after)
                {
                    Add(s0, i - 1, speaker, i, s);
                    return s1;
                }
            }
            int e = after;
            while (e < s1 && !_w.IsPunct(e, ',') && !_w.IsPunct(e, '.')) e++;
            Add(after, e, speaker, i, s);
            return e;
        }

        /// <summary>Whether the words from <paramref name="k"/> to the sentence end are only a prepositional adjunct or nothing.</summary>
        private bool AdjunctOnly(int k, int s1)
        {
            int e = ContentEnd(k, s1);
            if (e <= k) return true;
            return _l.Args.TryMatch(_w, k, s1, out var r, out _) && r is ArgRole.Place or ArgRole.With or ArgRole.Target or ArgRole.Attr;
        }

        /// <summary>
        /// Unquoted "…, demikian pernyataan X." (the clause before the cue) or sentence-initial "Bunyi pernyataan X: …" /
        /// "The statement said …" (the clause after it).
        /// </summary>
        private int Statement(int s, int s0, int s1, int i, int len)
        {
            if (i > s0 + 2 && _w.IsPunct(i - 1, ','))
            {
                if (args.IsQuoteMark(i - 2)) return -1;
                var sp = StatementSpeaker(i + len, s1, s, i);
                if (sp is null) return -1;
                Add(s0, i - 1, sp, i, s);
                return s1;
            }
            if (i != s0) return -1;
            int k = i + len;
            var speaker = StatementSpeaker(k, s1, s, i);
            if (speaker is null) return -1;
            // Skip the issuer's name to the ':' / ',' / "that" that opens the content.
            int start = -1;
            for (int j = k; j < Math.Min(s1, k + 10); j++)
            {
                if (args.IsQuoteMark(j)) return -1;
                if (_w.IsPunct(j, ':') || _w.IsPunct(j, ',')) { start = j + 1; break; }
                if (_l.Speech.TryMatch(_w, j, s1, out var r, out int l2) && r == SpeechRole.Comp) { start = j + l2; break; }
            }
            if (start < 0 && _l.Speech.TryMatch(_w, k - 1, s1, out var rs, out _) && rs == SpeechRole.Both) start = k;
            if (start < 0) return -1;
            int end = ContentEnd(start, s1);
            if (end <= start) return -1;
            Add(start, end, speaker, i, s);
            return end;
        }

        /// <summary>
        /// A statement cue, else its first word read as a speech verb of its own: "X said the statement was false" is X's
        /// speech, not "…, said the statement".
        /// </summary>
        private int StatementOrVerb(int s, int s0, int s1, int i, int len)
        {
            int end = Statement(s, s0, s1, i, len);
            if (end > i) return end;
            return _l.Speech.TryMatch(_w, i, i + 1, out var r, out int l) && r is SpeechRole.Before or SpeechRole.Both
                ? SpeechVerb(s, s0, s1, i, l, r) : -1;
        }

        /// <summary>"He condemned the launch, saying (that) …" / "…,” Hamada said, adding that …": the sentence subject speaks.</summary>
        private int Participle(int s, int s0, int s1, int i, int len)
        {
            if (i <= s0 || !_w.IsPunct(i - 1, ',')) return -1;
            // "“…,” katanya, seraya menambahkan bahwa …": the sentence opens with a direct quote, whose speaker adds this.
            var speaker = OpeningQuoteSpeaker(s0, i) ?? MainClauseSubject(s, s0, i);
            if (speaker is null) return -1;
            int start = i + len;
            if (start < s1 && _l.Speech.TryMatch(_w, start, s1, out var c, out int cl) && c == SpeechRole.Comp) start += cl;
            if (start < s1 && args.IsQuoteMark(start)) return -1;
            int end = ContentEnd(start, s1);
            if (end <= start) return -1;
            Add(start, end, speaker, i, s);
            return end;
        }

        /// <summary>The speaker of a direct quote opening sentence start <paramref name="s0"/> and closing before word <paramref name="i"/>, else null.</summary>
        private Speaker? OpeningQuoteSpeaker(int s0, int i)
        {
            // A quote running over several sentences closes in this one and began before it.
            for (int q = _quotes.Count - 1; q >= 0 && q >= _quotes.Count - 4; q--)
            {
                var quote = _quotes[q].Quote;
                if (quote.Direct && quote.Start <= _w.End[s0] && quote.End >= _w.Start[s0] && quote.End < _w.Start[i]) return quote.Speaker;
            }
            return null;
        }

        /// <summary>"Menurutnya, …" / "According to him, …": the previous speaker's reported clause.</summary>
        private int SelfAccording(int s, int s0, int s1, int i, int len)
        {
            if (!(i == s0 || _w.IsPunct(i - 1, ',')) || !_w.IsPunct(i + len, ',')) return -1;
            var speaker = Previous(s, i);
            if (speaker is null) return -1;
            int end = ContentEnd(i + len + 1, s1);
            Add(i + len + 1, end, speaker, i, s);
            return end;
        }

        /// <summary>
        /// "Dikatakannya, …" / "Ditambahkannya bahwa …": a passive cue whose clitic points back opens the sentence
        /// (or follows a connective and a comma); the rest of the sentence is that speaker's reported clause.
        /// </summary>
        private int SelfLead(int s, int s0, int s1, int i, int len)
        {
            if (!(i == s0 || _w.IsPunct(i - 1, ','))) return -1;
            int start = i + len;
            while (start < s1 && (_w.IsPunct(start, ',') || _w.IsPunct(start, ':'))) start++;
            if (start < s1 && _l.Speech.TryMatch(_w, start, s1, out var c, out int cl) && c == SpeechRole.Comp) start += cl;
            if (start >= s1 || args.IsQuoteMark(start)) return -1;
            // The clitic points at the actor the previous sentence is about ("Kemlu China membantah …. Dikatakannya …"), else
            // at the last speaker.
            var speaker = (s > 0 ? MainSubject(_w.SentenceStart(s - 1), _w.SentenceEnd(s - 1)) : null) ?? Previous(s, i);
            if (speaker is null) return -1;
            int end = ContentEnd(start, s1);
            if (end <= start) return -1;
            Add(start, end, speaker, i, s);
            return end;
        }

        /// <summary>
        /// "the agency quoted X as saying": the speaker is named between the verb and "as saying"; <paramref name="next"/> is the
        /// word after "saying". Null when no "as saying" follows within a title and a name.
        /// </summary>
        private Speaker? QuotedSpeaker(int k, int s1, out int next)
        {
            next = -1;
            for (int j = k + 1; j < Math.Min(s1 - 1, k + 10); j++)
            {
                if (args.IsQuoteMark(j) || _w.IsPunct(j, '.')) return null;
                if (!_l.Speech.TryMatch(_w, j, j + 1, out var a, out _) || a != SpeechRole.Apposition) continue;
                if (!_l.Speech.TryMatch(_w, j + 1, s1, out var p, out int pl) || p != SpeechRole.Participle) return null;
                int e = j;
                while (e > k && _w.IsPunct(e - 1, ',')) e--;
                next = j + 1 + pl;
                return SpeakerAfter(k, e);
            }
            return null;
        }

        /// <summary>
        /// "The newspaper quoted X as saying (on Saturday) that …" (the clause after) / "…, the agency quoted X as saying." (the
        /// clause before the comma).
        /// </summary>
        private int QuotedAs(int s, int s0, int s1, int i, int len)
        {
            var speaker = QuotedSpeaker(i + len, s1, out int next);
            if (speaker is null) return -1;
            if (next < s1 && args.IsQuoteMark(next) || next < s1 && _w.IsPunct(next, ':')) return -1;
            int start = -1;
            for (int j = next; j < Math.Min(s1, next + 6); j++)
            {
                if (args.IsQuoteMark(j) || _w.IsPunct(j, '.')) break;
                if (_l.Speech.TryMatch(_w, j, s1, out var r, out int l2) && r == SpeechRole.Comp) { start = j + l2; break; }
            }
            if (start < 0 && next < s1 && _w.IsPunct(next, ',')) start = next + 1;
            if (start >= 0)
            {
                int end = ContentEnd(start, s1);
                if (end <= start) return -1;
                Add(start, end, speaker, i, s);
                return end;
            }
            if (!AdjunctOnly(next, s1)) return -1;
            // The comma that closes the reported clause, just before the quoting source ("…, the agency quoted …").
            for (int c = i - 1; c > s0 + 2 && c >= i - 5; c--)
            {
                if (args.IsQuoteMark(c)) return -1;
                if (!_w.IsPunct(c, ',')) continue;
                if (args.IsQuoteMark(c - 1)) return -1;
                Add(s0, c, speaker, i, s);
                return s1;
            }
            return -1;
        }

        /// <summary>Unquoted trailing cue: "…, kata sumber Uni Eropa kepada Reuters."</summary>
        private int Trailing(int s, int s0, int s1, int i, int len)
        {
            if (i < s0 + 2 || !_w.IsPunct(i - 1, ',') || args.IsQuoteMark(i - 2)) return -1;
            var speaker = SpeakerAfter(i + len, s1);
            if (speaker is null) return -1;
            // "Khusus batas laut, kata X, perundingan akan dimulai …" / "Namun, lanjut dia, …": a cue set in the sentence
            // between commas; the clause after it is the speech too, and all of it when the part before is only a topic.
            int after = i + len;
            while (after < s1 && after < i + len + 6 && !_w.IsPunct(after) && !args.IsQuoteMark(after)) after++;
            if (after < s1 && _w.IsPunct(after, ','))
            {
                int end = ContentEnd(after + 1, s1);
                int before = 0, rest = 0;
                for (int k = s0; k < i - 1; k++) if (!_w.IsPunct(k)) before++;
                for (int k = after + 1; k < end; k++) if (!_w.IsPunct(k)) rest++;
                if (rest >= 3 && !args.IsQuoteMark(after + 1))
                {
                    Add(before <= 3 ? after + 1 : s0, end, speaker, i, s);
                    return s1;
                }
            }
            if (i == s0 + 2) return -1;
            Add(s0, i - 1, speaker, i, s);
            return s1;
        }

        /// <summary>Whether a speaker is a role or a body rather than a person: its own kind, or an ORG mention.</summary>
        private bool IsBodySpeaker(Speaker sp)
        {
            if (_roleSpeakers.Contains(sp)) return true;
            int k = _w.AtOrAfter(sp.MentionStart);
            return k < _w.Count && _w.Mention[k] >= 0 && doc.Mentions[_w.Mention[k]].Type == EntityType.ORG;
        }

        private bool IsRoleDet(int j) => j >= 0 && j < _w.Count && _roles.TryMatch(_w, j, j + 1, out var kind, out _) && kind == "det";

        private bool RoleHead(int j, int limit, out string kind, out int len) =>
            _roles.TryMatch(_w, j, limit, out kind, out len) && kind != "det";

        /// <summary>
        /// A role or body phrase ending right before <paramref name="verb"/>: "the spokesperson said", "a foreign ministry
        /// spokesperson said", "The Defence spokesperson said", "Kemenlu juga mengatakan", "juru bicara itu mengatakan".
        /// It must open its clause (at <paramref name="floor"/> or after punctuation).
        /// </summary>
        private Speaker? RoleBefore(int verb, int floor)
        {
            int e = verb - 1;
            // "the spokesperson has said" / "the spokesperson firmly stated": auxiliaries and an English manner adverb sit between role and cue.
            while (e > floor && !_w.IsCapitalized(e) && (args.IsAux(e) || (args.L.Code == "en" && MannerAdverb(e)))) e--;
            if (e < floor) return null;
            int headEnd = args.L.Code == "en" ? e : (IsRoleDet(e) ? e - 1 : e);
            if (headEnd < floor || !_roles.TryMatchEndingAt(_w, headEnd + 1, floor, out var kind, out int hs) || kind == "det") return null;
            int a = hs;
            if (args.L.Code == "en")
            {
                // Modifiers back to the article: "a foreign ministry spokesperson"; without one only a capitalized name ("Defence spokesperson").
                int capFrom = hs;
                bool capRun = true;
                for (int j = hs - 1; j >= floor && j >= hs - 4; j--)
                {
                    if (IsRoleDet(j)) { capFrom = j; capRun = false; a = j; break; }
                    if (_w.IsPunct(j) || args.IsQuoteMark(j) || args.IsActorWord(j) || (args.IsVerbAt(j) && !_w.IsCapitalized(j))) break;
                    if (capRun && _w.IsCapitalized(j)) capFrom = j; else capRun = false;
                }
                if (a == hs) a = capFrom;
            }
            if (kind != Pronoun && a > floor && !_w.IsPunct(a - 1) && !args.IsQuoteMark(a - 1)) return null;
            return MakeRole(a, e, kind);
        }

        /// <summary>A lowercase English word in -ly of five or more letters ("firmly", "unequivocally"): a manner adverb.</summary>
        private bool MannerAdverb(int j)
        {
            var t = _w.Span(j);
            return t.Length >= 5 && t.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(t[0]);
        }

        /// <summary>A role or body phrase right after a trailing cue: "said the spokesperson", "tulis yayasan tersebut", "kata jubir itu".</summary>
        private Speaker? RoleAfter(int k, int limit)
        {
            int j = k;
            if (args.L.Code == "en" && IsRoleDet(j)) j++;
            for (int h = j; h < Math.Min(limit, j + 3); h++)
            {
                if (_w.IsPunct(h) || args.IsQuoteMark(h) || args.IsActorWord(h)) return null;
                if (!RoleHead(h, limit, out var kind, out int len)) continue;
                int e = h + len - 1;
                if (args.L.Code != "en" && e + 1 < limit && IsRoleDet(e + 1)) e++;
                if (args.L.Code != "en" && NamedAfterRole(e + 1, limit) is { } named) return named;
                return MakeRole(k, e, kind);
            }
            return null;
        }

        /// <summary>
        /// "tegas juru bicara Kementerian Luar Negeri X, Nama Orang, dalam …": the body's name (up to six capitalized words),
        /// then a linked person set off by a comma; that person speaks.
        /// </summary>
        private Speaker? NamedAfterRole(int n, int limit)
        {
            int b = n;
            while (b < limit && b - n < 6 && _w.IsCapitalized(b)) b++;
            if (b == n || b + 1 >= limit || !_w.IsPunct(b, ',') || !IsPersonWord(b + 1)) return null;
            return FromChain(args.ChainForward(args.MentionFirst(b + 1), limit));
        }

        private Speaker MakeRole(int a, int e, string kind)
        {
            var actor = kind == Pronoun ? null : TitleHolderEarlier(a, e);
            var sp = new Speaker(doc.Text[_w.Start[a].._w.End[e]], actor ?? RoleActor(a, e, kind), _w.Start[a], _w.End[e]);
            _roleSpeakers.Add(sp);
            return sp;
        }

        /// <summary>
        /// Whom an unnamed role speaks for: a country or body named inside or beside the phrase; else the nearest earlier
        /// phrase of the same kind that names one ("Kementerian Luar Negeri Turki" for "Kemenlu"); else the previous
        /// quote's speaker when that was a body too; else the dateline's country; else the article's dominant country.
        /// </summary>
        private ActorRef? RoleActor(int a, int e, string kind)
        {
            if (kind == Pronoun) return PronounActor(a);
            if (DescribeActor(a, e) is { } own) return own;
            // "ujar Menlu": an earlier foreign minister before any other official ("duta besar Jepang").
            if (kind.Contains('.'))
                for (int j = a - 1; j >= 0; j--)
                    if (RoleHead(j, a, out var k1, out int l1) && k1.StartsWith(kind, StringComparison.Ordinal) && DescribeActor(j, j + l1 - 1) is { } same) return same;
            // "FO spokesperson": a capitalized qualifier names which earlier phrase of the kind it is ("Foreign Office (FO) spokesperson"),
            // not the nearest spokesperson of another body.
            int qual = Qualifier(a, e);
            // A spokesperson: an earlier spokesperson first, then the nearest ministry, government or embassy.
            for (int pass = 0; pass < (kind == "spokesperson" ? 2 : 1); pass++)
                for (int j = a - 1; j >= 0; j--)
                {
                    if (!RoleHead(j, a, out var k2, out int len)) continue;
                    if (pass == 0 ? !SpeakerRoles.Covers(kind, k2) : !(k2.StartsWith("ministry", StringComparison.Ordinal) || k2 is "government" or "embassy")) continue;
                    if (qual >= 0 && pass == 0 && !WordNear(j, j + len - 1, qual)) continue;
                    if (DescribeActor(j, j + len - 1) is { } earlier) return earlier;
                    // "Foreign Office's spokesperson, Name, said …" earlier: the named office holder's actor.
                    if (pass == 0 && PersonAfterRole(j + len - 1) is { } named) return named;
                    if (qual >= 0) goto Fallback;
                }
            Fallback:
            for (int q = _quotes.Count - 1; q >= 0; q--)
            {
                if (_quotes[q].Quote.Speaker is not { } prev) continue;
                if (prev.Actor is not null && IsBodySpeaker(prev)) return prev.Actor;
                break;
            }
            // id/ms: a ministry with no country named ("Kemenlu", "Wisma Putra") is already the home one's (or the same body's named
            // earlier) through coreference (lang/<code>/coref.tsv home rows), so DescribeActor above finds it.
            if (doc.Metadata.Dateline is DatelineWithPlace { Place.Country: { } dc } dl)
                return new ActorRef(dl.Place.Kind == "country" ? dl.Place.Name : dc, dc, dc, null, null);
            return DominantCountry() ?? Home();
        }

        /// <summary>
        /// id/ms: an unlinked speaker of a direct quote that nothing in the article ties to a country (reported speech is left
        /// alone: its speaker also becomes the source of events coded from the clause). A body that is a bare role phrase ("Kemenlu")
        /// speaks for whom that role does; a person named with no title anywhere is a home official ("kata Arrmanatha"):
        /// that press always gives a foreign official's country, so the dominant country is no better guess.
        /// </summary>
        private ActorRef? HomeSpeaker(int k, int mention)
        {
            var m = doc.Mentions[mention];
            // Only where the home country is named at all: in foreign news an untitled name is a foreign official.
            if (m.Type == EntityType.PER) return HomeNamed() ? Home() : null;
            if (m.Type != EntityType.ORG) return null;
            int f = _w.AtOrAfter(m.Start), e = _w.AtOrAfter(m.End) - 1;
            return f == k && RoleHead(f, e + 1, out var kind, out int len) && f + len - 1 == e ? RoleActor(f, e, kind) : null;
        }

        private bool HomeNamed()
        {
            for (int m = 0; m < doc.Mentions.Count; m++)
                if (args.ActorOf(m)?.Country == _l.HomeCountry) return true;
            return false;
        }

        /// <summary>The press's own country (id: IDN, ms: MYS), for a body or title named without one; none for English.</summary>
        private ActorRef? Home() => _l.HomeCountry is { } h ? new ActorRef(h, h, h, null, null) : null;

        /// <summary>The actor of a linked person named right after a role phrase ending at <paramref name="e"/> ("spokesperson, Name"), else null.</summary>
        private ActorRef? PersonAfterRole(int e)
        {
            for (int k = e + 1; k < Math.Min(_w.Count, e + 3); k++)
            {
                if (_w.IsPunct(k, ',')) continue;
                return IsPersonWord(k) ? args.ActorOf(_w.Mention[k]) : null;
            }
            return null;
        }

        /// <summary>A capitalized word in the role phrase a..e that is neither a role word nor a determiner ("FO" in "FO spokesperson"), else -1.</summary>
        private int Qualifier(int a, int e)
        {
            for (int j = a; j <= e; j++)
                if (_w.IsCapitalized(j) && !_w.IsPunct(j) && !IsRoleDet(j) && !RoleHead(j, j + 1, out _, out _) && !args.IsActorWord(j)) return j;
            return -1;
        }

        /// <summary>Whether the word at <paramref name="q"/> also occurs within three words of the phrase a..e.</summary>
        private bool WordNear(int a, int e, int q)
        {
            var word = _w.Span(q);
            for (int j = Math.Max(0, a - 3); j <= Math.Min(_w.Count - 1, e + 3); j++)
                if (j != q && _w.Span(j).Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>Speaker-role kind of a pronoun that stands for a body ("it said", "in which it reported").</summary>
        private const string Pronoun = "pronoun";

        /// <summary>
        /// "it": the subject of its own sentence before it ("The ministry issued a statement in which it reported"),
        /// else that of the sentence before, else the last body that spoke.
        /// </summary>
        private ActorRef? PronounActor(int a)
        {
            int s = _w.Sentence[a], s0 = _w.SentenceStart(s);
            // "it" is never a person: "“Nama was summoned …,” the ministry said. It said …" is the ministry again.
            if (a > s0 && MainClauseSubject(s, s0, a) is { Actor: { } own } o && !IsPersonMention(o)) return own;
            if (s > 0 && MainClauseSubject(s - 1, _w.SentenceStart(s - 1), _w.SentenceEnd(s - 1)) is { Actor: { } prev } p
                && !IsPersonMention(p)) return prev;
            for (int q = _quotes.Count - 1; q >= 0; q--)
                if (_quotes[q].Quote.Speaker is { Actor: { } b } sp && IsBodySpeaker(sp)) return b;
            return null;
        }

        private bool IsPersonMention(Speaker sp)
        {
            foreach (var m in doc.Mentions)
                if (m.Start == sp.MentionStart) return m.Type == EntityType.PER;
            return false;
        }

        private ActorRef? _dominant;
        private bool _dominantDone;

        /// <summary>The country named most often, when it clearly leads (at least three mentions, more than any other).</summary>
        private ActorRef? DominantCountry()
        {
            if (_dominantDone) return _dominant;
            _dominantDone = true;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int m = 0; m < doc.Mentions.Count; m++)
                if (args.ActorOf(m)?.Country is { } c) counts[c] = counts.GetValueOrDefault(c) + 1;
            string? best = null;
            int top = 0, second = 0;
            foreach (var (c, n) in counts)
            {
                if (n > top) { second = top; top = n; best = c; }
                else if (n > second) second = n;
            }
            if (best is not null && top >= 3 && top > second) _dominant = new ActorRef(best, best, best, null, null);
            return _dominant;
        }

        /// <summary>An actor inside the words a..e, else the nearest one beside them (up to four words, within the phrase).</summary>
        private ActorRef? DescribeActor(int a, int e)
        {
            for (int j = a; j <= e; j++)
                if (args.IsActorWord(j)) return args.ActorOf(_w.Mention[j]);
            bool back = true, fwd = true;
            // Within the sentence (a headline above is another sentence); a bracketed short form is skipped: "Kementerian Luar Negeri (Kemlu) RI".
            int s0 = _w.SentenceStart(_w.Sentence[a]), s1 = _w.SentenceEnd(_w.Sentence[e]);
            for (int d = 1; d <= 6 && (back || fwd); d++)
            {
                int b = a - d, f = e + d;
                // The final dot of a short form inside a mention ("A U.S. official") is part of that name.
                if (back && b >= s0 && _w.IsPunct(b, '.') && args.IsActorWord(b)) return args.ActorOf(_w.Mention[b]);
                if (back && (b < s0 || (_w.IsPunct(b) && !IsBracket(b) && !IsPossessive(b)) || args.IsQuoteMark(b))) back = false;
                if (back && args.IsActorWord(b)) return args.ActorOf(_w.Mention[b]);
                if (back && args.IsVerbAt(b)) back = false;
                if (fwd && (f >= s1 || (_w.IsPunct(f) && !IsBracket(f)) || args.IsQuoteMark(f))) fwd = false;
                if (fwd && args.IsActorWord(f)) return args.ActorOf(_w.Mention[f]);
                if (fwd && args.IsVerbAt(f)) fwd = false;
            }
            return null;
        }

        /// <summary>
        /// An unlinked person's actor from the role phrase set off beside the first full mention of the name:
        /// "Jurubicara Kementerian Luar Negeri Filipina, X" or "X, penasihat menteri dalam negeri Ukraina, …".
        /// </summary>
        private ActorRef? PersonActor(int mention)
        {
            var m = doc.Mentions[mention];
            if (m.Type is not (EntityType.PER or EntityType.ORG)) return null;
            string name = doc.Text[m.Start..m.End];
            for (int k = 0; k <= mention; k++)
            {
                var full = doc.Mentions[k];
                if (full.Type != m.Type || !NameText.ContainsWord(doc.Text.AsSpan(full.Start, full.End - full.Start), name)) continue;
                int f = _w.AtOrAfter(full.Start), e = _w.AtOrAfter(full.End) - 1;
                if (f >= _w.Count || e < f) continue;
                // Title before: "<role …>, X" or "<role …> X", the role opening its clause.
                int t = _w.IsPunct(f - 1, ',') ? f - 2 : f - 1;
                int s0 = _w.SentenceStart(_w.Sentence[f]);
                int t0 = t;
                while (t0 - 1 >= s0 && t - t0 < 6 && !_w.IsPunct(t0 - 1) && !args.IsQuoteMark(t0 - 1)) t0--;
                if (t >= t0 && (t0 == s0 || _w.IsPunct(t0 - 1)) && HasRole(t0, t + 1))
                    return DescribeActor(t0, t) ?? SameNameCountry(t0, t) ?? TitleActor(t0, t);
                // Apposition after: "X, <role …>,"
                if (_w.IsPunct(e + 1, ','))
                {
                    int a0 = e + 2, a1 = a0;
                    while (a1 < _w.Count && a1 - a0 < 8 && !_w.IsPunct(a1) && !args.IsQuoteMark(a1)) a1++;
                    if (a1 > a0 && HasRole(a0, a1) && _w.IsPunct(a1)) return DescribeActor(a0, a1 - 1);
                }
                return null;
            }
            return null;
        }

        /// <summary>A role title naming no country or body ("Menteri Koordinator … X"): whom that role speaks for.</summary>
        private ActorRef? TitleActor(int a, int e)
        {
            for (int j = a; j <= e; j++)
                if (RoleHead(j, e + 1, out var kind, out int len)) return RoleActor(j, j + len - 1, kind);
            return null;
        }

        /// <summary>
        /// A country name left unlinked inside a role phrase ("Juru Bicara Kantor Urusan Luar Negeri India, X"):
        /// the same name linked to a country elsewhere in the article is that country.
        /// </summary>
        private ActorRef? SameNameCountry(int a, int e)
        {
            for (int j = a; j <= e; j++)
            {
                int mi = _w.Mention[j];
                if (mi < 0 || doc.Mentions[mi].Type is not (EntityType.GPE or EntityType.LOC)) continue;
                var m = doc.Mentions[mi];
                var text = doc.Text.AsSpan(m.Start, m.End - m.Start);
                for (int k = 0; k < doc.Mentions.Count; k++)
                {
                    var o = doc.Mentions[k];
                    if (k == mi || o.End - o.Start != text.Length || !doc.Text.AsSpan(o.Start, o.End - o.Start).SequenceEqual(text)) continue;
                    if (args.ActorOf(k) is { Sector: null, Country: { } c } found && found.Code == c) return found;
                }
            }
            return null;
        }

        private bool NamesActor(int sentence)
        {
            for (int j = _w.SentenceStart(sentence); j < _w.SentenceEnd(sentence); j++)
                if (args.IsActorWord(j) || (_w.Mention[j] >= 0 && doc.Mentions[_w.Mention[j]].Type is EntityType.PER or EntityType.ORG)) return true;
            return false;
        }

        private bool IsPossessive(int j) => _w.Span(j) is "’" or "'" or "’s" or "'s";

        private bool IsBracket(int j) => _w.IsPunct(j, '(') || _w.IsPunct(j, ')');

        private bool HasRole(int a, int b)
        {
            for (int j = a; j < b; j++) if (RoleHead(j, b, out _, out _)) return true;
            return false;
        }

        public void Flush()
        {
            // A named but unlinked speaker ("Daza") speaks for the body in the title beside its full name.
            for (int i = 0; i < _quotes.Count; i++)
            {
                var (q, sent) = _quotes[i];
                if (q.Speaker is not { Actor: null } sp || _roleSpeakers.Contains(sp)) continue;
                int k = _w.AtOrAfter(sp.MentionStart);
                var a = k < _w.Count && _w.Mention[k] >= 0 ? PersonActor(_w.Mention[k]) : null;
                if (a is null && q.Direct && _l.HomeCountry is not null && k < _w.Count && _w.Mention[k] >= 0) a = HomeSpeaker(k, _w.Mention[k]);
                if (a is null) continue;
                _quotes[i] = (q with { Speaker = sp with { Actor = a } }, sent);
            }
            _quotes.Sort((a, b) => a.Quote.Start.CompareTo(b.Quote.Start));
            foreach (var (q, _) in _quotes) doc.Quotes.Add(q);
        }
    }
}

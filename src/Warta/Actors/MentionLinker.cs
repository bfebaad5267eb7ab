using System.Buffers;
using Warta.Documents;
using Warta.Pipeline;
using Warta.Places;

namespace Warta.Actors;

/// <summary>
/// Finds knowledge-base names, places and role words in one left-to-right pass over the tokens (a trie over
/// folded name units, longest match), then links them: a title is absorbed by the name it precedes ("Presiden
/// Rusia Vladimir Putin" gives one PER mention, "Vladimir Putin", linked to Putin), role words combine with an adjacent country
/// ("tentara Israel" → ISRMIL), and a later surname or given name ("Putin", "Kim") links to the person named
/// in full earlier in the same article. Persons are resolved for the publication date.
/// Unknown capitalized names are left to the NER stage, except right after a title with a country
/// ("Presiden Rusia Foo Bar"), where the title gives the actor code.
/// </summary>
public sealed class MentionLinker : IStage
{
    private readonly LinkerModel? _model;

    public MentionLinker()
    {
    }

    internal MentionLinker(LinkerModel model) => _model = model;

    public string Name => "mentions";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Provides => Layers.Mentions;

    /// <summary>Loads the knowledge base, gazetteer and trie now rather than on the first article.</summary>
    public static void Warm() => _ = LinkerModel.Default;

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        if (tokens.Length == 0) return;
        var run = new Run(_model ?? LinkerModel.Default, document);
        try
        {
            run.Execute();
        }
        finally
        {
            run.Dispose();
        }
    }

    private readonly record struct Hit(int First, int End, int Start, int Count);

    private sealed class MemoryItem(ActorRef actor, string identity)
    {
        public ActorRef Actor { get; } = actor;
        public string Identity { get; } = identity;
        public bool Ambiguous { get; set; }
    }

    /// <summary>State of one document; never shared.</summary>
    private sealed class Run : IDisposable
    {
        private const int MaxUnknownNameTokens = 4;
        private const long SmallPlace = 100_000;

        private readonly LinkerModel _m;
        private readonly Document _doc;
        private readonly string _text;
        private readonly Token[] _tok;
        private readonly DateOnly _date;
        private readonly bool _undated;
        private readonly bool[] _sentenceStart;
        private readonly int[] _tokFirstUnit;
        private int[] _uStart, _uEnd, _uId, _uTok;
        private int _unitCount;
        private readonly List<Hit> _hits = [];
        private readonly List<Payload> _valid = [];
        private readonly HashSet<string> _context = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MemoryItem> _memory = new(StringComparer.Ordinal);
        private readonly Dictionary<int, ActorRef> _resolved = [];
        private readonly HashSet<int> _seenEntries = [];
        private int _lastEmitEnd;

        public Run(LinkerModel model, Document doc)
        {
            _m = model;
            _doc = doc;
            _text = doc.Text;
            _tok = doc.Tokens;
            _date = doc.PublishedDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
            _undated = doc.PublishedDate is null;
            _sentenceStart = new bool[_tok.Length];
            foreach (var s in doc.Sentences)
                if (s.FirstToken < _tok.Length) _sentenceStart[s.FirstToken] = true;
            _sentenceStart[0] = true;
            // The article's language says which country unnamed local places are in (Indonesian regencies).
            if (doc.Language == "id") _context.Add("IDN");
            else if (doc.Language == "ms") _context.Add("MYS");
            for (int i = 0; i < _tok.Length; i++)
                if ((_tok[i].Flags & TokenFlags.SentenceStart) != 0) _sentenceStart[i] = true;
            _tokFirstUnit = ArrayPool<int>.Shared.Rent(_tok.Length + 1);
            int cap = _tok.Length * 2 + 16;
            _uStart = ArrayPool<int>.Shared.Rent(cap);
            _uEnd = ArrayPool<int>.Shared.Rent(cap);
            _uId = ArrayPool<int>.Shared.Rent(cap);
            _uTok = ArrayPool<int>.Shared.Rent(cap);
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(_tokFirstUnit);
            ArrayPool<int>.Shared.Return(_uStart);
            ArrayPool<int>.Shared.Return(_uEnd);
            ArrayPool<int>.Shared.Return(_uId);
            ArrayPool<int>.Shared.Return(_uTok);
        }

        public void Execute()
        {
            SplitUnits();
            FindHits();
            Link();
        }

        private void SplitUnits()
        {
            Span<char> buf = stackalloc char[NameText.MaxUnit];
            var text = _text.AsSpan();
            for (int t = 0; t < _tok.Length; t++)
            {
                _tokFirstUnit[t] = _unitCount;
                var tk = _tok[t];
                var span = text[tk.Start..tk.End];
                int pos = 0;
                while (NameText.NextUnit(span, ref pos, out int s, out int e))
                {
                    if (_unitCount == _uStart.Length) Grow();
                    int n = e - s <= NameText.MaxUnit ? NameText.Fold(span[s..e], buf) : -1;
                    _uStart[_unitCount] = tk.Start + s;
                    _uEnd[_unitCount] = tk.Start + e;
                    _uId[_unitCount] = n > 0 ? _m.UnitId(buf[..n]) : -1;
                    _uTok[_unitCount] = t;
                    _unitCount++;
                }
            }
            _tokFirstUnit[_tok.Length] = _unitCount;
        }

        private void Grow()
        {
            static int[] G(int[] a)
            {
                var b = ArrayPool<int>.Shared.Rent(a.Length * 2);
                Array.Copy(a, b, a.Length);
                ArrayPool<int>.Shared.Return(a);
                return b;
            }
            _uStart = G(_uStart);
            _uEnd = G(_uEnd);
            _uId = G(_uId);
            _uTok = G(_uTok);
        }

        /// <summary>Longest trie match starting at each token, matches ending on token ends, none across sentences.</summary>
        private void FindHits()
        {
            for (int t = 0; t < _tok.Length;)
            {
                int u0 = _tokFirstUnit[t];
                if (u0 == _tokFirstUnit[t + 1] || !NameText.IsWordUnit(UnitText(u0)))
                {
                    t++;
                    continue;
                }
                int node = 0, bestEnd = -1, bestStart = 0, bestCount = 0;
                for (int u = u0; u < _unitCount; u++)
                {
                    if (u > u0 && _uTok[u] != _uTok[u - 1] && _sentenceStart[_uTok[u]]) break;
                    node = _m.Child(node, _uId[u]);
                    if (node < 0) break;
                    int tu = _uTok[u];
                    // "Iran-aligned", "Saudi-led": a country closing at a hyphen inside one token still names the country.
                    bool hyphenated = _uEnd[u] != _tok[tu].End && _text[_uEnd[u]] == '-' && _uEnd[u] + 1 < _tok[tu].End
                                      && char.IsLower(_text[_uEnd[u] + 1]);
                    if (_uEnd[u] != _tok[tu].End && !hyphenated) continue;
                    var payloads = _m.PayloadsOf(node);
                    if (payloads.IsEmpty) continue;
                    int mark = _valid.Count;
                    foreach (var p in payloads)
                        if (Valid(p, t, u0, u) && (!hyphenated || IsCountryPayload(p))) _valid.Add(p);
                    if (_valid.Count == mark) continue;
                    if (bestEnd >= 0)
                    {
                        _valid.RemoveRange(bestStart, bestCount); // the shorter match just before this one
                        mark -= bestCount;
                    }
                    bestStart = mark;
                    bestCount = _valid.Count - mark;
                    bestEnd = tu + 1;
                }
                if (bestEnd < 0)
                {
                    t++;
                    continue;
                }
                _hits.Add(new Hit(t, bestEnd, bestStart, bestCount));
                t = bestEnd;
            }
        }

        private bool IsCountryPayload(in Payload p) => p.Kind == PayloadKind.Actor && _m.Kb[p.Index].Kind == ActorKind.Country;

        private ReadOnlySpan<char> UnitText(int u) => _text.AsSpan(_uStart[u], _uEnd[u] - _uStart[u]);

        private bool Valid(in Payload p, int t, int u0, int u1)
        {
            switch (p.Case)
            {
                case AliasCase.Capitalized:
                    char c = _text[_uStart[u0]];
                    if (!char.IsUpper(c) && !char.IsDigit(c)) return false;
                    break;
                case AliasCase.Exact:
                    if (p.ExactUnits is null || p.ExactUnits.Length != u1 - u0 + 1) return false;
                    for (int i = 0; i <= u1 - u0; i++)
                        if (!UnitText(u0 + i).SequenceEqual(p.ExactUnits[i])) return false;
                    break;
            }
            if (p.NotAfterName && t > 0 && !_sentenceStart[t] && IsCapitalizedWord(t - 1)) return false;
            return true;
        }

        private bool IsCapitalizedWord(int t)
        {
            var tk = _tok[t];
            return tk.Length > 0 && char.IsUpper(_text[tk.Start]) && char.IsLetter(_text[tk.Start]);
        }

        private bool IsLowerWord(int t)
        {
            var tk = _tok[t];
            return tk.Length > 0 && char.IsLower(_text[tk.Start]);
        }

        /// <summary>
        /// A curated armed or political group (Hamas, KNLA, M23) or intergovernmental body (NATO, Uni Eropa, PBB) a hit names,
        /// by entry index; -1 when none.
        /// </summary>
        private int GroupOf(in Hit h)
        {
            foreach (var p in P(h))
                if (p.Kind == PayloadKind.Actor && p.Curated && !p.ContextOnly && _m.Kb[p.Index].Kind is ActorKind.Group or ActorKind.Igo)
                    return p.Index;
            return -1;
        }

        /// <summary>The country a group's titled members take, or for an IGO its code (its office holders carry it whole).</summary>
        private string? GroupKey(int entry) => Resolve(entry) is { } g ? g.Country ?? (g.Code.Length > 0 ? g.Code : null) : null;

        /// <summary>1 when token <paramref name="t"/> is an English possessive "'s" ("Qatar's Foreign Minister"), else 0.</summary>
        private int Possessive(int t)
        {
            if (t >= _tok.Length || _tok[t].Length != 2 || _sentenceStart[t]) return 0;
            char a = _text[_tok[t].Start], b = _text[_tok[t].Start + 1];
            return a is '\'' or '\u2019' && b is 's' or 'S' ? 1 : 0;
        }

        private bool IsComma(int t) => t < _tok.Length && _tok[t].Length == 1 && _text[_tok[t].Start] == ',';

        private ReadOnlySpan<Payload> P(in Hit h) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_valid).Slice(h.Start, h.Count);

        private void Link()
        {
            int h = 0;
            for (int t = 0; t < _tok.Length;)
            {
                if (h < _hits.Count && _hits[h].First == t)
                {
                    (t, h) = LinkHit(h);
                    continue;
                }
                if (_memory.Count > 0 && IsCapitalizedWord(t) && Remembered(t) is { Ambiguous: false } item)
                    Emit(t, t + 1, EntityType.PER, item.Actor, null, item.Actor.Id);
                t++;
            }
        }

        private (int NextToken, int NextHit) LinkHit(int h)
        {
            var x = _hits[h];
            // "Bank Rakyat Indonesia": a role word inside a longer name is no role word.
            int agent = AfterUnexplainedName(x.First) ? -1 : AgentOf(x, AgentCountry.After, titleOk: true);
            if (agent >= 0)
            {
                var a = _m.Agents[agent];
                int j = h + 1, end = x.End;
                string? country = null;
                if ((a.Country & AgentCountry.After) != 0 && j < _hits.Count && _hits[j].First == end
                    && CountryOf(_hits[j]) is { } c)
                {
                    country = c;
                    end = _hits[j].End;
                    j++;
                }
                // "Menteri Luar Negeri (Menlu) Jepang Nama": a bracketed short form between the title and its country.
                else if ((a.Country & AgentCountry.After) != 0 && a.Title && ClosingBracket(end) is int close and > 0)
                {
                    int jj = j;
                    while (jj < _hits.Count && _hits[jj].First <= close) jj++;
                    if (jj < _hits.Count && _hits[jj].First == close + 1 && CountryOf(_hits[jj]) is { } bc)
                    {
                        var tb = TitledName(x.First, _hits[jj].End, jj + 1, a, bc, jj);
                        if (tb is not null) return tb.Value;
                    }
                }
                // "Menteri Informasi Kamboja(,) Nama": an unlisted capitalized portfolio between a bare minister title and its country.
                else if ((a.Country & AgentCountry.After) != 0 && a.Portfolio && PortfolioEnd(end, j) is int pe and > 0
                         && j < _hits.Count && _hits[j].First == pe && CountryOf(_hits[j]) is { } pc
                         && TitledName(x.First, _hits[j].End, j + 1, a, pc, j) is { } viaPortfolio)
                    return viaPortfolio;
                if (TitledName(x.First, end, j, a, country, country is null ? -1 : h + 1) is { } titled) return titled;
                // "Juru Bicara Kementerian Luar Negeri Filipina, Nama": a title, then its institution with the country.
                if (country is null && a.Title && j + 1 < _hits.Count && _hits[j].First == end
                    && AgentOf(_hits[j], AgentCountry.After, titleOk: false) >= 0 && _hits[j + 1].First == _hits[j].End
                    && CountryOf(_hits[j + 1]) is { } instCountry
                    && TitledName(x.First, _hits[j + 1].End, j + 2, a, instCountry, j + 1,
                                  _m.Agents[AgentOf(_hits[j], AgentCountry.After, titleOk: false)].Sector, institution: j) is { } viaInstitution)
                    return viaInstitution;
                // "Pemimpin Hamas Nama", "Juru bicara sayap politik KNLA, Nama": a title, at most a few lower-case words, an
                // armed or political group, then a name that takes the group's code.
                if (country is null && a.Title)
                {
                    int g = j, tpos = end;
                    while (tpos - end < 3 && tpos < _tok.Length && !_sentenceStart[tpos] && IsLowerWord(tpos)
                           && !(g < _hits.Count && _hits[g].First == tpos))
                        tpos++;
                    if (g < _hits.Count && _hits[g].First == tpos && GroupOf(_hits[g]) is int grp and >= 0
                        && GroupKey(grp) is { } gc && Resolve(grp) is { } gActor
                        && TitledName(x.First, _hits[g].End, g + 1, a, gc, g, code: gActor.Code) is { } viaGroup)
                        return viaGroup;
                }
                if (country is not null)
                {
                    if (a.Title) ApposedBefore(x.First, country + a.Sector);
                    Emit(x.First, end, a.Type, _m.Kb.FromCode(Text(x.First, end), country + a.Sector), null, null);
                    return (end, j);
                }
                if (!HasNonAgent(x)) return (x.End, h + 1);
            }

            // "Hamas spokesman Nama", "M23 leader Nama": a group, then a title.
            // "NATO's Secretary General Nama", "EU foreign policy chief Nama": an IGO's office holder carries its code.
            int poss = Possessive(x.End);
            if (GroupOf(x) is int grpBefore and >= 0 && h + 1 < _hits.Count && _hits[h + 1].First == x.End + poss
                && AgentOf(_hits[h + 1], AgentCountry.Before, titleOk: true) is int gt and >= 0 && _m.Agents[gt].Title
                && GroupKey(grpBefore) is { } gcb && Resolve(grpBefore) is { } gbActor
                && TitledName(x.First, _hits[h + 1].End, h + 2, _m.Agents[gt], gcb, h, code: gbActor.Code) is { } groupTitled)
                return groupTitled;

            // "Fijian Home Affairs Minister Nama", "Australia's Pacific Minister Nama": an unlisted portfolio before a bare minister title.
            if (CountryOf(x) is { } pfCountry && h + 1 < _hits.Count && _hits[h + 1].First > x.End + poss
                && PortfolioEnd(x.End + poss, h + 1) == _hits[h + 1].First
                && AgentOf(_hits[h + 1], AgentCountry.Before, titleOk: false) is int pf and >= 0 && _m.Agents[pf].Portfolio
                && TitledName(x.First, _hits[h + 1].End, h + 2, _m.Agents[pf], pfCountry, h) is { } pfTitled)
                return pfTitled;

            if (CountryOf(x) is { } before && h + 1 < _hits.Count && _hits[h + 1].First == x.End + poss
                && AgentOf(_hits[h + 1], AgentCountry.Before, titleOk: false) is int post and >= 0)
            {
                var a = _m.Agents[post];
                int end = _hits[h + 1].End;
                if (TitledName(x.First, end, h + 2, a, before, h) is { } titled) return titled;
                // "Philippine Foreign Ministry spokesperson Nama": the institution, then a title; the name takes the institution's sector.
                if (!a.Title && h + 2 < _hits.Count && _hits[h + 2].First == end
                    && AgentOf(_hits[h + 2], AgentCountry.Before, titleOk: true) is int t2 and >= 0 && _m.Agents[t2].Title
                    && TitledName(x.First, _hits[h + 2].End, h + 3, _m.Agents[t2], before, h, a.Sector, institution: h + 1) is { } viaInstitution)
                    return viaInstitution;
                if (a.Title) ApposedBefore(x.First, before + a.Sector);
                Emit(x.First, end, a.Type, _m.Kb.FromCode(Text(x.First, end), before + a.Sector), null, null);
                return (end, h + 2);
            }

            LinkPlain(h);
            return (x.End, h + 1);
        }

        /// <summary>
        /// Title followed by a name: a known person (optionally after a comma) or, with a country, an unknown name.
        /// The title is consumed (no separate agent mention) but the mention covers the name only, so its text is the
        /// speaker's name for quotes ("Vladimir Putin", as the seed gold writes it); the title's code serves unknown names.
        /// The title's country keeps its own mention ("Rusia"), so the NER stage does not re-tag it without an actor.
        /// </summary>
        private (int, int)? TitledName(int first, int end, int j, AgentEntry a, string? country, int countryHit,
                                       string? sector = null, string? code = null, int institution = -1)
        {
            sector ??= a.Sector;
            if (!a.Title) return null;
            int k = end;
            // "the high commissioner of India Nama": the title's country after a link word, then the name.
            if (country is null && k + 1 < _tok.Length && !_sentenceStart[k + 1] && j < _hits.Count && _hits[j].First == k + 1
                && _m.TitleCountryLinks.Contains(Key(k)) && CountryOf(_hits[j]) is { } linked
                && NameStartsAt(IsComma(_hits[j].End) ? _hits[j].End + 1 : _hits[j].End))
            {
                country = linked;
                countryHit = j;
                k = _hits[j].End;
                j++;
            }
            // "Dubes AS untuk Rusia, Nama": the posting's country is a mention of its own; the name keeps the title's country.
            int postingHit = -1;
            if (country is not null && k + 1 < _tok.Length && _m.Postings.Contains(Key(k)) && j < _hits.Count
                && _hits[j].First == k + 1 && CountryOf(_hits[j]) is not null)
            {
                postingHit = j;
                k = _hits[j].End;
                j++;
            }
            // "Juru bicara pertahanan India Kolonel Nama": a rank between the country and the name; the name keeps the first title.
            if (country is not null && j < _hits.Count && _hits[j].First == k && k + 1 < _tok.Length && !_sentenceStart[k]
                && AgentOf(_hits[j], AgentCountry.None, titleOk: true) is int rank and >= 0 && _m.Agents[rank].Title
                && !HasNonAgent(_hits[j]) && NameStartsAt(_hits[j].End))
            {
                k = _hits[j].End;
                j++;
            }
            bool comma = IsComma(k);
            if (comma) k++;
            if (j < _hits.Count && _hits[j].First == k && PersonOf(_hits[j]) is int person and >= 0
                && !(!_m.Kb[person].Curated && NameGoesOn(_hits[j].End, j + 1)))
            {
                if (institution >= 0) EmitInstitution(institution, countryHit, country!, sector);
                else if (countryHit >= 0) LinkPlain(countryHit, titled: true); // "Rusia" in "Presiden Rusia Vladimir Putin" stays a mention
                if (postingHit >= 0) LinkPlain(postingHit);
                var actor = Resolve(person);
                // The title says which office the person holds here ("Sekretaris Jenderal NATO Nama" in an undated article).
                string? want = code ?? country;
                if (want is not null && !actor.Code.StartsWith(want, StringComparison.Ordinal)
                    && _m.Kb.ResolveAs(person, _date, want) is { } asTitled)
                    actor = _resolved[person] = asTitled;
                Emit(_hits[j].First, _hits[j].End, EntityType.PER, actor, null, actor.Id);
                Remember(_hits[j].First, _hits[j].End, actor);
                // "juru bicara Milei, Nama Lengkap": the title belongs to the full name after the comma, who takes the person's country.
                if (country is null && code is null && actor.Country is { } pc && IsComma(_hits[j].End)
                    && ApposedName(_hits[j].End + 1, j + 1) is int nameEnd and > 0)
                {
                    var apposed = _m.Kb.FromCode(Text(_hits[j].End + 1, nameEnd), pc + sector);
                    Emit(_hits[j].End + 1, nameEnd, EntityType.PER, apposed, null, null);
                    Remember(_hits[j].End + 1, nameEnd, apposed);
                    int next = j + 1;
                    while (next < _hits.Count && _hits[next].First < nameEnd) next++;
                    return (nameEnd, next);
                }
                return (_hits[j].End, j + 1);
            }
            if (country is null && comma) return null;
            int m = k, words = 0, limit = MaxUnknownNameTokens;
            while (m < _tok.Length && !_sentenceStart[m])
            {
                if (j < _hits.Count && _hits[j].First <= m)
                {
                    // "Karine Jean-Pierre", "Johann Wagner": a place or a one-word group alias inside a titled name is part of it.
                    if (_hits[j].First < m || words + (_hits[j].End - _hits[j].First) > limit || !Absorbable(_hits[j])) break;
                    words += _hits[j].End - _hits[j].First;
                    m = _hits[j].End;
                    j++;
                    continue;
                }
                if (IsCapitalizedWord(m))
                {
                    if (words == limit) break;
                    words++;
                    m++;
                    continue;
                }
                // "Sheikh Nama bin Nama Al Nama": a lower-case particle inside the name, another capitalized word after it.
                if (words > 0 && m + 1 < _tok.Length && !_sentenceStart[m + 1] && IsCapitalizedWord(m + 1)
                    && !(j < _hits.Count && _hits[j].First <= m + 1) && _m.NameParticles.Contains(Key(m)))
                {
                    limit += 2;
                    m++;
                    continue;
                }
                break;
            }
            if (m == k) return null;
            if (country is null)
            {
                // "Foreign Minister Nama of Jordan": the country after the name.
                if (m + 1 < _tok.Length && !_sentenceStart[m + 1] && _m.TitleCountryLinks.Contains(Key(m))
                    && j < _hits.Count && _hits[j].First == m + 1 && CountryOf(_hits[j]) is { } after)
                {
                    var named = _m.Kb.FromCode(Text(k, m), after + sector);
                    Emit(k, m, EntityType.PER, named, null, null);
                    Remember(k, m, named);
                    LinkPlain(j);
                    return (_hits[j].End, j + 1);
                }
                return null;
            }
            // After a comma only a full name in apposition ("juru bicara pemerintah Jepang, Nama Keluarga,"): two words or
            // more, closed by punctuation or a lower-case word, not the start of a list of capitalized words.
            if (comma && (m - k < 2 || (m < _tok.Length && (IsCapitalizedWord(m) || (j < _hits.Count && _hits[j].First == m)))))
                return null;
            if (institution >= 0) EmitInstitution(institution, countryHit, country, sector);
            else if (countryHit >= 0) LinkPlain(countryHit, titled: true);
            if (postingHit >= 0) LinkPlain(postingHit);
            var coded = _m.Kb.FromCode(Text(k, m), code ?? country + sector);
            Emit(k, m, EntityType.PER, coded, null, null);
            Remember(k, m, coded);
            return (m, j);
        }

        /// <summary>
        /// "Nama Lengkap, Menteri Luar Negeri Irak, …", "Full Name, Kosovo's foreign minister": an unknown full name (two to four
        /// capitalized words nothing has linked) closed by a comma right before a title with a country takes the title's code.
        /// </summary>
        private void ApposedBefore(int titleFirst, string code)
        {
            int comma = titleFirst - 1;
            if (comma < 2 || !IsComma(comma) || _sentenceStart[titleFirst]) return;
            int s = comma;
            while (s > 0 && comma - s < MaxUnknownNameTokens && IsCapitalizedWord(s - 1))
            {
                s--;
                if (_sentenceStart[s]) break;
            }
            if (comma - s < 2 || _lastEmitEnd > s) return;
            if (!_sentenceStart[s] && s > 0 && IsCapitalizedWord(s - 1)) return;
            var named = _m.Kb.FromCode(Text(s, comma), code);
            Emit(s, comma, EntityType.PER, named, null, null);
            Remember(s, comma, named);
        }

        /// <summary>
        /// "Kementerian Luar Negeri China", "Philippine Foreign Ministry" between a title and its name: one ORG mention with the
        /// institution's code, so neither the country alone nor the NER stage leaves it without an actor.
        /// </summary>
        private void EmitInstitution(int institution, int countryHit, string country, string sector)
        {
            int first = Math.Min(_hits[institution].First, _hits[countryHit].First);
            int end = Math.Max(_hits[institution].End, _hits[countryHit].End);
            Emit(first, end, EntityType.ORG, _m.Kb.FromCode(Text(first, end), country + sector), null, null);
        }

        /// <summary>
        /// End of one to three capitalized words from <paramref name="t"/> that no hit explains (a portfolio: "Informasi",
        /// "Home Affairs"); -1 when none.
        /// </summary>
        private int PortfolioEnd(int t, int nextHit)
        {
            int limit = nextHit < _hits.Count ? _hits[nextHit].First : _tok.Length;
            int m = t;
            while (m < limit && m - t < 3 && !_sentenceStart[m] && IsCapitalizedWord(m)) m++;
            return m > t && (m == limit || !IsCapitalizedWord(m)) ? m : -1;
        }

        /// <summary>The token index of ")" closing a bracket of one to three words opened at <paramref name="t"/>; -1 when none.</summary>
        private int ClosingBracket(int t)
        {
            if (t >= _tok.Length || _sentenceStart[t] || _tok[t].Length != 1 || _text[_tok[t].Start] != '(') return -1;
            for (int i = t + 2; i <= t + 4 && i < _tok.Length && !_sentenceStart[i]; i++)
                if (_tok[i].Length == 1 && _text[_tok[i].Start] == ')') return i;
            return -1;
        }

        private bool NameStartsAt(int t) => t < _tok.Length && !_sentenceStart[t] && IsCapitalizedWord(t);

        /// <summary>
        /// A one-word Phoenix name the title's name goes on past ("Menlu Irak Hassan Nama"): a capitalized word that no
        /// country, role word or curated entry explains follows it, so the person is someone else.
        /// </summary>
        private bool NameGoesOn(int t, int nextHit)
        {
            if (t >= _tok.Length || _sentenceStart[t] || !IsCapitalizedWord(t)) return false;
            return !(nextHit < _hits.Count && _hits[nextHit].First == t && !Absorbable(_hits[nextHit]));
        }

        /// <summary>
        /// End of a full unknown name in apposition starting at <paramref name="t"/>: two to four capitalized words no hit
        /// explains, closed by punctuation or a lower-case word; -1 otherwise.
        /// </summary>
        private int ApposedName(int t, int nextHit)
        {
            while (nextHit < _hits.Count && _hits[nextHit].First < t) nextHit++;
            int m = t;
            while (m < _tok.Length && !_sentenceStart[m] && IsCapitalizedWord(m) && m - t < MaxUnknownNameTokens)
            {
                if (nextHit < _hits.Count && _hits[nextHit].First == m)
                {
                    // A one-word place or Phoenix name inside the name ("Carlos Rivera") is part of it.
                    if (_hits[nextHit].End - m != 1 || !Absorbable(_hits[nextHit])) break;
                    nextHit++;
                }
                m++;
            }
            if (m - t < 2) return -1;
            if (m < _tok.Length && !_sentenceStart[m] && (IsCapitalizedWord(m) || (nextHit < _hits.Count && _hits[nextHit].First == m))) return -1;
            return m;
        }

        /// <summary>
        /// A hit that may be a word of an unknown personal name: capitalized, and no country, capital, role word, or
        /// curated organisation or person (a one-word place, a Phoenix name, or a context-only alias like "Wagner").
        /// </summary>
        private bool Absorbable(in Hit h)
        {
            for (int t = h.First; t < h.End; t++)
                if (!IsCapitalizedWord(t)) return false;
            if (CountryOf(h) is not null) return false;
            foreach (var p in P(h))
            {
                if (p.Kind == PayloadKind.Agent) return false;
                if (p.Kind == PayloadKind.Actor && p.Curated && !p.ContextOnly) return false;
            }
            return true;
        }

        /// <param name="titled">The hit is a title's country ("Juru bicara Kementerian Luar Negeri China Nama"): the capitalized
        /// title words before it are explained, so it is no tail of a longer unknown name.</param>
        private void LinkPlain(int h, bool titled = false)
        {
            var x = _hits[h];
            var ps = P(x);
            int actor = -1;
            bool actorCurated = false;
            int placeCount = 0;
            bool placeCurated = false;
            Span<int> places = stackalloc int[Math.Min(ps.Length, 64)];
            foreach (var p in ps)
            {
                // "Wagner" is the Wagner Group only once the article has named the group another way.
                if (p.Kind == PayloadKind.Actor && p.ContextOnly && !_seenEntries.Contains(p.Index)) continue;
                if (p.Kind == PayloadKind.Actor && (actor < 0 || (p.Curated && !actorCurated)))
                {
                    actor = p.Index;
                    actorCurated = p.Curated;
                }
                else if (p.Kind == PayloadKind.Place && placeCount < places.Length)
                {
                    places[placeCount++] = p.Index;
                    placeCurated |= p.Curated;
                }
            }

            // A surname remembered from this article beats a place or another entry of the same spelling.
            if (x.End - x.First == 1 && (actor < 0 || _m.Kb[actor].Kind != ActorKind.Person)
                && Remembered(x.First) is { } item)
            {
                if (!item.Ambiguous) Emit(x.First, x.End, EntityType.PER, item.Actor, null, item.Actor.Id);
                return;
            }
            PlaceEntry? place = null;
            if (placeCount > 0)
            {
                string? following = null;
                if (IsComma(x.End) && h + 1 < _hits.Count && _hits[h + 1].First == x.End + 1) following = CountryOf(_hits[h + 1]);
                int chosen = _m.Gazetteer.Choose(places[..placeCount], following, _context);
                place = _m.Gazetteer[chosen];
            }

            // An unchecked (Phoenix) name loses to a capital or hand-listed place of the same spelling ("Kyiv" is the
            // city standing for Ukraine, not a Phoenix actor).
            if (actor >= 0 && !actorCurated && place is not null && (place.ActorId is not null || placeCurated)) actor = -1;

            if (actor >= 0)
            {
                var entry = _m.Kb[actor];
                if (entry.Kind is ActorKind.Country && placeCount == 0 && !titled && InsideLongerName(x)) return;
                var resolved = Resolve(actor);
                var type = ActorKnowledgeBase.TypeOf(entry.Kind);
                foreach (var p in ps)
                    if (p.Kind == PayloadKind.Actor && p.Index == actor) type = p.Type;
                var placeRef = _m.CountryPlaces[actor] ?? (type is EntityType.GPE or EntityType.LOC ? place?.Place : null);
                // A news organisation ("told Reuters", "dikutip dari Antara") is where the story came from, never a party to
                // an event: the mention keeps its entity id (cited sources carry the MED code) but no actor.
                if (entry.Kind == ActorKind.Media)
                {
                    Emit(x.First, x.End, type, null, null, entry.Id);
                    return;
                }
                Emit(x.First, x.End, type, resolved, placeRef, entry.Id);
                _seenEntries.Add(actor);
                if (entry.Kind == ActorKind.Person) Remember(x.First, x.End, resolved);
                return;
            }

            if (place is null) return;
            if (x.End - x.First == 1 && !placeCurated && !DoubtfulPlaceOk(x.First, place)) return;
            if (!titled && InsideLongerName(x)) return;
            ActorRef? placeActor = null;
            string? entityId = null;
            if (place.ActorId is { } id && _m.Kb.IndexOf(id) is int ai and >= 0)
            {
                placeActor = Resolve(ai);
                entityId = id;
            }
            var ptype = place.Place.Kind is "region" or "sea" or "island" or "feature" ? EntityType.LOC : EntityType.GPE;
            Emit(x.First, x.End, ptype, placeActor, place.Place, entityId);
        }

        /// <summary>
        /// A one-word GeoNames name that is not hand-listed: not a common word ("Anda", "Lima", "It"; capitals too), and a small place
        /// only in a country the article already named ("Muridke" after "Pakistan", not "Chelsea" in a story about Russia).
        /// </summary>
        private bool DoubtfulPlaceOk(int t, PlaceEntry place)
        {
            var span = _text.AsSpan(_tok[t].Start, _tok[t].Length);
            Span<char> buf = stackalloc char[NameText.MaxUnit];
            int n = span.Length <= NameText.MaxUnit ? NameText.Fold(span, buf) : -1;
            if (n > 0 && _m.Gazetteer.CommonWords.Contains(buf[..n])) return false;
            if (place.Capital) return true;
            if (place.Population >= SmallPlace) return true;
            return place.Place.Country is { } c && _context.Contains(c);
        }

        /// <summary>
        /// A one-word country or place right after a capitalized word that no hit explains is the tail of a longer name
        /// ("Bank Rakyat Indonesia", "Universitas Indonesia"): left whole to the NER stage instead of linked alone.
        /// </summary>
        private bool InsideLongerName(in Hit x) => x.End - x.First == 1 && AfterUnexplainedName(x.First);

        /// <summary>Token <paramref name="t"/> is capitalized and follows a capitalized word that no emitted mention covers.</summary>
        private bool AfterUnexplainedName(int t)
        {
            if (t == 0 || _sentenceStart[t] || !IsCapitalizedWord(t)) return false;
            int p = t - 1;
            return IsCapitalizedWord(p) && !_sentenceStart[p] && _lastEmitEnd <= p;
        }

        private int AgentOf(in Hit h, AgentCountry need, bool titleOk)
        {
            var ps = P(h);
            foreach (var p in ps)
            {
                if (p.Kind != PayloadKind.Agent) continue;
                var a = _m.Agents[p.Index];
                if ((a.Country & need) != 0 || (titleOk && a.Title)) return p.Index;
            }
            return -1;
        }

        private bool HasNonAgent(in Hit h)
        {
            foreach (var p in P(h))
                if (p.Kind != PayloadKind.Agent) return true;
            return false;
        }

        private int PersonOf(in Hit h)
        {
            int best = -1;
            foreach (var p in P(h))
            {
                if (p.Kind != PayloadKind.Actor || _m.Kb[p.Index].Kind != ActorKind.Person) continue;
                if (best < 0 || (p.Curated && !_m.Kb[best].Curated)) best = p.Index;
            }
            return best;
        }

        /// <summary>The country a hit stands for: a country, demonym or seat entry, or a capital.</summary>
        private string? CountryOf(in Hit h)
        {
            foreach (var p in P(h))
            {
                if (p.Kind == PayloadKind.Actor)
                {
                    var e = _m.Kb[p.Index];
                    if (e.Kind is ActorKind.Country or ActorKind.Demonym or ActorKind.Seat)
                    {
                        var code = ActorKnowledgeBase.CodeAt(e, _date);
                        if (code.Length >= 3 && _m.Kb.IsCountryCode(code.AsSpan(0, 3))) return code[..3];
                    }
                }
                else if (p.Kind == PayloadKind.Place && _m.Gazetteer[p.Index] is { Capital: true } cap)
                {
                    return cap.Place.Country;
                }
            }
            return null;
        }

        /// <summary>An entry resolved for the article date, once per document.</summary>
        private ActorRef Resolve(int entry)
        {
            if (!_resolved.TryGetValue(entry, out var actor))
                _resolved[entry] = actor = _undated ? _m.Kb.ResolveUndated(entry, _date) : _m.Kb.Resolve(entry, _date);
            return actor;
        }

        private string Text(int first, int end) => _text[_tok[first].Start.._tok[end - 1].End];

        private void Emit(int first, int end, EntityType type, ActorRef? actor, PlaceRef? place, string? entityId)
        {
            _lastEmitEnd = end;
            _doc.Mentions.Add(new Mention
            {
                Start = _tok[first].Start,
                End = _tok[end - 1].End,
                Type = type,
                Actor = actor,
                Place = place,
                Source = MentionSource.KnowledgeBase,
                EntityId = entityId,
            });
            if (actor?.Country is { } c) _context.Add(c);
            if (place?.Country is { } pc) _context.Add(pc);
        }

        private void Remember(int first, int end, ActorRef actor)
        {
            string identity = actor.Id ?? actor.Name;
            for (int t = first; t < end; t++)
            {
                if (!IsCapitalizedWord(t)) continue;
                var key = Key(t);
                if (key.Length < 2) continue;
                if (_memory.TryGetValue(key, out var old))
                {
                    if (old.Identity != identity) old.Ambiguous = true;
                    continue;
                }
                _memory[key] = new MemoryItem(actor, identity);
            }
        }

        private MemoryItem? Remembered(int t)
        {
            if (_memory.Count == 0) return null;
            var span = _text.AsSpan(_tok[t].Start, _tok[t].Length);
            if (span.Length > NameText.MaxUnit) return null;
            Span<char> buf = stackalloc char[NameText.MaxUnit];
            int n = NameText.Fold(span, buf);
            if (n <= 0) return null;
            return _memory.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buf[..n], out var item) ? item : null;
        }

        private string Key(int t) => NameText.Fold(_text.AsSpan(_tok[t].Start, _tok[t].Length));
    }
}

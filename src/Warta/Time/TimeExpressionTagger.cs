using Warta.Documents;
using Warta.Pipeline;

namespace Warta.Time;

/// <summary>
/// Finds time expressions (Indonesian, Malay, English) and resolves them against the publication date:
/// absolute dates ("Jumat 21 Juni 2024", "Kamis (20/6)", "June 21, 2024", "Juni 2024", "tahun 2000"),
/// weekdays ("pada Rabu" → the latest Wednesday on or before publication, the next one in a future clause),
/// relative words ("kemarin", "awal bulan ini", "dua hari lalu", "last week") and dates relative to an
/// earlier date ("keesokan harinya"). Times relative to another event ("sehari setelah mengunjungi …")
/// go to <see cref="AnchoredTimes"/>. Without a publication date only expressions that carry their own
/// year are resolved. Word lists are lang/&lt;code&gt;/time.tsv.
/// </summary>
public sealed class TimeExpressionTagger : IStage
{
    private readonly TimeLexicon _lexicon;

    public TimeExpressionTagger() : this(TimeLexicon.Default)
    {
    }

    internal TimeExpressionTagger(TimeLexicon lexicon) => _lexicon = lexicon;

    public string Name => "time";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Provides => Layers.Times;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        new Scan(document, _lexicon.Table).Run();
    }

    /// <summary>A parsed expression: tokens [first, Next), characters [Start, End), its value or anchor.</summary>
    private struct Cand
    {
        public int Next;
        public int Start;
        public int End;
        public DateValue? Value;

        /// <summary>Days relative to the previous day-precision date in the text ("keesokan harinya").</summary>
        public int PrevDays;
        public bool Prev;

        /// <summary>Relative to the event of the clause that starts at token <see cref="AnchorToken"/>.</summary>
        public bool Anchored;
        public int AnchorAmount;
        public TimeUnit AnchorUnit;
        public int AnchorToken;
    }

    /// <summary>Day, month, year (0 when not written) and an optional last day of a range.</summary>
    private readonly record struct Core(int Next, int Year, int Month, int Day, int DayTo, bool Numeric);

    private readonly record struct PendingAnchor(int Index, int AnchorStart, int ClauseEnd);

    /// <summary>State for one document; the stage itself stays immutable.</summary>
    private sealed class Scan
    {
        private readonly Document _doc;
        private readonly string _text;
        private readonly Token[] _tok;
        private readonly PhraseTable<TimeWord> _table;
        private readonly DateOnly? _pub;

        // Phrase matches of every token, longest first: _matches[_first[i] .. _first[i + 1]).
        private readonly List<PhraseTable<TimeWord>.Match> _matches = [];
        private readonly int[] _first;

        private readonly List<AnchoredTime> _anchors = [];
        private readonly List<PendingAnchor> _pending = [];
        private int _sFirst, _sEnd;

        public Scan(Document doc, PhraseTable<TimeWord> table)
        {
            _doc = doc;
            _text = doc.Text;
            _tok = doc.Tokens;
            _table = table;
            _pub = doc.PublishedDate ?? PublishedFromMetadata(doc.Metadata.Published);
            _first = new int[_tok.Length + 1];
        }

        /// <summary>The date part of an ISO 8601 publication instant ("2024-06-21T14:29:00+07:00"), when the input gave no date.</summary>
        private static DateOnly? PublishedFromMetadata(string? published) =>
            published is { Length: >= 10 }
            && DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var d)
                ? d
                : null;

        public void Run()
        {
            foreach (var s in _doc.Sentences)
            {
                _sFirst = s.FirstToken;
                _sEnd = Math.Min(s.EndToken, _tok.Length);
                for (int i = _sFirst; i < _sEnd; i++)
                {
                    _first[i] = _matches.Count;
                    _table.MatchAt(_text, _tok, i, _sEnd, _matches);
                    _first[i + 1] = _matches.Count;
                }
                int k = _sFirst;
                while (k < _sEnd)
                {
                    var c = Best(k);
                    if (c.Next <= k) { k++; continue; }
                    Emit(c);
                    k = c.Next;
                }
            }
            ResolveAnchors();
            AnchoredTimes.Set(_doc, _anchors);
        }

        private Cand Best(int i)
        {
            Cand best = default;
            Consider(ref best, TryAbsolute(i));
            Consider(ref best, TryRel(i));
            Consider(ref best, TryCount(i));
            Consider(ref best, TryPrevRel(i));
            Consider(ref best, TryMonth(i));
            Consider(ref best, TryYear(i));
            Consider(ref best, TryWeekday(i));
            return best;
        }

        // Longest wins; on a tie the parser tried first.
        private static void Consider(ref Cand best, Cand c)
        {
            if (c.Next > best.Next) best = c;
        }

        private void Emit(Cand c)
        {
            if (c.Anchored)
            {
                int anchorStart = c.AnchorToken < _sEnd ? _tok[c.AnchorToken].Start : c.End;
                int clauseEnd = _tok[_sEnd - 1].End;
                for (int k = c.AnchorToken; k < _sEnd; k++)
                    if (IsClauseBreak(k)) { clauseEnd = _tok[k].Start; break; }
                _pending.Add(new PendingAnchor(_anchors.Count, anchorStart, clauseEnd));
                _anchors.Add(new AnchoredTime(c.Start, c.End, c.AnchorAmount, c.AnchorUnit, anchorStart, null));
                return;
            }
            var value = c.Value;
            if (c.Prev)
            {
                value = null;
                for (int k = _doc.Times.Count - 1; k >= 0; k--)
                {
                    var d = _doc.Times[k].Date;
                    if (d.Precision != DatePrecision.Day || d.To is not null) continue;
                    value = Calendar.Day(d.Value.AddDays(c.PrevDays));
                    break;
                }
            }
            if (value is not null) _doc.Times.Add(new TimeExpression(c.Start, c.End, value));
        }

        /// <summary>An anchored time whose anchor clause carries its own day-precision date resolves here.</summary>
        private void ResolveAnchors()
        {
            foreach (var p in _pending)
            {
                foreach (var t in _doc.Times)
                {
                    if (t.Start < p.AnchorStart || t.Start >= p.ClauseEnd) continue;
                    var a = _anchors[p.Index];
                    var resolved = a.Apply(t.Date);
                    if (resolved is null) break;
                    _anchors[p.Index] = a with { Resolved = resolved };
                    int at = 0;
                    while (at < _doc.Times.Count && _doc.Times[at].Start < a.Start) at++;
                    _doc.Times.Insert(at, new TimeExpression(a.Start, a.End, resolved));
                    break;
                }
            }
        }

        // ---- parsers: each returns a candidate starting at token i, or default ----

        /// <summary>"21 Juni 2024", "Jumat 21 Juni 2024", "Kamis (20/6)", "June 21, 2024", "(19/6)", "2024-06-21".</summary>
        private Cand TryAbsolute(int i)
        {
            int j = i;
            bool weekday = false;
            if (Has(j, TimeWordKind.Part, out var part) && WeekdayAfterDayCue(part.Next)) j = part.Next;
            if (Has(j, TimeWordKind.DayCue, out var dc) && IsWeekday(dc.Next, out _)) j = dc.Next;
            if (IsWeekday(j, out var w))
            {
                weekday = true;
                j = w.Next;
                // "Selasa malam (18/6/2024)".
                if (Has(j, TimeWordKind.Part, out var mid) && (IsChar(mid.Next, '(') || IsChar(mid.Next, ','))) j = mid.Next;
                if (IsChar(j, ',')) j++;
            }
            else j = i;
            bool paren = IsChar(j, '(');
            if (paren) j++;
            int coreStart = j;
            if (!TryNumericCore(j, out var core) && !TryDayMonthCore(j, out core) && !TryMonthDayCore(j, out core))
                return default;
            j = core.Next;
            if (paren)
            {
                if (!IsChar(j, ')')) return default;
                j++;
            }
            // A bare "3/4" may be a fraction or a score: take it only with a date cue or a year.
            if (core.Numeric && !weekday && !paren && core.Year == 0 && !CueBefore(i)) return default;
            int spanFirst = weekday ? i : coreStart, spanLast = weekday || !paren ? j - 1 : core.Next - 1;
            if (Has(j, TimeWordKind.Part, out var after))
            {
                j = after.Next;
                spanLast = j - 1;
            }
            return new Cand { Next = j, Start = _tok[spanFirst].Start, End = _tok[spanLast].End, Value = Resolve(core) };
        }

        private bool WeekdayAfterDayCue(int j) =>
            IsWeekday(j, out _) || (Has(j, TimeWordKind.DayCue, out var dc) && IsWeekday(dc.Next, out _));

        /// <summary>"kemarin", "hari ini", "awal bulan ini", "pekan lalu", "last week", "yesterday morning".</summary>
        private Cand TryRel(int i)
        {
            int next = 0;
            TimeWord word = default;
            if (Has(i, TimeWordKind.Rel, out var r)) { next = r.Next; word = r.Value; }
            if (Has(i, TimeWordKind.Modifier, out var mod) && Has(mod.Next, TimeWordKind.Rel, out var r2) && r2.Next > next)
            {
                next = r2.Next;
                word = r2.Value;
            }
            if (next == 0) return default;
            if (word.Unit == TimeUnit.Day && Has(next, TimeWordKind.Part, out var part)) next = part.Next;
            return new Cand { Next = next, Start = _tok[i].Start, End = _tok[next - 1].End, Value = ResolveRel(word, i, next) };
        }

        /// <summary>"dua hari lalu", "2 hari yang lalu", "two days ago", "sehari setelah …", "dua hari kemudian".</summary>
        private Cand TryCount(int i)
        {
            int n, j;
            TimeUnit unit;
            bool vague = false;
            if (Has(i, TimeWordKind.CountUnit, out var cu))
            {
                n = cu.Value.Value;
                unit = cu.Value.Unit;
                j = cu.Next;
            }
            else
            {
                if (PlainInt(i, 2, false) is int v && v > 0) { n = v; j = i + 1; }
                else if (Has(i, TimeWordKind.Number, out var num)) { n = num.Value.Value; j = num.Next; }
                else if (Has(i, TimeWordKind.Vague, out var vg)) { n = 0; vague = true; j = vg.Next; }
                else return default;
                if (!Has(j, TimeWordKind.Unit, out var u)) return default;
                unit = u.Value.Unit;
                j = u.Next;
            }
            var c = new Cand { Start = _tok[i].Start };
            if (Has(j, TimeWordKind.Ago, out var ago))
            {
                c.Next = ago.Next;
                c.Value = vague ? VagueAgo(unit) : Offset(unit, -n);
            }
            else if (!vague && Has(j, TimeWordKind.Later, out var later))
            {
                c.Next = later.Next;
                c.Value = Offset(unit, n);
            }
            else if (!vague && unit is TimeUnit.Day or TimeUnit.Week
                && (Has(j, TimeWordKind.Then, out var rel) || Has(j, TimeWordKind.Earlier, out rel)))
            {
                c.Next = rel.Next;
                c.Prev = true;
                c.PrevDays = (rel.Value.Kind == TimeWordKind.Then ? n : -n) * (unit == TimeUnit.Week ? 7 : 1);
            }
            else if (!vague && Has(j, TimeWordKind.Anchor, out var anchor) && anchor.Next < _sEnd)
            {
                c.Next = anchor.Next;
                c.Anchored = true;
                c.AnchorAmount = n * anchor.Value.Value;
                c.AnchorUnit = unit;
                c.AnchorToken = anchor.Next;
            }
            else return default;
            c.End = _tok[c.Next - 1].End;
            return c;
        }

        /// <summary>"keesokan harinya", "the next day": relative to the previous date in the text.</summary>
        private Cand TryPrevRel(int i)
        {
            if (!Has(i, TimeWordKind.PrevRel, out var p)) return default;
            return new Cand { Next = p.Next, Start = _tok[i].Start, End = p.End, Prev = true, PrevDays = p.Value.Value };
        }

        /// <summary>"Juni 2024", "bulan September", "awal Juni", "September lalu", "last March", "in May".</summary>
        private Cand TryMonth(int i)
        {
            int j = i;
            bool marked = CueBefore(i);
            int dir = 0;
            if (Has(j, TimeWordKind.Modifier, out var mod) && (IsMonth(mod.Next, out _) || Has(mod.Next, TimeWordKind.MonthCue, out _)))
            {
                marked = true;
                j = mod.Next;
            }
            if (Direction(j, out int d, out int afterDir) && IsMonth(afterDir, out _))
            {
                dir = d;
                j = afterDir;
            }
            if (Has(j, TimeWordKind.MonthCue, out var mc) && IsMonth(mc.Next, out _))
            {
                marked = true;
                j = mc.Next;
            }
            if (!IsMonth(j, out var m)) return default;
            int month = m.Value.Value;
            j = m.Next;
            var c = new Cand { Start = _tok[i].Start };
            int yj = IsChar(j, ',') ? j + 1 : j;
            if (Year4(yj) is int year && year is >= 1000 and <= 2999)
            {
                c.Next = yj + 1;
                c.Value = new DateValue(new DateOnly(year, month, 1), DatePrecision.Month);
            }
            else
            {
                if (dir == 0 && Direction(j, out d, out int afterPost))
                {
                    dir = d;
                    j = afterPost;
                    marked = true;
                }
                if (!marked && dir == 0) return default;
                c.Next = j;
                c.Value = ResolveMonth(month, dir, i, j);
            }
            c.End = _tok[c.Next - 1].End;
            return c;
        }

        /// <summary>"tahun 2000", "pada 2021", "awal 2024", "mid-2023", and bare years that pass the checks.</summary>
        private Cand TryYear(int i)
        {
            int j = i;
            bool marked = false, yearCue = false;
            if (Has(j, TimeWordKind.Modifier, out var mod))
            {
                int k = mod.Next;
                if (IsChar(k, '-') && _tok[k].Start == mod.End) k++;
                if (Has(k, TimeWordKind.YearCue, out _) || Year4(k) is not null)
                {
                    marked = true;
                    j = k;
                }
            }
            if (Has(j, TimeWordKind.YearCue, out var yc) && Year4(yc.Next) is not null)
            {
                yearCue = true;
                j = yc.Next;
            }
            int year;
            if (Year4(j) is int y) year = y;
            else if (GluedModifierYear(j) is int gy) { year = gy; marked = true; }
            else return default;
            int next = j + 1;
            // "2000-an" (the 2000s) is a decade, not a year.
            if (IsChar(next, '-') && next + 1 < _sEnd && _tok[next].Start == _tok[j].End) return default;
            if (yearCue) { if (year is < 1000 or > 2999) return default; }
            else if (CountedAfter(j)) return default;
            else if (marked || CueBefore(i)) { if (year is < 1800 or > 2200) return default; }
            else if (!BareYear(j, year)) return default;
            return new Cand { Next = next, Start = _tok[i].Start, End = _tok[j].End, Value = Calendar.Year(year) };
        }

        /// <summary>"Rabu", "pada hari Rabu", "Rabu pagi", "malam Rabu", "Rabu lalu", "next Wednesday".</summary>
        private Cand TryWeekday(int i)
        {
            int j = i;
            int dir = 0;
            if (Has(j, TimeWordKind.Part, out var part) && WeekdayAfterDayCue(part.Next)) j = part.Next;
            if (Direction(j, out int d, out int afterDir) && IsWeekday(afterDir, out _))
            {
                dir = d;
                j = afterDir;
            }
            if (Has(j, TimeWordKind.DayCue, out var dc) && IsWeekday(dc.Next, out _)) j = dc.Next;
            if (!IsWeekday(j, out var w)) return default;
            // "dua Minggu" is two weeks, not Sunday.
            if (j > _sFirst && Has(j, TimeWordKind.Unit, out _) && (PlainInt(j - 1, 3, false) is not null || Has(j - 1, TimeWordKind.Number, out _)))
                return default;
            int weekday = w.Value.Value;
            j = w.Next;
            if (dir == 0 && Direction(j, out d, out int afterPost))
            {
                dir = d;
                j = afterPost;
            }
            if (Has(j, TimeWordKind.Part, out var after)) j = after.Next;
            DateValue? value = null;
            if (_pub is DateOnly pub)
            {
                var day = dir switch
                {
                    -1 => Calendar.WeekdayOnOrBefore(pub, weekday, strict: true),
                    1 => Calendar.WeekdayOnOrAfter(pub, weekday, strict: true),
                    _ => IsFuture(i, j)
                        ? Calendar.WeekdayOnOrAfter(pub, weekday, strict: false)
                        : Calendar.WeekdayOnOrBefore(pub, weekday, strict: false),
                };
                value = Calendar.Day(day);
            }
            return new Cand { Next = j, Start = _tok[i].Start, End = _tok[j - 1].End, Value = value };
        }

        // ---- date cores ----

        /// <summary>"21/6/2024", "20/6", "26/7/23", "2024-06-21", "21-06-2024", "21.06.2024".</summary>
        private bool TryNumericCore(int i, out Core core)
        {
            core = default;
            if (i >= _sEnd || !char.IsDigit(_text[_tok[i].Start])) return false;
            int p = _tok[i].Start, n = _text.Length;
            int a = ReadDigits(ref p, out int la);
            if (la is 0 or > 4 || p >= n) return false;
            char sep = _text[p];
            if (sep is not ('/' or '-' or '.')) return false;
            p++;
            int b = ReadDigits(ref p, out int lb);
            if (lb is 0 or > 2) return false;
            int c = 0, lc = 0;
            if (p + 1 < n && _text[p] == sep && char.IsDigit(_text[p + 1]))
            {
                p++;
                c = ReadDigits(ref p, out lc);
                if (lc > 4) return false;
            }
            if (p < n && char.IsLetterOrDigit(_text[p])) return false;
            // A longer chain ("1/2/3/4", "1.2.3.4") is no date.
            if (p + 1 < n && _text[p] is '/' or '-' or '.' && char.IsDigit(_text[p + 1])) return false;
            int next = PhraseTable<TimeWord>.TokenEndingAt(_tok, i, _sEnd, p, _text);
            if (next < 0) return false;
            int year, month, day;
            if (la == 4)
            {
                if (lc is 0 or > 2 || sep == '.') return false;
                (year, month, day) = (a, b, c);
            }
            else
            {
                if (la > 2) return false;
                (day, month) = (a, b);
                if (lc == 4) year = c;
                else if (lc == 2 && sep == '/') year = 2000 + c;
                else if (lc == 0 && sep == '/') year = 0;
                else return false;
            }
            // Day first (Indonesian, Malay, British); month first only when the day-first reading is impossible ("6/21/2024").
            if (month > 12 && day <= 12 && la <= 2) (day, month) = (month, day);
            if (month is < 1 or > 12 || day is < 1 or > 31) return false;
            if (year != 0 && !Calendar.Valid(year, month, day)) return false;
            core = new Core(next, year, month, day, 0, true);
            return true;
        }

        /// <summary>"21 Juni 2024", "21 June", "20-21 Juni 2024", "21st of June".</summary>
        private bool TryDayMonthCore(int i, out Core core)
        {
            core = default;
            if (i >= _sEnd || !char.IsDigit(_text[_tok[i].Start])) return false;
            int p = _tok[i].Start;
            int day = ReadDigits(ref p, out int ld), dayTo = 0;
            if (ld is 0 or > 2) return false;
            int j;
            if (p + 1 < _text.Length && _text[p] is '-' or '\u2013' && char.IsDigit(_text[p + 1]))
            {
                p++;
                dayTo = ReadDigits(ref p, out int lt);
                if (lt > 2) return false;
                j = PhraseTable<TimeWord>.TokenEndingAt(_tok, i, _sEnd, p, _text);
                if (j < 0) return false;
            }
            else
            {
                if (PlainInt(i, 2, true) is null) return false;
                j = i + 1;
                // "20 - 21 Juni" written with spaces.
                if ((IsChar(j, '-') || IsChar(j, '\u2013')) && PlainInt(j + 1, 2, false) is int to && IsMonth(j + 2, out _))
                {
                    dayTo = to;
                    j += 2;
                }
            }
            if (day is < 1 or > 31 || (dayTo != 0 && (dayTo <= day || dayTo > 31))) return false;
            if (IsWord(j, "of")) j++;
            if (!IsMonth(j, out var m)) return false;
            j = m.Next;
            int year = 0;
            int yj = IsChar(j, ',') ? j + 1 : j;
            if (Year4(yj) is int y && y is >= 1000 and <= 2999)
            {
                year = y;
                j = yj + 1;
            }
            int month = m.Value.Value;
            if (year != 0 && (!Calendar.Valid(year, month, day) || (dayTo != 0 && !Calendar.Valid(year, month, dayTo)))) return false;
            core = new Core(j, year, month, day, dayTo, false);
            return true;
        }

        /// <summary>"June 21, 2024", "June 21", "Jun. 21st".</summary>
        private bool TryMonthDayCore(int i, out Core core)
        {
            core = default;
            if (!IsMonth(i, out var m)) return false;
            int j = m.Next;
            if (PlainInt(j, 2, true) is not int day || day is < 1 or > 31) return false;
            // "June 21:30" would be a clock time.
            if (IsChar(j + 1, ':')) return false;
            j++;
            int year = 0;
            int yj = IsChar(j, ',') ? j + 1 : j;
            if (Year4(yj) is int y && y is >= 1000 and <= 2999)
            {
                year = y;
                j = yj + 1;
            }
            int month = m.Value.Value;
            if (year != 0 && !Calendar.Valid(year, month, day)) return false;
            core = new Core(j, year, month, day, 0, false);
            return true;
        }

        // ---- resolution ----

        private DateValue? Resolve(Core c)
        {
            int year = c.Year;
            if (c.Day == 0) return year == 0 ? null : new DateValue(new DateOnly(year, c.Month, 1), DatePrecision.Month);
            if (year == 0)
            {
                if (_pub is not DateOnly pub) return null;
                year = Calendar.NearestYear(pub, c.Month, c.Day);
                if (year == 0) return null;
            }
            if (!Calendar.Valid(year, c.Month, c.Day)) return null;
            var from = new DateOnly(year, c.Month, c.Day);
            if (c.DayTo != 0)
                return Calendar.Valid(year, c.Month, c.DayTo)
                    ? new DateValue(from, DatePrecision.Day, new DateOnly(year, c.Month, c.DayTo))
                    : null;
            return Calendar.Day(from);
        }

        private DateValue? ResolveRel(TimeWord w, int first, int next)
        {
            if (_pub is not DateOnly pub) return null;
            if (w.Tensed)
            {
                // "akhir pekan", "the weekend": the coming one in a future clause, else the last one begun.
                if (w.Unit != TimeUnit.Weekend) return null;
                if (IsFuture(first, next)) return Calendar.Weekend(pub, 0);
                return Calendar.Weekend(pub, Calendar.IsoDay(pub) >= 6 ? 0 : -1);
            }
            return w.Unit == TimeUnit.Weekend ? Calendar.Weekend(pub, w.Value) : Offset(w.Unit, w.Value);
        }

        /// <summary><paramref name="n"/> units from publication: a day, a Monday–Sunday week, a month or a year.</summary>
        private DateValue? Offset(TimeUnit unit, int n)
        {
            if (_pub is not DateOnly pub) return null;
            return unit switch
            {
                TimeUnit.Day => Calendar.Day(pub.AddDays(n)),
                TimeUnit.Week => Calendar.Week(pub.AddDays(7 * n), 0),
                TimeUnit.Month => Calendar.Month(pub, n),
                TimeUnit.Year => Calendar.Year(pub.Year + n),
                _ => null,
            };
        }

        /// <summary>"beberapa hari lalu", "a few weeks ago": a wide range; months and years are too vague to keep.</summary>
        private DateValue? VagueAgo(TimeUnit unit)
        {
            if (_pub is not DateOnly pub) return null;
            return unit switch
            {
                TimeUnit.Day => new DateValue(pub.AddDays(-7), DatePrecision.Day, pub.AddDays(-2)),
                TimeUnit.Week => new DateValue(pub.AddDays(-35), DatePrecision.Day, pub.AddDays(-14)),
                _ => null,
            };
        }

        /// <summary>A month without a year: by the direction word, else by the clause's tense.</summary>
        private DateValue? ResolveMonth(int month, int dir, int first, int next)
        {
            if (_pub is not DateOnly pub) return null;
            int y = pub.Year;
            int pm = pub.Month;
            int year = dir switch
            {
                -1 => month < pm ? y : y - 1,
                1 => month > pm ? y : y + 1,
                2 => y,
                _ => IsFuture(first, next) ? (month >= pm ? y : y + 1) : (month <= pm ? y : y - 1),
            };
            return new DateValue(new DateOnly(year, month, 1), DatePrecision.Month);
        }

        /// <summary>
        /// Whether the clause around tokens [first, next) speaks of the future: a marker ("akan", "will") before
        /// it in the same clause, or right after it ("Pada Kamis, Putin akan …").
        /// </summary>
        private bool IsFuture(int first, int next)
        {
            for (int k = first - 1; k >= _sFirst && k >= first - 12; k--)
            {
                if (IsClauseBreak(k) || Has(k, TimeWordKind.Boundary, out _)) break;
                if (Has(k, TimeWordKind.Future, out _)) return true;
                if (Has(k, TimeWordKind.Past, out _)) return false;
            }
            for (int k = next; k < _sEnd && k < next + 5; k++)
            {
                if (k == next && IsChar(k, ',')) continue;
                if (IsClauseBreak(k) || Has(k, TimeWordKind.Boundary, out _)) break;
                if (Has(k, TimeWordKind.Future, out _)) return true;
                if (Has(k, TimeWordKind.Past, out _)) return false;
            }
            return false;
        }

        // ---- token tests ----

        private bool Has(int i, TimeWordKind kind, out PhraseTable<TimeWord>.Match match)
        {
            if (i >= _sFirst && i < _sEnd)
            {
                for (int k = _first[i]; k < _first[i + 1]; k++)
                {
                    if (_matches[k].Value.Kind != kind) continue;
                    match = _matches[k];
                    return true;
                }
            }
            match = default;
            return false;
        }

        private bool Capitalized(int i) => char.IsUpper(_text[_tok[i].Start]);

        private bool IsMonth(int i, out PhraseTable<TimeWord>.Match m) =>
            Has(i, TimeWordKind.Month, out m) && Capitalized(i);

        private bool IsWeekday(int i, out PhraseTable<TimeWord>.Match m) =>
            Has(i, TimeWordKind.Weekday, out m) && Capitalized(i);

        /// <summary>"lalu"/"last" (-1), "depan"/"next" (+1), "ini"/"this" (2) at token <paramref name="i"/>.</summary>
        private bool Direction(int i, out int dir, out int next)
        {
            // The longest of the three wins ("this coming" over "this").
            dir = 0;
            next = 0;
            if (Has(i, TimeWordKind.Last, out var m) && m.Next > next) { dir = -1; next = m.Next; }
            if (Has(i, TimeWordKind.Next, out m) && m.Next > next) { dir = 1; next = m.Next; }
            if (Has(i, TimeWordKind.This, out m) && m.Next > next) { dir = 2; next = m.Next; }
            return dir != 0;
        }

        private bool IsChar(int i, char c) =>
            i >= _sFirst && i < _sEnd && _tok[i].Length == 1 && _text[_tok[i].Start] == c;

        private bool IsWord(int i, string word) =>
            i >= _sFirst && i < _sEnd && _text.AsSpan(_tok[i].Start, _tok[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsClauseBreak(int i)
        {
            var t = _tok[i];
            if (t.Kind == TokenKind.Quote) return true;
            if (t.Length != 1) return false;
            return _text[t.Start] is ',' or ';' or ':' or '"' or '\u201C' or '\u201D';
        }

        /// <summary>A cue word ("pada", "on", "sejak") right before token <paramref name="i"/>.</summary>
        private bool CueBefore(int i)
        {
            if (i <= _sFirst) return false;
            // Cues are one word; look at the matches of the previous token that end where it ends.
            return Has(i - 1, TimeWordKind.Cue, out var m) && m.Next == i;
        }

        /// <summary>The value of a token of 1..<paramref name="maxDigits"/> digits ("21", or "21st" when allowed), else null.</summary>
        private int? PlainInt(int i, int maxDigits, bool ordinal)
        {
            if (i < _sFirst || i >= _sEnd) return null;
            var s = _text.AsSpan(_tok[i].Start, _tok[i].Length);
            int k = 0, v = 0;
            while (k < s.Length && char.IsAsciiDigit(s[k])) v = v * 10 + (s[k++] - '0');
            if (k == 0 || k > maxDigits) return null;
            if (k == s.Length) return v;
            if (!ordinal || s.Length - k != 2) return null;
            var suffix = s[k..];
            return suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)
                ? v
                : null;
        }

        /// <summary>The value of a token of exactly four digits, else null.</summary>
        private int? Year4(int i)
        {
            if (i < _sFirst || i >= _sEnd || _tok[i].Length != 4) return null;
            return PlainInt(i, 4, false);
        }

        /// <summary>"mid-2023" kept as one token: a modifier, a hyphen and four digits.</summary>
        private int? GluedModifierYear(int i)
        {
            if (i < _sFirst || i >= _sEnd) return null;
            var t = _tok[i];
            foreach (var e in _table.Candidates(_text, t))
            {
                if (e.Value.Kind != TimeWordKind.Modifier) continue;
                int end = PhraseTable<TimeWord>.MatchChars(_text, t.Start, e.Phrase);
                if (end < 0 || end + 5 != t.End || _text[end] != '-') continue;
                int p = end + 1;
                int y = ReadDigits(ref p, out int len);
                if (len == 4 && p == t.End) return y;
            }
            return null;
        }

        /// <summary>
        /// A four-digit number with no cue is a year only when it is in a plausible range and nothing marks it as
        /// a count, a name or a modifier: not after a capitalized word ("Resolusi 2669", "Pemilu 2024"), a number
        /// word, a currency or a blocker ("nomor", "sekitar", "a 2016 ruling"), and not before a counted noun ("2000 orang").
        /// </summary>
        private bool BareYear(int i, int year)
        {
            int lo = _pub is DateOnly pub ? pub.Year - 60 : 1950, hi = _pub is DateOnly p2 ? p2.Year + 5 : 2050;
            if (year < lo || year > hi) return false;
            if (i > _sFirst)
            {
                var prev = _tok[i - 1];
                if (prev.Kind is TokenKind.Number or TokenKind.Symbol) return false;
                if (prev.Kind == TokenKind.Word && char.IsUpper(_text[prev.Start]) && i - 1 > _sFirst) return false;
                if (Has(i - 1, TimeWordKind.Blocker, out _)) return false;
                if (Has(i - 1, TimeWordKind.Number, out _)) return false;
                if (prev.Length == 1 && _text[prev.Start] is '$' or '#' or '+' or '-' or '\u2212' or '/') return false;
            }
            if (i + 1 < _sEnd)
            {
                var next = _tok[i + 1];
                if (next.Length == 1 && _text[next.Start] is '%' or '/' or ':' or '-') return false;
            }
            return true;
        }

        /// <summary>A counted noun or a time unit after a number: "2000 orang", "2000 hari", "2000 people".</summary>
        private bool CountedAfter(int i) =>
            Has(i + 1, TimeWordKind.Counter, out _) || Has(i + 1, TimeWordKind.Unit, out _);

        private int ReadDigits(ref int p, out int length)
        {
            int v = 0, start = p;
            while (p < _text.Length && char.IsAsciiDigit(_text[p]) && p - start < 9) v = v * 10 + (_text[p++] - '0');
            length = p - start;
            return v;
        }
    }
}

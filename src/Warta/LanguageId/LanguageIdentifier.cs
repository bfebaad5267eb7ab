using Warta.Documents;
using Warta.Pipeline;

namespace Warta.LanguageId;

/// <summary>A language decision: the code ("id", "ms", "en" or "und"), its margin, and the raw scores.</summary>
public readonly record struct LanguageGuess(string Language, double Confidence, double ScoreId, double ScoreMs, double ScoreEn, double Coverage = 0)
{
    public const string Undetermined = "und";
}

/// <summary>
/// Identifies Indonesian, Malay and English. English against the Malay-Indonesian pair is a clear call for
/// character trigrams; Indonesian against Malay is not (the languages share most words and spelling), so
/// that decision leans on distinctive words ("kerana"/"karena", "bahawa"/"bahwa", "Ogos"/"Agustus") with the
/// trigram model as a weak tie-breaker. One pass over the text, no allocation per word.
/// A language given by the input is kept (normalized to ISO 639-1).
/// </summary>
public sealed class LanguageIdentifier : IStage
{
    /// <summary>Fewer letters than this: "und".</summary>
    public const int MinLetters = 10;

    /// <summary>Only the first characters are read; a news article decides long before.</summary>
    public const int MaxChars = 20_000;

    // Trigram log-probabilities are summed per trigram; neighbouring trigrams overlap, so their evidence is
    // scaled down before it meets the word evidence (log-odds per occurrence).
    private readonly double _betaFamily;
    private readonly double _betaIdMs;
    private readonly double _priorId;
    private readonly double _minCoverage;
    private readonly LanguageModel _model;

    public const double DefaultBetaFamily = 0.25, DefaultBetaIdMs = 0.02, DefaultPriorId = 0.5, DefaultMinCoverage = 0.15;

    public LanguageIdentifier() : this(LanguageModel.Default) { }

    /// <summary>
    /// Tuning knobs, exposed for `warta langid --eval`: trigram weight for English against the Malay-Indonesian
    /// pair, trigram weight for Indonesian against Malay, the prior log-odds for Indonesian (the engine's main
    /// language), and the least share of trigrams the profiles must know before a language is named.
    /// </summary>
    public LanguageIdentifier(LanguageModel model, double betaFamily = DefaultBetaFamily, double betaIdMs = DefaultBetaIdMs,
        double priorId = DefaultPriorId, double minCoverage = DefaultMinCoverage)
    {
        _model = model;
        _betaFamily = betaFamily;
        _betaIdMs = betaIdMs;
        _priorId = priorId;
        _minCoverage = minCoverage;
    }

    public string Name => "language";

    public Layers Requires => Layers.Text;

    public Layers Provides => Layers.Language;

    public void Process(Document document)
    {
        if (document.Language is { } given)
        {
            document.Language = NormalizeCode(given);
            return;
        }
        var guess = Identify(document.Text);
        document.Language = guess.Language;
        document.LanguageConfidence = guess.Confidence;
    }

    /// <summary>Maps codes inputs use ("ind", "id-ID", "in", "zsm", "may", "eng", "en-US") to ISO 639-1.</summary>
    public static string NormalizeCode(string code)
    {
        var c = code.Trim();
        int dash = c.IndexOfAny(['-', '_']);
        if (dash > 0) c = c[..dash];
        return c.ToLowerInvariant() switch
        {
            "id" or "ind" or "in" => "id",
            "ms" or "msa" or "may" or "zsm" or "zlm" => "ms",
            "en" or "eng" => "en",
            var other => other,
        };
    }

    private struct Scan
    {
        public int Letters;
        public int Trigrams;
        public int Known;
        public char P1, P2;
        public int Emitted;
        public double TriId, TriMs, TriEn;
        public double MarkId, MarkMs, MarkEn;
    }

    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxChars) text = text[..MaxChars];
        var s = new Scan { P1 = ' ', P2 = ' ', Emitted = 1 };
        Span<char> word = stackalloc char[64];
        Span<char> prev = stackalloc char[64];
        Span<char> pair = stackalloc char[129];
        int wlen = 0, plen = 0;
        bool overflow = false, breakSincePrev = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                char lc = char.ToLowerInvariant(c);
                s.Letters++;
                Emit(ref s, lc);
                if (wlen < word.Length) word[wlen++] = lc; else overflow = true;
                continue;
            }
            // A hyphen inside a word ("kerja-sama", "bersama-sama") stays in the word for marker lookup.
            if (c == '-' && wlen > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                Emit(ref s, ' ');
                if (wlen < word.Length) word[wlen++] = '-'; else overflow = true;
                continue;
            }
            if (wlen > 0)
            {
                EndWord(ref s, word[..wlen], overflow, prev, ref plen, pair, breakSincePrev);
                wlen = 0;
                overflow = false;
                breakSincePrev = false;
            }
            if (!char.IsWhiteSpace(c)) breakSincePrev = true;
            Emit(ref s, ' ');
        }
        if (wlen > 0) EndWord(ref s, word[..wlen], overflow, prev, ref plen, pair, breakSincePrev);
        Emit(ref s, ' ');
        return Decide(in s);
    }

    private void Emit(ref Scan s, char c)
    {
        if (c == ' ' && s.P2 == ' ') return;
        char a = s.P1, b = s.P2;
        s.P1 = b;
        s.P2 = c;
        s.Emitted++;
        if (s.Emitted < 3) return;
        s.Trigrams++;
        var m = _model;
        if (m.TryTrigram(LanguageModel.Pack(a, b, c), out int idx))
        {
            s.Known++;
            int o = idx * LanguageModel.Count;
            s.TriId += m.TrigramLogProb[o + LanguageModel.Id];
            s.TriMs += m.TrigramLogProb[o + LanguageModel.Ms];
            s.TriEn += m.TrigramLogProb[o + LanguageModel.En];
        }
        else
        {
            s.TriId += m.MissingLogProb[LanguageModel.Id];
            s.TriMs += m.MissingLogProb[LanguageModel.Ms];
            s.TriEn += m.MissingLogProb[LanguageModel.En];
        }
    }

    private void EndWord(ref Scan s, ReadOnlySpan<char> w, bool overflow, Span<char> prev, ref int plen, Span<char> pair, bool breakSincePrev)
    {
        if (overflow) { plen = 0; return; }
        var m = _model;
        if (m.Markers.TryGetValue(w, out int idx)) AddMarker(ref s, idx);
        if (plen > 0 && !breakSincePrev && plen + 1 + w.Length <= m.MaxMarkerLength)
        {
            prev[..plen].CopyTo(pair);
            pair[plen] = ' ';
            w.CopyTo(pair[(plen + 1)..]);
            if (m.Markers.TryGetValue(pair[..(plen + 1 + w.Length)], out int pidx)) AddMarker(ref s, pidx);
        }
        w.CopyTo(prev);
        plen = w.Length;
    }

    private void AddMarker(ref Scan s, int idx)
    {
        int o = idx * LanguageModel.Count;
        s.MarkId += _model.MarkerWeight[o + LanguageModel.Id];
        s.MarkMs += _model.MarkerWeight[o + LanguageModel.Ms];
        s.MarkEn += _model.MarkerWeight[o + LanguageModel.En];
    }

    private LanguageGuess Decide(in Scan s)
    {
        if (s.Letters < MinLetters) return new LanguageGuess(LanguageGuess.Undetermined, 0, 0, 0, 0);
        // The Malay-Indonesian family against English: trigram evidence plus word evidence.
        double malayTri = Math.Max(s.TriId, s.TriMs);
        double malayMark = Math.Max(s.MarkId, s.MarkMs);
        double family = _betaFamily * (malayTri - s.TriEn) + (malayMark - s.MarkEn);
        // Text none of the three profiles knows (another language, code, lists of names): undetermined.
        double coverage = s.Trigrams == 0 ? 0 : (double)s.Known / s.Trigrams;
        double idVsMs = _betaIdMs * (s.TriId - s.TriMs) + (s.MarkId - s.MarkMs) + _priorId;
        double scoreEn = -family;
        double scoreId = idVsMs > 0 ? idVsMs : 0;
        double scoreMs = idVsMs > 0 ? 0 : -idVsMs;
        if (coverage < _minCoverage && s.MarkId + s.MarkMs + s.MarkEn < 2)
            return new LanguageGuess(LanguageGuess.Undetermined, 0, scoreId, scoreMs, scoreEn, coverage);
        if (family < 0)
            return new LanguageGuess("en", Margin(-family), scoreId, scoreMs, scoreEn, coverage);
        return new LanguageGuess(idVsMs >= 0 ? "id" : "ms", Margin(Math.Min(Math.Abs(idVsMs), family)), scoreId, scoreMs, scoreEn, coverage);
    }

    /// <summary>A log-odds margin as a 0..1 confidence (1 − e^−margin).</summary>
    private static double Margin(double m) => 1 - Math.Exp(-m);
}

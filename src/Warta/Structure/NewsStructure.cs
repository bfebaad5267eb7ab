using System.Text;

namespace Warta.Structure;

/// <summary>
/// The news-structure pass over raw article text, line by line, before normalization: drops site clutter,
/// captions and repeated titles; lifts bylines, publication stamps, credits and the dateline into
/// <see cref="StructureFindings"/>; returns the body lines that remain.
/// Immutable after construction and thread-safe.
/// </summary>
public sealed class NewsStructure
{
    private readonly ClutterFilter _clutter;
    private readonly CreditFinder _credits;
    private readonly BylineParser _bylines;
    private readonly DatelineParser _datelines;

    internal NewsStructure(StructureData data, OutletDirectory outlets)
    {
        _clutter = new ClutterFilter(data);
        _credits = new CreditFinder(data, outlets);
        _bylines = new BylineParser(data, outlets);
        _datelines = new DatelineParser(data, outlets);
    }

    public static NewsStructure Default { get; } = new(StructureData.Default, OutletDirectory.Default);

    /// <param name="text">Raw article text, lines separated by any line break.</param>
    /// <param name="knownTitle">The title from the input's metadata; lines equal to it are dropped.</param>
    /// <param name="outlet">The input's outlet name, if any.</param>
    /// <param name="url">The input's URL, if any.</param>
    public string Process(string text, string? knownTitle, StructureFindings found, string? outlet = null, string? url = null)
    {
        var site = SiteNames.From(outlet, url);
        int bodyParagraphs = 0;
        bool bodySentence = false;
        var kept = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? titleKey = string.IsNullOrWhiteSpace(knownTitle) ? null : LineText.Key(knownTitle);
        int titleCandidate = -1;
        bool previousLineKept = false;
        bool bodyStarted = false;

        int lastKeptIndexBeforeLine = -1;
        var keys = new List<string>(); // ordinal order
        foreach (var rawLine in SplitLines(text))
        {
            lastKeptIndexBeforeLine = previousLineKept ? kept.Count - 1 : -1;
            previousLineKept = false;
            string line = _clutter.StripHeaders(rawLine.Trim());
            if (line.Length == 0 || _clutter.IsClutter(line)) continue;
            line = _clutter.CutTeasers(line).Trim();
            if (line.Length == 0) continue;
            if (titleKey is not null && LineText.KeyEquals(line, titleKey)) continue;

            if (_credits.Process(line, found) is not { } withoutCredits)
            {
                // A short label right above a caption ("South China Sea") belongs to the picture.
                if (kept.Count > 0 && kept.Count - 1 == lastKeptIndexBeforeLine && IsLabel(kept[^1]))
                {
                    if (titleCandidate == kept.Count - 1) titleCandidate = -1;
                    kept.RemoveAt(kept.Count - 1);
                }
                continue;
            }
            line = withoutCredits;

            if (_bylines.TryTake(line, found))
            {
                PromoteTitle();
                continue;
            }

            // Once the body has begun, only a strong dateline in the first few paragraphs still counts: after page junk
            // ("loading…", "A") a place in capitals ("DAMASKUS -"); after a sentence (a photo caption) only one with an
            // agency in parentheses ("TOKYO (Jiji Press) —"), as "JAKARTA - …" further down is prose.
            if (found.Dateline is null && (!bodyStarted || bodyParagraphs < MaxParagraphsBeforeDateline)
                && _datelines.TryTake(line, found, out string rest, site, strict: bodyStarted, agencyOnly: bodySentence))
            {
                PromoteTitle();
                bodyStarted = true;
                if (rest.Length == 0) continue; // the dateline stood alone on its line
                line = rest;
            }

            // A paragraph printed twice by the page layout (or a cut-off copy of one) would count its events twice.
            if (LineText.WordCount(line) >= 6)
            {
                string key = LineText.Key(line);
                if (!seen.Add(key) || StartsAny(keys, key, out int at)) continue;
                keys.Insert(at, key);
            }

            kept.Add(line);
            previousLineKept = true;
            if (bodyStarted) bodyParagraphs++;
            bodySentence |= LineText.WordCount(line) >= 4 && LineText.EndsSentence(line);
            if (!bodyStarted)
            {
                if (knownTitle is null && found.Title is null && titleCandidate < 0 && LineText.IsHeadlineLike(line))
                    titleCandidate = kept.Count - 1;
                else if (!LineText.IsHeadlineLike(line))
                    bodyStarted = true;
            }
        }

        return string.Join('\n', kept);

        // A headline-like first line directly followed by a byline or dateline is the title.
        void PromoteTitle()
        {
            if (titleCandidate < 0 || titleCandidate != kept.Count - 1) return;
            found.Title = kept[titleCandidate];
            titleKey = LineText.Key(found.Title);
            kept.RemoveAt(titleCandidate);
            titleCandidate = -1;
        }
    }

    /// <summary>Paragraphs (captions, junk) a dateline may follow once the body seems to have begun.</summary>
    private const int MaxParagraphsBeforeDateline = 3;

    /// <summary>
    /// Whether a kept key starts with <paramref name="prefix"/>. The keys are kept in ordinal order, where all keys
    /// starting with it follow it directly, so one binary search does (a long article has thousands of paragraphs).
    /// </summary>
    private static bool StartsAny(List<string> sortedKeys, string prefix, out int insertAt)
    {
        int i = sortedKeys.BinarySearch(prefix, StringComparer.Ordinal);
        insertAt = i >= 0 ? i : ~i;
        return i >= 0 || (insertAt < sortedKeys.Count && sortedKeys[insertAt].StartsWith(prefix, StringComparison.Ordinal));
    }

    private static bool IsLabel(string line) => LineText.WordCount(line) <= 4 && !LineText.EndsSentence(line);

    private static IEnumerable<string> SplitLines(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                yield return text[start..i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.Length) yield return text[start..];
    }
}

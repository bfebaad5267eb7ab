using Warta.Documents;
using Warta.Pipeline;

namespace Warta.Ner;

/// <summary>
/// Statistical NER over each sentence of an Indonesian or Malay document (Language "id" or "ms"; the
/// model is trained on Indonesian, which Malay names and titles largely share). It adds PER/ORG/LOC
/// mentions with <see cref="MentionSource.Model"/> only where no existing mention overlaps: the
/// knowledge-base linker runs first and its links stay authoritative. Other languages (English) are
/// skipped: the model has no English training data, and the KB and later stages cover them.
/// </summary>
public sealed class NerStage : IStage
{
    [ThreadStatic] private static int[]? t_buffer;

    private readonly Lazy<NerModel> _model;

    /// <summary>Uses the shipped model, loaded on the first Indonesian or Malay document.</summary>
    public NerStage() => _model = new Lazy<NerModel>(() => NerModel.Default);

    public NerStage(NerModel model) => _model = new Lazy<NerModel>(model);

    public string Name => "ner";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Provides => Layers.EntityTypes;

    public static bool Handles(string? language) => language is "id" or "ms";

    public void Process(Document document)
    {
        if (!Handles(document.Language) || document.Tokens.Length == 0) return;
        var existing = document.Mentions.Select(m => (m.Start, m.End)).OrderBy(m => m.Start).ToArray();
        int maxEnd = 0;
        // Prefix maxima of mention ends, so an overlap test is one binary search.
        var reach = new int[existing.Length];
        for (int i = 0; i < existing.Length; i++) reach[i] = maxEnd = Math.Max(maxEnd, existing[i].End);

        var tokens = document.Tokens;
        int added = 0;
        foreach (var sentence in document.Sentences)
        {
            int n = sentence.TokenCount;
            if (n == 0) continue;
            var buffer = t_buffer is { } b && b.Length >= 3 * n ? b : t_buffer = new int[Math.Max(3 * n, 768)];
            var starts = buffer.AsSpan(0, n);
            var ends = buffer.AsSpan(n, n);
            var tags = buffer.AsSpan(2 * n, n);
            for (int i = 0; i < n; i++)
            {
                var t = tokens[sentence.FirstToken + i];
                starts[i] = t.Start;
                ends[i] = t.End;
            }
            _model.Value.Tag(document.Text, starts, ends, tags);
            int spanStart = -1;
            for (int i = 0; i <= n; i++)
            {
                int tag = i < n ? tags[i] : NerTags.O;
                if (spanStart >= 0 && NerTags.IsInside(tag)) continue;
                if (spanStart >= 0)
                {
                    int start = starts[spanStart], end = ends[i - 1];
                    var type = NerTags.ToEntityType(NerTags.TypeOf(tags[spanStart]));
                    if (type == EntityType.ORG && SwallowsPlaceWords(document, start, end))
                    {
                        // "Bank Rakyat Indonesia", "Universitas Indonesia": an organisation name that merely
                        // contains a place or demonym; the KB's inner mention is replaced by the whole name.
                        document.Mentions.RemoveAll(m => m.Start >= start && m.End <= end);
                        document.Mentions.Add(new Mention { Start = start, End = end, Type = type, Source = MentionSource.Model });
                        added++;
                    }
                    else if (!Overlaps(existing, reach, start, end))
                    {
                        document.Mentions.Add(new Mention
                        {
                            Start = start,
                            End = end,
                            Type = NerTags.ToEntityType(NerTags.TypeOf(tags[spanStart])),
                            Source = MentionSource.Model,
                        });
                        added++;
                    }
                }
                spanStart = tag != NerTags.O ? i : -1;
            }
        }
        if (added > 0)
        {
            // Keep mentions in text order for later stages (stable, so KB order among equals is kept).
            var sorted = document.Mentions.OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
            document.Mentions.Clear();
            document.Mentions.AddRange(sorted);
        }
    }

    /// <summary>
    /// True when every mention overlapping [start, end) lies strictly inside it, after its first word,
    /// and is a place or group name (GPE, LOC, NORP): the model span is the longer, truer name.
    /// </summary>
    private static bool SwallowsPlaceWords(Document document, int start, int end)
    {
        bool any = false;
        foreach (var m in document.Mentions)
        {
            if (m.End <= start || m.Start >= end) continue;
            if (m.Start <= start || m.End > end || m.Type is not (EntityType.GPE or EntityType.LOC or EntityType.NORP)) return false;
            any = true;
        }
        return any;
    }

    private static bool Overlaps((int Start, int End)[] existing, int[] reach, int start, int end)
    {
        // Last existing mention starting before `end`; any overlap has reach > start among those.
        int lo = 0, hi = existing.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (existing[mid].Start < end) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && reach[lo - 1] > start;
    }
}

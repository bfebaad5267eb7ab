using System.Diagnostics;
using Warta.Documents;
using Warta.Input;

namespace Warta.Corpus;

/// <summary>Progress after each committed batch.</summary>
public readonly record struct IngestProgress(int Seen, int Added, int AlreadyPresent, int Duplicates, int Failed, double Seconds)
{
    public double ArticlesPerSecond => Seconds > 0 ? (Added + AlreadyPresent) / Seconds : 0;
}

/// <summary>
/// Runs the engine over inputs and stores the records: batches of articles are annotated in parallel
/// (every core) while the previous batch is written by the single writer, one transaction per batch.
/// A crash loses at most the uncommitted batches; inputs already stored are skipped before the
/// pipeline runs, so a re-run only does the rest.
/// </summary>
public sealed class CorpusIngestor
{
    private readonly ICorpusStore _store;
    private readonly Func<RawArticle, Document> _process;

    public CorpusIngestor(ICorpusStore store, Func<RawArticle, Document> process)
    {
        _store = store;
        _process = process;
    }

    public int BatchSize { get; init; } = 200;
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Called on the writer side after each commit.</summary>
    public Action<IngestProgress>? Progress { get; init; }

    /// <summary>Called for each input that could not be read or processed.</summary>
    public Action<InputError>? Error { get; init; }

    public IngestProgress Run(IEnumerable<InputItem> items, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        int seen = 0, added = 0, present = 0, dups = 0, failed = 0;
        Task? pendingWrite = null;
        var inRun = new HashSet<string>(StringComparer.Ordinal);

        void Report() => Progress?.Invoke(new IngestProgress(seen, added, present, dups, failed, clock.Elapsed.TotalSeconds));

        foreach (var chunk in items.Chunk(BatchSize))
        {
            cancel.ThrowIfCancellationRequested();
            var raws = new List<(RawArticle Raw, string Hash)>(chunk.Length);
            foreach (var item in chunk)
            {
                seen++;
                if (item.Error is { } err) { failed++; Error?.Invoke(err); continue; }
                raws.Add((item.Article!, CorpusMapper.InputHash(item.Article!)));
            }
            var known = _store.KnownInputs(raws.Select(r => r.Hash).ToList());
            var todo = new List<(RawArticle Raw, string Hash)>(raws.Count);
            foreach (var r in raws)
            {
                // Stored by an earlier run, or met earlier in this one (the same file named twice).
                if (known.Contains(r.Hash) || !inRun.Add(r.Hash)) present++;
                else todo.Add(r);
            }

            var results = new StoredArticle?[todo.Count];
            var errors = new InputError?[todo.Count];
            Parallel.For(0, todo.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancel }, i =>
            {
                var (raw, hash) = todo[i];
                try
                {
                    results[i] = CorpusMapper.FromDocument(_process(raw), hash);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // One bad article must not lose the others.
                    errors[i] = new InputError(raw.SourceName, $"processing failed: {e.GetType().Name}: {e.Message}");
                }
            });
            foreach (var e in errors)
                if (e is not null) { failed++; Error?.Invoke(e); }

            var batch = results.Where(r => r is not null).Select(r => r!).ToList();
            pendingWrite?.GetAwaiter().GetResult();
            cancel.ThrowIfCancellationRequested();
            pendingWrite = Task.Run(() =>
            {
                var res = _store.AddBatch(batch);
                Interlocked.Add(ref added, res.Added);
                Interlocked.Add(ref present, res.AlreadyPresent);
                Interlocked.Add(ref dups, res.Duplicates);
                Report();
            });
        }
        if (pendingWrite is null) Report();
        else pendingWrite.GetAwaiter().GetResult();
        return new IngestProgress(seen, added, present, dups, failed, clock.Elapsed.TotalSeconds);
    }
}

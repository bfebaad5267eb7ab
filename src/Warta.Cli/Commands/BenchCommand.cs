using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Warta.Documents;
using Warta.Input;
using Warta.Pipeline;
using Warta.Structure;

namespace Warta.Cli.Commands;

/// <summary>
/// `warta bench`: runs the default engine over every article of a folder N times and prints throughput and
/// each stage's share of the time. Each stage of <c>WartaEngine.CreateDefault().Pipeline</c> is wrapped in a
/// timer around its Process call; what is left of the wall time is reading-free preparation (normalization).
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder (or file) of articles, read with the same reader as 'extract'." };
        var repeat = new Option<int>("--repeat", "-n") { Description = "Timed passes over all articles (after about 1.5 s of untimed warm-up passes).", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads; articles of a pass are shared among them.", DefaultValueFactory = _ => 1 };
        var cmd = new Command("bench", "Measure engine throughput (articles/s, tokens/s, MB/s) and per-stage time shares.\nExit codes: 0 ok; 1 some inputs failed; 2 bad usage.")
        {
            folder, repeat, threads,
        };
        cmd.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(repeat), parse.GetValue(threads), Console.Out));
        return cmd;
    }

    private sealed class TimedStage(IStage inner) : IStage
    {
        public long Ticks;
        public long Bytes;
        public IStage Inner => inner;
        public string Name => inner.Name;
        public Layers Requires => inner.Requires;
        public Layers Provides => inner.Provides;

        public void Process(Document document)
        {
            long b0 = GC.GetAllocatedBytesForCurrentThread();
            long t0 = Stopwatch.GetTimestamp();
            inner.Process(document);
            Interlocked.Add(ref Ticks, Stopwatch.GetTimestamp() - t0);
            Interlocked.Add(ref Bytes, GC.GetAllocatedBytesForCurrentThread() - b0);
        }
    }

    internal static int Run(string folder, int repeat, int threads, TextWriter output, double warmUpSeconds = 1.5)
    {
        if (repeat < 1 || threads < 1)
        {
            Console.Error.WriteLine("warta: --repeat and --threads must be at least 1.");
            return ExitCodes.Usage;
        }
        if (!Directory.Exists(folder) && !File.Exists(folder))
        {
            Console.Error.WriteLine($"warta: {folder}: no such file or folder.");
            return ExitCodes.Usage;
        }
        var articles = new List<RawArticle>();
        int failed = 0;
        foreach (var item in InputReader.Read([folder]))
        {
            if (item.Error is { } err) { Console.Error.WriteLine($"warta: {err}"); failed++; }
            else articles.Add(item.Article!);
        }
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"warta: {folder}: no articles.");
            return ExitCodes.SomeInputsFailed;
        }

        var defaults = WartaEngine.CreateDefault();
        var timed = defaults.Pipeline.Stages.Select(s => new TimedStage(s)).ToArray();
        var builder = new PipelineBuilder();
        foreach (var s in timed) builder.Add(s);
        var engine = new WartaEngine(new ArticlePreparer(), builder.Build());

        // Warm-up: one pass to count, then more until about 1.5 s have passed, so tiered JIT has
        // promoted the hot methods before timing starts (one pass over a small folder is not enough).
        long inputBytes = 0, chars = 0, tokens = 0;
        long warmStart = Stopwatch.GetTimestamp();
        foreach (var a in articles)
        {
            var doc = engine.Process(a);
            inputBytes += Encoding.UTF8.GetByteCount(a.Text ?? a.Html ?? "");
            chars += doc.Text.Length;
            tokens += doc.Tokens.Length;
        }
        while (Stopwatch.GetElapsedTime(warmStart).TotalSeconds < warmUpSeconds)
        {
            foreach (var a in articles) engine.Process(a);
        }
        foreach (var s in timed) { s.Ticks = 0; s.Bytes = 0; }

        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        long allocStart = GC.GetTotalAllocatedBytes(precise: false);
        int gcStart = GC.CollectionCount(0);
        long start = Stopwatch.GetTimestamp();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        for (int r = 0; r < repeat; r++)
        {
            if (threads == 1) foreach (var a in articles) engine.Process(a);
            else Parallel.ForEach(articles, options, a => engine.Process(a));
        }
        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        // CPU seconds of the whole process (all threads, GC included): steadier than wall time on a busy machine.
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: false) - allocStart;
        int gen0 = GC.CollectionCount(0) - gcStart;

        var inv = CultureInfo.InvariantCulture;
        long n = (long)articles.Count * repeat;
        double tokPerS = tokens * (double)repeat / wall;
        output.WriteLine(string.Create(inv, $"articles: {articles.Count} x {repeat} passes, {threads} thread(s), {wall:F3} s"));
        output.WriteLine(string.Create(inv, $"articles/s: {n / wall:F1}"));
        output.WriteLine(string.Create(inv, $"tokens/s: {tokPerS:F0} ({tokens} tokens per pass; {tokPerS / threads:F0} per thread)"));
        output.WriteLine(string.Create(inv, $"tokens per CPU-second: {tokens * (double)repeat / Math.Max(cpu, 1e-9):F0} ({cpu:F3} s of process CPU time)"));
        output.WriteLine(string.Create(inv, $"MB/s: {inputBytes * (double)repeat / (1 << 20) / wall:F2} (UTF-8 input bytes / 2^20)"));
        // Allocation per article shows garbage pressure, which costs time far from where it is made.
        output.WriteLine(string.Create(inv, $"allocated: {allocated / (double)n / 1024:F1} KiB/article ({gen0} gen-0 collections)"));
        output.WriteLine(string.Create(inv, $"Mchar/s: {chars * (double)repeat / (1 << 20) / wall:F2} (UTF-16 chars of normalized text / 2^20)"));
        // Stage times are summed over threads, so shares are of the total work, not of the wall time.
        double stageSum = timed.Sum(s => Stopwatch.GetElapsedTime(0, s.Ticks).TotalSeconds);
        double work = Math.Max(wall * threads, stageSum);
        output.WriteLine("stage time shares (of thread time):");
        foreach (var s in timed)
        {
            double sec = Stopwatch.GetElapsedTime(0, s.Ticks).TotalSeconds;
            output.WriteLine(string.Create(inv, $"  {s.Name,-28} {100 * sec / work,6:F1}%  {1000 * sec / n,8:F3} ms/article {s.Bytes / 1024.0 / n,8:F1} KiB/article"));
        }
        double rest = work - stageSum;
        output.WriteLine(string.Create(inv, $"  {"(preparation, idle, other)",-28} {100 * rest / work,6:F1}%  {1000 * rest / n,8:F3} ms/article"));
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}

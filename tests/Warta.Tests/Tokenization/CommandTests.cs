using Warta.Cli.Commands;

namespace Warta.Tests.Tokenization;

public sealed class CommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-tok-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Tokenize_prints_one_token_per_line_and_a_blank_line_between_sentences()
    {
        var file = Path.Combine(_dir, "a.txt");
        File.WriteAllText(file, "Ia datang. Lalu\npergi.");
        var sw = new StringWriter();
        Assert.Equal(0, TokenizeCommand.Print([file], "id", sw));
        var lines = sw.ToString().Split('\n');
        Assert.Equal(["Ia", "datang", ".", "", "Lalu", "", "pergi", ".", "", ""], lines.Select(l => l.Split('\t')[0]).ToArray());
        Assert.StartsWith("Ia\tWord\tCapitalized, SentenceStart", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_reports_throughput_and_every_stage()
    {
        File.WriteAllText(Path.Combine(_dir, "1.txt"), "Presiden tiba di Jakarta. Ia disambut Dr. Sari.\nParagraf kedua.");
        File.WriteAllText(Path.Combine(_dir, "2.txt"), "\"Kami siap,\" kata dia.");
        var sw = new StringWriter();
        Assert.Equal(0, BenchCommand.Run(_dir, repeat: 2, threads: 1, sw, warmUpSeconds: 0));
        var text = sw.ToString();
        Assert.Contains("articles: 2 x 2 passes, 1 thread(s)", text, StringComparison.Ordinal);
        Assert.Contains("tokens/s:", text, StringComparison.Ordinal);
        Assert.Contains("MB/s:", text, StringComparison.Ordinal);
        foreach (var stage in WartaEngine.CreateDefault().Pipeline.Stages) Assert.Contains(stage.Name, text, StringComparison.Ordinal);
        Assert.Equal(0, BenchCommand.Run(_dir, repeat: 1, threads: 2, new StringWriter(), warmUpSeconds: 0));
    }

    [Fact]
    public void Bench_rejects_bad_arguments()
    {
        Assert.Equal(2, BenchCommand.Run(_dir, repeat: 0, threads: 1, new StringWriter(), 0));
        Assert.Equal(2, BenchCommand.Run(Path.Combine(_dir, "missing"), repeat: 1, threads: 1, new StringWriter(), 0));
    }
}

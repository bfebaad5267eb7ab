using System.Diagnostics;
using Warta.Cli.Commands;
using Warta.Input;

namespace Warta.Tests.Input;

/// <summary>Bad inputs: each gives one clear line naming it, and never stops the other inputs.</summary>
public sealed class BadInputTests
{
    private static (int Code, string Out, string[] Errors) Extract(string format, params string[] inputs)
    {
        using var t = new TempFolder();
        string outPath = Path.Combine(t.Path, "out.jsonl");
        var err = new StringWriter();
        int code = ExtractCommand.Run(inputs, outPath, format, err, WartaEngine.CreateDefault, InputReader.MaxFileBytes);
        var lines = err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (code, File.ReadAllText(outPath), lines);
    }

    [Fact]
    public void Empty_file_is_an_error_and_the_good_file_still_extracts()
    {
        using var t = new TempFolder();
        string empty = t.File("empty.txt", "");
        string blank = t.File("blank.txt", "  \n\t\n");
        string good = t.File("good.txt", "Seorang petani menanam padi di sawah yang luas pada musim hujan tahun ini.");
        var (code, output, errors) = Extract("jsonl", empty, good, blank);
        Assert.Equal(1, code);
        Assert.Equal(2, errors.Length);
        Assert.Contains(errors, e => e.Contains(empty) && e.Contains("empty file"));
        Assert.Contains(errors, e => e.Contains(blank) && e.Contains("empty file"));
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("petani menanam padi", output);
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        using var t = new TempFolder();
        var rnd = new Random(7);
        var bytes = new byte[4096];
        rnd.NextBytes(bytes);
        bytes[10] = 0;
        string bin = t.Bytes("image.txt", bytes);
        var controls = Enumerable.Range(0, 2000).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41)).ToArray();
        string ctl = t.Bytes("controls.txt", controls);
        var (code, _, errors) = Extract("jsonl", bin, ctl);
        Assert.Equal(1, code);
        Assert.Contains(errors, e => e.Contains(bin) && e.Contains("binary"));
        Assert.Contains(errors, e => e.Contains(ctl) && e.Contains("binary"));
    }

    [Fact]
    public void A_50_MB_file_is_refused_quickly_without_being_read()
    {
        using var t = new TempFolder();
        string big = Path.Combine(t.Path, "huge.txt");
        using (var fs = File.Create(big)) fs.SetLength(50L * 1024 * 1024);
        string good = t.File("good.txt", "Kapal nelayan kembali ke pelabuhan setelah badai reda pada sore hari.");
        var sw = Stopwatch.StartNew();
        var (code, output, errors) = Extract("jsonl", big, good);
        sw.Stop();
        Assert.Equal(1, code);
        var e = Assert.Single(errors);
        Assert.Contains(big, e);
        Assert.Contains("50 MB", e);
        Assert.Contains("10 MB limit", e);
        Assert.Contains("Kapal nelayan", output);
        // The size check needs no read; the engine start-up dominates this time.
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
        var readSw = Stopwatch.StartNew();
        var item = Assert.Single(InputReader.Read([big]));
        Assert.NotNull(item.Error);
        Assert.True(readSw.Elapsed < TimeSpan.FromMilliseconds(500), $"size check took {readSw.Elapsed}");
    }

    [Fact]
    public void Invalid_json_line_is_named_and_the_other_lines_go_on()
    {
        using var t = new TempFolder();
        string p = t.File("feed.jsonl", "{\"text\":\"Hujan deras mengguyur kota sepanjang malam.\"}\n{not json}\n{\"text\":\"Jalan utama ditutup karena genangan air.\"}\n");
        var (code, output, errors) = Extract("jsonl", p);
        Assert.Equal(1, code);
        var e = Assert.Single(errors);
        Assert.StartsWith($"warta: {p}:2: invalid JSON", e);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Missing_and_unreadable_paths_are_named()
    {
        using var t = new TempFolder();
        string missing = Path.Combine(t.Path, "nope.txt");
        string good = t.File("ok.txt", "Pameran buku tahunan dibuka di gedung kesenian kota.");
        string notADir = Path.Combine(good, "child.txt");
        string locked = t.File("locked.txt", "Isi yang dikunci oleh proses lain saat dibaca.");
        using var hold = new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var (code, output, errors) = Extract("jsonl", missing, notADir, locked, good);
        Assert.Equal(1, code);
        Assert.Equal(3, errors.Length);
        Assert.Contains(errors, e => e.Contains(missing) && e.Contains("no such file"));
        Assert.Contains(errors, e => e.Contains(notADir));
        Assert.Contains(errors, e => e.Contains(locked) && e.Contains("cannot read"));
        Assert.Contains("Pameran buku", output);
    }

    [Fact]
    public void Folder_without_articles_is_an_error()
    {
        using var t = new TempFolder();
        t.File("notes.md", "# catatan");
        var (code, _, errors) = Extract("jsonl", t.Path);
        Assert.Equal(1, code);
        Assert.Contains("no article files", Assert.Single(errors));
    }

    [Fact]
    public void All_good_inputs_exit_zero_and_json_format_is_an_array()
    {
        using var t = new TempFolder();
        string a = t.File("a.txt", "Perahu layar tiba di dermaga setelah pelayaran panjang.");
        string b = t.File("b.txt", "Sekolah baru dibuka untuk anak-anak di desa terpencil.");
        var (code, output, errors) = Extract("json", a, b);
        Assert.Equal(0, code);
        Assert.Empty(errors);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetArrayLength());

        var (code2, output2, _) = Extract("pretty", a);
        Assert.Equal(0, code2);
        Assert.Contains("\n  \"schema\"", output2);
    }

    [Fact]
    public void An_exception_in_one_article_does_not_lose_the_others()
    {
        using var t = new TempFolder();
        string a = t.File("a.txt", "Artikel pertama tentang panen raya di desa.");
        string boom = t.File("b.txt", "BOOM artikel ini memicu galat di tahap uji.");
        string c = t.File("c.txt", "Artikel ketiga tentang pasar malam di kota.");
        var engine = new WartaEngine(new Warta.Structure.ArticlePreparer(),
            Warta.Pipeline.DefaultPipeline.CreateBuilder().Add(new ThrowingStage()).Build());
        string outPath = Path.Combine(t.Path, "out.jsonl");
        var err = new StringWriter();
        int code = ExtractCommand.Run([a, boom, c], outPath, "jsonl", err, () => engine, InputReader.MaxFileBytes);
        Assert.Equal(1, code);
        var e = Assert.Single(err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(boom, e);
        Assert.Contains("processing failed", e);
        Assert.Equal(2, File.ReadAllLines(outPath).Length);
    }

    private sealed class ThrowingStage : Warta.Pipeline.IStage
    {
        public string Name => "throwing";
        public Documents.Layers Requires => Documents.Layers.Text;
        public Documents.Layers Provides => Documents.Layers.None;
        public void Process(Documents.Document document)
        {
            if (document.Text.StartsWith("BOOM", StringComparison.Ordinal)) throw new InvalidOperationException("test failure\nsecond line");
        }
    }
}

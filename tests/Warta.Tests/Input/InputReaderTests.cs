using System.Diagnostics;
using System.Text;
using Warta.Input;

namespace Warta.Tests.Input;

public sealed class InputReaderTests
{
    private const string Body = "Menteri itu meresmikan jembatan baru di tepi sungai pada Senin pagi.\nWarga menyambut peresmian itu dengan gembira.";

    private static List<InputItem> Read(params string[] paths) => [.. InputReader.Read(paths)];

    [Fact]
    public void Plain_text_file_is_one_article_named_by_its_path()
    {
        using var t = new TempFolder();
        string p = t.File("a.txt", Body);
        var items = Read(p);
        var a = Assert.Single(items).Article!;
        Assert.Equal(p, a.SourceName);
        Assert.Equal(Body, a.Text);
    }

    [Fact]
    public void Folder_is_walked_recursively_in_ordinal_order_skipping_hidden_and_unknown_files()
    {
        using var t = new TempFolder();
        t.File("b.txt", "Artikel kedua ditulis untuk pengujian urutan.");
        t.File("a.txt", "Artikel pertama ditulis untuk pengujian urutan.");
        t.File("sub/c.txt", "Artikel ketiga ada di subfolder.");
        t.File(".hidden.txt", "Tidak boleh dibaca.");
        t.File("picture.png", "not an article");
        var names = Read(t.Path).Select(i => Path.GetRelativePath(t.Path, i.Article!.SourceName)).ToList();
        Assert.Equal(["a.txt", "b.txt", Path.Combine("sub", "c.txt")], names);
        Assert.Equal(names, Read(t.Path).Select(i => Path.GetRelativePath(t.Path, i.Article!.SourceName)).ToList());
    }

    [Fact]
    public void Json_object_carries_metadata_and_text()
    {
        using var t = new TempFolder();
        string p = t.File("a.json", """{"url":"https://example.org/x","title":"Judul","published":"2024-05-01","language":"id","outlet":"Contoh","text":"Isi berita yang cukup panjang."}""");
        var a = Assert.Single(Read(p)).Article!;
        Assert.Equal("https://example.org/x", a.Url);
        Assert.Equal("Judul", a.Title);
        Assert.Equal("2024-05-01", a.Published);
        Assert.Equal("id", a.Language);
        Assert.Equal("Contoh", a.Outlet);
        Assert.Equal("Isi berita yang cukup panjang.", a.Text);
    }

    [Fact]
    public void Json_array_yields_each_element_and_names_bad_ones_by_index()
    {
        using var t = new TempFolder();
        string p = t.File("many.json", """[{"text":"Satu berita."},{"title":"tanpa isi"},{"text":"Berita ketiga."}]""");
        var items = Read(p);
        Assert.Equal(3, items.Count);
        Assert.Equal(p + "[0]", items[0].Article!.SourceName);
        Assert.Equal(p + "[1]", items[1].Error!.SourceName);
        Assert.Contains("text", items[1].Error!.Message);
        Assert.Equal("Berita ketiga.", items[2].Article!.Text);
    }

    [Fact]
    public void Json_lines_bad_line_is_named_path_colon_line_and_other_lines_go_on()
    {
        using var t = new TempFolder();
        string p = t.File("c.jsonl", """
            {"url":"u1","title":"T1","published":"2024-01-02","language":"id","text":"Berita pertama di sini."}
            {"text": "kurang kurung"
            
            {"html":"<html><body><article><p>Paragraf pertama dari halaman ini cukup panjang untuk dibaca.</p><p>Paragraf kedua juga.</p></article></body></html>","language":"en"}
            """);
        var items = Read(p);
        Assert.Equal(3, items.Count);
        Assert.Equal(p + ":1", items[0].Article!.SourceName);
        Assert.Equal("T1", items[0].Article!.Title);
        Assert.Equal(p + ":2", items[1].Error!.SourceName);
        Assert.StartsWith("invalid JSON", items[1].Error!.Message);
        Assert.DoesNotContain('\n', items[1].Error!.ToString());
        Assert.Equal(p + ":4", items[2].Article!.SourceName);
        Assert.Contains("Paragraf pertama", items[2].Article!.Text);
        Assert.Contains("\n", items[2].Article!.Text);
    }

    [Fact]
    public void Json_lines_are_streamed_lazily()
    {
        using var t = new TempFolder();
        var sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.Append("{\"text\":\"Berita nomor ").Append(i).Append(".\"}\n");
        string p = t.File("big.ndjson", sb.ToString());
        using var e = InputReader.Read([p]).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal("Berita nomor 0.", e.Current.Article!.Text);
        // Lazy: the file is still open for reading while the first item is in hand.
        Assert.Equal(1000, InputReader.Read([p]).Count());
    }

    [Fact]
    public void Html_file_gives_main_text_and_metadata_from_meta_tags()
    {
        using var t = new TempFolder();
        string p = t.File("page.html", """
            <!doctype html><html lang="id-ID"><head><title>Judul Halaman - Situs</title>
            <meta property="og:title" content="Gubernur Meresmikan Pasar Baru">
            <meta name="author" content="Rina Wulandari">
            <meta property="article:published_time" content="2024-03-05T09:15:00+07:00">
            <meta property="og:site_name" content="Kabar Contoh">
            <link rel="canonical" href="https://contoh.example/berita/1">
            </head><body><nav>Beranda Berita Olahraga</nav>
            <article><h1>Gubernur Meresmikan Pasar Baru</h1>
            <p>Gubernur meresmikan pasar tradisional yang baru dibangun di pusat kota pada Selasa pagi.</p>
            <p>Pasar itu menampung lebih dari tiga ratus pedagang yang sebelumnya berjualan di pinggir jalan.</p>
            </article><footer>Hak cipta</footer></body></html>
            """);
        var a = Assert.Single(Read(p)).Article!;
        Assert.Equal("Gubernur Meresmikan Pasar Baru", a.Title);
        Assert.Equal(["Rina Wulandari"], a.Authors);
        Assert.Equal("2024-03-05T09:15+07:00", a.Published);
        Assert.Equal("https://contoh.example/berita/1", a.Url);
        Assert.Equal("Kabar Contoh", a.Outlet);
        Assert.Equal("id", a.Language);
        Assert.Contains("Gubernur meresmikan pasar tradisional", a.Text);
        Assert.Contains("tiga ratus pedagang", a.Text);
        Assert.DoesNotContain("Beranda Berita Olahraga", a.Text);
    }

    [Fact]
    public void Html_page_with_navigation_and_sidebar_keeps_only_the_article()
    {
        using var t = new TempFolder();
        string nav = "<nav><ul>" + string.Concat(Enumerable.Range(0, 20).Select(i => $"<li><a href='/k{i}'>Kategori {i}</a></li>")) + "</ul></nav>";
        string side = "<aside class='sidebar'><h3>Terpopuler</h3><ul>" + string.Concat(Enumerable.Range(0, 10).Select(i => $"<li><a href='/p{i}'>Berita populer nomor {i} yang banyak dibaca</a></li>")) + "</ul></aside>";
        string[] paras =
        [
            "Pemerintah kota mengumumkan rencana pembangunan jalur sepeda sepanjang dua puluh kilometer yang menghubungkan pusat kota dengan kawasan pinggiran.",
            "Kepala dinas perhubungan mengatakan proyek akan dimulai tahun depan setelah anggaran disetujui oleh dewan kota dalam sidang paripurna.",
            "Sejumlah warga menyambut baik rencana tersebut, tetapi sebagian lain khawatir jalur sepeda akan mempersempit jalan di jam sibuk.",
            "Dinas perhubungan berjanji melakukan kajian lalu lintas sebelum pembangunan dimulai, termasuk mengundang para ahli dari universitas.",
        ];
        string html = "<!doctype html><html lang=\"id\"><head><title>Jalur Sepeda</title><meta property=\"og:title\" content=\"Kota Bangun Jalur Sepeda\"></head><body>"
            + nav + "<div class=\"container\"><div class=\"main\"><article class=\"post-content\"><h1>Kota Bangun Jalur Sepeda</h1>"
            + "<figure><img src=\"x.jpg\"><figcaption>Pesepeda melintas di jalan protokol. Foto: Antara</figcaption></figure>"
            + string.Concat(paras.Select(p => $"<p>{p}</p>")) + "</article></div>" + side + "</div><footer>Hak cipta 2024 Kabar Kota.</footer></body></html>";
        string p = t.File("page.html", html);
        var doc = new Warta.Structure.ArticlePreparer().Prepare(Assert.Single(Read(p)).Article!);
        Assert.Equal(string.Join('\n', paras), doc.Text);
        Assert.Equal("Kota Bangun Jalur Sepeda", doc.Metadata.Title);
        Assert.Equal("Antara", Assert.Single(doc.Metadata.Credits).Name);
    }

    [Fact]
    public void Html_metadata_from_json_ld_and_time_element()
    {
        using var t = new TempFolder();
        string p = t.File("page.htm", """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Banjir Melanda Kota","datePublished":"2023-11-02T16:40:00+08:00","author":[{"@type":"Person","name":"Ahmad Faiz"},{"@type":"Person","name":"Siti Aminah"}]}</script></head>
            <body><article><time datetime="2023-11-01">1 Nov</time><p>Banjir melanda beberapa kampung di pinggir kota sejak malam tadi menurut pihak berkuasa.</p></article></body></html>
            """);
        var a = Assert.Single(Read(p)).Article!;
        Assert.Equal("Banjir Melanda Kota", a.Title);
        Assert.Equal(["Ahmad Faiz", "Siti Aminah"], a.Authors);
        Assert.Equal("2023-11-02T16:40+08:00", a.Published);

        string q = t.File("time.html", "<html><body><article><time datetime=\"2022-02-03\">kemarin</time><p>Sebuah kalimat yang cukup panjang untuk menjadi isi artikel ini.</p></article></body></html>");
        Assert.Equal("2022-02-03", Assert.Single(Read(q)).Article!.Published);
    }

    [Fact]
    public void Text_file_starting_with_a_tag_is_read_as_html()
    {
        using var t = new TempFolder();
        string p = t.File("x.txt", "<html><body><p>Kalimat pertama dari artikel yang ditulis dalam HTML.</p></body></html>");
        var a = Assert.Single(Read(p)).Article!;
        Assert.DoesNotContain("<p>", a.Text);
        Assert.Contains("Kalimat pertama", a.Text);
    }

    [Fact]
    public void Encodings_bom_utf16_and_windows_1252_fallback()
    {
        using var t = new TempFolder();
        const string s = "Café di Jalan Merdeka — dibuka lagi “hari ini”.";
        string u8 = t.Bytes("u8.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(s)]);
        string le = t.Bytes("le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(s)]);
        string be = t.Bytes("be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(s)]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string cp = t.Bytes("cp.txt", Encoding.GetEncoding(1252).GetBytes(s));
        foreach (var p in new[] { u8, le, be, cp })
            Assert.Equal(s, Assert.Single(Read(p)).Article!.Text);
    }

    [Fact]
    public void Input_metadata_wins_over_metadata_in_html()
    {
        using var t = new TempFolder();
        string p = t.File("m.jsonl", """{"title":"Judul dari masukan","published":"2024-02-02","html":"<html><head><meta property=\"og:title\" content=\"Judul halaman\"><meta property=\"article:published_time\" content=\"2020-01-01\"></head><body><p>Isi artikel yang cukup panjang untuk dibaca oleh pengekstrak.</p></body></html>"}""");
        var a = Assert.Single(Read(p)).Article!;
        Assert.Equal("Judul dari masukan", a.Title);
        Assert.Equal("2024-02-02", a.Published);
    }
}

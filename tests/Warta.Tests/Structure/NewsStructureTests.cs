using Warta.Documents;
using Warta.Input;
using Warta.Structure;

namespace Warta.Tests.Structure;

/// <summary>One test per structure rule, on sentences written for these tests.</summary>
public sealed class NewsStructureTests
{
    private static Document Prepare(string text, string? title = null, string? published = null, IReadOnlyList<string>? authors = null,
        string? outlet = null, string? url = null) =>
        new ArticlePreparer().Prepare(new RawArticle
        {
            SourceName = "t", Text = text, Title = title, Published = published, Authors = authors ?? [], Outlet = outlet, Url = url,
        });

    [Fact]
    public void Dateline_after_a_caption_and_an_agency_file_photo_line()
    {
        var d = Prepare("""
            AP file photo
            Two officials shake hands outside the ministry in the capital on Monday.

            OSAKA (Kyodo) — The city council approved the new budget on Tuesday, the mayor said.
            The vote was close.
            """);
        Assert.Equal("Osaka", d.Metadata.Dateline!.Text);
        Assert.Contains(new Credit("AP", "photo"), d.Metadata.Credits);
        Assert.Contains(new Credit("Kyodo", "wire"), d.Metadata.Credits);
        Assert.DoesNotContain("file photo", d.Text);
    }

    [Fact]
    public void Dateline_alone_on_its_line_and_after_page_junk()
    {
        var alone = Prepare("Judul Berita Hari Ini\nBandung -\n\nWali kota meresmikan taman baru pada Jumat pagi.");
        Assert.Equal("Bandung", alone.Metadata.Dateline!.Text);
        Assert.StartsWith("Wali kota", alone.Text);
        var junk = Prepare("loading...\nA\nA\nKAIRO - Menteri itu tiba di bandara pada Senin pagi.");
        Assert.Equal("Kairo", junk.Metadata.Dateline!.Text);
    }

    [Fact]
    public void Dateline_with_the_day_after_a_comma_and_no_agency()
    {
        var ms = Prepare("KUALA LUMPUR, 12 Mac -- Kerajaan mengumumkan bantuan baharu kepada petani pada hari ini.");
        Assert.Equal("Kuala Lumpur", ms.Metadata.Dateline!.Text);
        Assert.StartsWith("Kerajaan", ms.Text);
        var id = Prepare("MAKASSAR, 3 Februari 2024 – Wali kota meresmikan taman baru pada Jumat pagi.");
        Assert.Equal("Makassar", id.Metadata.Dateline!.Text);
        // Not a day and month after the comma: no dateline of this form.
        var not = Prepare("KUALA LUMPUR, kata beliau – Kerajaan mengumumkan bantuan baharu pada hari ini.");
        Assert.Null(not.Metadata.Dateline);
    }

    [Fact]
    public void The_sites_own_name_opening_the_text_is_no_place_but_is_an_agency_before_a_place()
    {
        var own = Prepare("CONTOHWARTA - Pemerintah kota menaikkan tarif parkir mulai bulan depan.", outlet: "Contohwarta",
            url: "https://www.contohwarta.com/berita/1");
        Assert.Null(own.Metadata.Dateline);
        var outletFirst = Prepare("ContohWarta, Surabaya – Pemerintah kota menaikkan tarif parkir mulai bulan depan.",
            outlet: "ContohWarta", url: "https://contohwarta.com/a");
        Assert.Equal("Surabaya", outletFirst.Metadata.Dateline!.Text);
        var edition = Prepare("Bandung, ANTARA JABAR - Pemerintah kota menaikkan tarif parkir mulai bulan depan.", outlet: "Antara Jabar");
        Assert.Equal("Bandung", edition.Metadata.Dateline!.Text);
    }

    [Fact]
    public void A_known_outlets_own_dateline_on_its_own_site_is_no_wire_credit()
    {
        const string text = "SURABAYA, KOMPAS.com - Pemerintah kota menaikkan tarif parkir mulai bulan depan.";
        var own = Prepare(text, outlet: "Kompas.com", url: "https://regional.kompas.com/read/1");
        Assert.Equal("Surabaya", own.Metadata.Dateline!.Text);
        Assert.Empty(own.Metadata.Credits);
        var copied = Prepare(text, outlet: "Harian Contoh", url: "https://hariancontoh.id/1");
        Assert.Equal([new Credit("Kompas.com", "wire")], copied.Metadata.Credits);
    }

    [Fact]
    public void Byline_after_a_date_and_a_clock_time_in_capitals()
    {
        var d = Prepare("Judul Berita Contoh Hari Ini\n\nSELASA, 20 FEBRUARI 2024 | 10:05 WIB | LAPORAN: BUDI SANTOSO\n\nWali kota meresmikan taman baru.");
        Assert.Equal(["Budi Santoso"], d.Metadata.Authors);
        Assert.StartsWith("2024-02-20", d.Metadata.Published);
        var pewarta = Prepare("Wali kota meresmikan taman baru pada Jumat pagi.\nPewarta: Sari Dewi\nEditor: Andi Wijaya");
        Assert.Equal(["Sari Dewi"], pewarta.Metadata.Authors);
    }

    [Fact]
    public void Agencies_in_a_dateline_split_on_slash()
    {
        var d = Prepare("MANILA (ANN/THE STRAITS TIMES) – The senate passed the bill on Monday after a long debate.");
        Assert.Equal("Manila", d.Metadata.Dateline!.Text);
        Assert.Contains(d.Metadata.Credits, c => c.Name == "Asia News Network" && c.Role == "wire");
        Assert.Contains(d.Metadata.Credits, c => c.Name == "The Straits Times" && c.Role == "wire");
    }

    [Fact]
    public void Caption_credits_without_a_marker_name()
    {
        var handout = Prepare("Menteri itu berbicara kepada wartawan di kantornya pada Rabu. (ANTARA/HO-Humas Kementerian)\nBandung (ANTARA) - Wali kota meresmikan taman baru.");
        Assert.Contains(new Credit("Antara", "photo"), handout.Metadata.Credits);
        Assert.DoesNotContain("Humas", handout.Text);
        var via = Prepare("Foto: Asap membubung dari gudang yang terbakar. (Nama Fotografer/Agensi Lokal via REUTERS)\nKAIRO - Menteri itu tiba pada Senin.");
        Assert.Contains(new Credit("Reuters", "photo"), via.Metadata.Credits);
        var courtesy = Prepare("Juru bicara kementerian, Budi Santoso/Ist\n\nWali kota meresmikan taman baru pada Jumat pagi.");
        Assert.Contains(new Credit("Ist", "photo"), courtesy.Metadata.Credits);
        var net = Prepare("Kapal patroli di perairan sengketa/Net\nPenjaga pantai menambah patroli pada Senin.");
        Assert.Contains(new Credit("Net", "photo"), net.Metadata.Credits);
        Assert.DoesNotContain("sengketa", net.Text);
        var paren = Prepare("Kapal perang itu berlabuh di pelabuhan negeri pada pagi tadi. (Gambar Bernama)\n\nPETALING JAYA : Tentera laut memantau kapal asing itu.");
        Assert.Contains(new Credit("Bernama", "photo"), paren.Metadata.Credits);
        Assert.Equal("Petaling Jaya", paren.Metadata.Dateline!.Text);
        var photographer = Prepare("Kapal patroli berlayar di perairan itu [File: Nama Fotografer/AFP]\nPenjaga pantai menambah patroli.");
        Assert.Equal([new Credit("AFP", "photo")], photographer.Metadata.Credits);
    }

    [Fact]
    public void A_paragraph_signed_with_a_dash_and_an_agency_is_wire_copy_and_stays()
    {
        var d = Prepare("Menteri itu dijadualkan tiba di ibu negara pada petang ini. – Bernama");
        Assert.Equal([new Credit("Bernama", "wire")], d.Metadata.Credits);
        Assert.Contains("dijadualkan tiba", d.Text);
    }

    [Fact]
    public void Caption_with_photo_credit_byline_timestamp_and_dateline()
    {
        var d = Prepare("""
            Dua menteri berjabat tangan di depan gedung parlemen. Foto: Antara
            Budi Santoso • 3 March 2023 08:05
            Bandung: Wali kota meresmikan taman kota yang baru pada Jumat pagi.
            Taman itu dilengkapi jalur sepeda.
            """);
        Assert.Equal(["Budi Santoso"], d.Metadata.Authors);
        Assert.Equal("2023-03-03T08:05", d.Metadata.Published);
        Assert.Equal(new DateOnly(2023, 3, 3), d.PublishedDate);
        Assert.Equal("Bandung", d.Metadata.Dateline!.Text);
        Assert.Equal([new Credit("Antara", "photo")], d.Metadata.Credits);
        Assert.StartsWith("Wali kota meresmikan", d.Text);
        Assert.DoesNotContain("Foto", d.Text);
    }

    [Theory]
    [InlineData("Baca juga: Harga Cabai Naik Lagi di Pasar Induk")]
    [InlineData("BACA JUGA: Harga Cabai Naik Lagi di Pasar Induk")]
    [InlineData("Baca Juga : Harga Cabai Naik Lagi")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Advertisement")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT")]
    [InlineData("Artikel Berkaitan:")]
    [InlineData("Telusuri berita ekonomi lainnya")]
    [InlineData("Dapatkan update berita pilihan setiap hari dari situs kami.")]
    [InlineData("A")]
    [InlineData("HOME NEWS INTERNATIONAL")]
    [InlineData("Home > Berita > Dunia")]
    public void Clutter_lines_never_reach_the_text(string clutter)
    {
        var d = Prepare($"Petani memanen jagung lebih awal tahun ini.\n{clutter}\nHarga jagung di tingkat petani turun sedikit.");
        Assert.Equal("Petani memanen jagung lebih awal tahun ini.\nHarga jagung di tingkat petani turun sedikit.", d.Text);
    }

    [Fact]
    public void Teaser_glued_to_the_next_sentence_keeps_the_sentence()
    {
        var d = Prepare("Kalimat pembuka berita ini cukup panjang.\nBACA JUGA: Warga Desa Gelar Lomba PerahuPemerintah daerah akan membangun dermaga baru tahun depan.");
        Assert.Equal("Kalimat pembuka berita ini cukup panjang.\nPemerintah daerah akan membangun dermaga baru tahun depan.", d.Text);
    }

    [Theory]
    [InlineData("(baca juga: Warga Desa Gelar Lomba Perahu)")]
    [InlineData("(Baca juga: Warga Desa Gelar Lomba Perahu)")]
    [InlineData("[Baca juga: Warga Desa Gelar Lomba Perahu]")]
    public void Bracketed_teaser_lines_are_cut_with_their_brackets(string teaser)
    {
        var d = Prepare($"Petani memanen jagung lebih awal tahun ini.\n{teaser}\nHarga jagung di tingkat petani turun sedikit.");
        Assert.Equal("Petani memanen jagung lebih awal tahun ini.\nHarga jagung di tingkat petani turun sedikit.", d.Text);
    }

    [Fact]
    public void Bracketed_teaser_inside_a_line_keeps_the_prose_around_it()
    {
        var d = Prepare("Rapat ditunda hingga pekan depan. (baca juga: Rapat Anggaran Molor Lagi) Warga diminta menunggu pengumuman resmi.");
        Assert.Equal("Rapat ditunda hingga pekan depan. Warga diminta menunggu pengumuman resmi.", d.Text);
    }

    [Fact]
    public void Prose_about_reading_in_brackets_is_kept()
    {
        var d = Prepare("Warga diminta membaca aturan baru (baca juga aturan lama) sebelum mendaftar.");
        Assert.Equal("Warga diminta membaca aturan baru (baca juga aturan lama) sebelum mendaftar.", d.Text);
    }

    [Fact]
    public void Teaser_after_a_sentence_end_is_cut()
    {
        var d = Prepare("Rapat ditunda hingga pekan depan. Baca juga: Rapat Anggaran Molor Lagi");
        Assert.Equal("Rapat ditunda hingga pekan depan.", d.Text);
    }

    [Fact]
    public void Camel_case_brand_in_a_teaser_is_not_a_join()
    {
        var d = Prepare("Baca juga: Video Lucu di YouTube Bikin Heboh Warganet Seluruh Negeri");
        Assert.Equal("", d.Text);
    }

    [Fact]
    public void Scraper_header_and_repeated_title_are_removed()
    {
        var d = Prepare(" date 2022-10-11 Advertisement\nJembatan Gantung Diresmikan\n\nJembatan Gantung Diresmikan\nWarga desa kini bisa menyeberang sungai dengan aman.", title: "Jembatan Gantung Diresmikan");
        Assert.Equal("Warga desa kini bisa menyeberang sungai dengan aman.", d.Text);
    }

    [Fact]
    public void Headline_followed_by_a_byline_becomes_the_title_when_none_is_given()
    {
        var d = Prepare("Harga Beras Turun Menjelang Panen\nOleh Dewi Lestari\nHarga beras di pasar tradisional turun menjelang panen raya.");
        Assert.Equal("Harga Beras Turun Menjelang Panen", d.Metadata.Title);
        Assert.Equal(["Dewi Lestari"], d.Metadata.Authors);
        Assert.Equal("Harga beras di pasar tradisional turun menjelang panen raya.", d.Text);
    }

    [Theory]
    [InlineData("(Foto: Reuters)", "Reuters")]
    [InlineData("(Photo: Reuters)", "Reuters")]
    [InlineData("[File: Lina Marlina/AFP]", "AFP")] // the agency is the credit, not the photographer
    [InlineData("Foto: EFE", "EFE")]
    public void Caption_lines_are_dropped_and_credits_kept(string credit, string names)
    {
        var d = Prepare($"Nelayan menarik jaring di pantai utara {credit}\nHasil tangkapan ikan meningkat bulan ini.");
        Assert.Equal("Hasil tangkapan ikan meningkat bulan ini.", d.Text);
        Assert.Equal(names.Split('|'), d.Metadata.Credits.Select(c => c.Name));
        Assert.All(d.Metadata.Credits, c => Assert.Equal("photo", c.Role));
    }

    [Fact]
    public void Bare_credit_line_and_agency_tail_caption()
    {
        var d = Prepare("Foto/AP\nPara pengungsi menunggu bantuan di tenda darurat pada Kamis. AFP\nBantuan makanan tiba pada malam hari.");
        Assert.Equal("Bantuan makanan tiba pada malam hari.", d.Text);
        Assert.Equal(["AP", "AFP"], d.Metadata.Credits.Select(c => c.Name));
    }

    [Fact]
    public void Credit_inside_a_long_paragraph_is_cut_but_the_paragraph_kept()
    {
        string para = string.Join(' ', Enumerable.Repeat("Kalimat panjang tentang rapat dewan kota yang berlangsung alot.", 8));
        var d = Prepare(para + " (Foto: Reuters) Rapat berakhir malam.");
        Assert.Contains("Rapat berakhir malam.", d.Text);
        Assert.DoesNotContain("Foto", d.Text);
        Assert.Equal("Reuters", Assert.Single(d.Metadata.Credits).Name);
    }

    [Theory]
    [InlineData("Oleh Dewi Lestari", "Dewi Lestari")]
    [InlineData("Penulis: Dewi Lestari", "Dewi Lestari")]
    [InlineData("By Jane Roe and John Doe", "Jane Roe|John Doe")]
    [InlineData("By Jane Roe and John Doe, ABC", "Jane Roe|John Doe")]
    [InlineData("Reporter: Agus Salim", "Agus Salim")]
    [InlineData("Rudi Hartono , Jurnalis-Kamis, 7 Maret 2024 |10:05 WIB", "Rudi Hartono")]
    public void Bylines_give_authors(string line, string names)
    {
        var d = Prepare($"{line}\nSebuah kalimat isi berita yang cukup panjang untuk dibaca.");
        Assert.Equal(names.Split('|'), d.Metadata.Authors);
        Assert.Equal("Sebuah kalimat isi berita yang cukup panjang untuk dibaca.", d.Text);
    }

    [Fact]
    public void Editor_line_is_an_editor_credit()
    {
        var d = Prepare("Sebuah kalimat isi berita yang cukup panjang untuk dibaca.\nPenulis: Dewi Lestari | Editor: Hendra Wijaya");
        Assert.Equal(["Dewi Lestari"], d.Metadata.Authors);
        Assert.Equal([new Credit("Hendra Wijaya", "editor")], d.Metadata.Credits);
        Assert.Equal("Sebuah kalimat isi berita yang cukup panjang untuk dibaca.", d.Text);
    }

    [Fact]
    public void Source_line_naming_an_outlet_is_a_wire_credit()
    {
        var d = Prepare("Gempa kecil terasa di pesisir selatan pagi ini.\nSumber: Reuters");
        Assert.Equal("Gempa kecil terasa di pesisir selatan pagi ini.", d.Text);
        Assert.Equal([new Credit("Reuters", "wire")], d.Metadata.Credits);
        var kept = Prepare("Gempa kecil terasa di pesisir selatan pagi ini.\nSumber: warga setempat");
        Assert.Contains("Sumber: warga setempat", kept.Text);
    }

    [Theory]
    [InlineData("Oleh karena itu, rapat ditunda.")]
    [InlineData("By Tuesday, the council had voted.")]
    [InlineData("Rapat digelar pada Rabu, 19 Juni 2024.")]
    public void Prose_is_not_a_byline(string line)
    {
        var d = Prepare(line);
        Assert.Equal(line, d.Text);
        Assert.Empty(d.Metadata.Authors);
    }

    [Theory]
    [InlineData("Rabu, 19 Juni 2024 - 20:40 WIB", "2024-06-19T20:40+07:00")]
    [InlineData("Selasa, 5 Maret 2024 14:00 WITA", "2024-03-05T14:00+08:00")]
    [InlineData("Jumat, 1 Desember 2023 09:30 WIT", "2023-12-01T09:30+09:00")]
    [InlineData("Khamis, 8 Mei 2025 10:15 MYT", "2025-05-08T10:15+08:00")]
    [InlineData("June 21, 2024 2:29 PM", "2024-06-21T14:29")]
    [InlineData("Monday, 4 August 2025", "2025-08-04")]
    [InlineData("12/01/2024, 16:11 WIB", "2024-01-12T16:11+07:00")]
    [InlineData("Isnin, 3 Mac 2025", "2025-03-03")]
    public void Timestamp_lines_give_published(string line, string iso)
    {
        var d = Prepare($"{line}\nIsi berita dimulai di sini dengan kalimat yang lengkap.");
        Assert.Equal(iso, d.Metadata.Published);
        Assert.Equal("Isi berita dimulai di sini dengan kalimat yang lengkap.", d.Text);
    }

    [Fact]
    public void Updated_stamp_is_dropped_but_not_the_publication_time()
    {
        var d = Prepare("Senin, 4 Maret 2024 08:00 WIB\nDiperbarui: Selasa, 5 Maret 2024 10:00 WIB\nIsi berita dimulai di sini dengan kalimat yang lengkap.");
        Assert.Equal("2024-03-04T08:00+07:00", d.Metadata.Published);
        Assert.Equal("Isi berita dimulai di sini dengan kalimat yang lengkap.", d.Text);
        Assert.Null(Prepare("Updated 5 March 2024\nBody text.").Metadata.Published);
    }

    [Fact]
    public void Wire_footer_with_semicolons_gives_author_and_editor()
    {
        var d = Prepare("Isi berita dimulai di sini dengan kalimat yang lengkap.\nReporting by Jane Roe; Editing by John Doe");
        Assert.Equal(["Jane Roe"], d.Metadata.Authors);
        Assert.Equal([new Credit("John Doe", "editor")], d.Metadata.Credits);
        Assert.Equal("Isi berita dimulai di sini dengan kalimat yang lengkap.", d.Text);
    }

    [Fact]
    public void Input_published_wins_but_a_same_day_time_completes_it()
    {
        Assert.Equal("2020-01-01", Prepare("Kamis, 7 Maret 2024 10:05 WIB\nIsi berita.", published: "2020-01-01").Metadata.Published);
        Assert.Equal("2024-03-07T10:05+07:00", Prepare("Kamis, 7 Maret 2024 10:05 WIB\nIsi berita.", published: "2024-03-07").Metadata.Published);
        Assert.Equal(["Orang Lain"], Prepare("Oleh Dewi Lestari\nIsi berita.", authors: ["Orang Lain"]).Metadata.Authors);
        Assert.Equal("Judul Masukan", Prepare("Judul Lain Sekali\nOleh Dewi Lestari\nIsi berita.", title: "Judul Masukan").Metadata.Title);
    }

    [Theory]
    [InlineData("Hanoi: Presiden itu berbicara.", "Hanoi", null)]
    [InlineData("JAKARTA, KOMPAS.com - Menteri itu berbicara.", "Jakarta", "Kompas.com")]
    [InlineData("SEOUL (AFP) – Presiden itu berbicara.", "Seoul", "AFP")]
    [InlineData("SEOUL (Reuters) - Presiden itu berbicara.", "Seoul", "Reuters")]
    [InlineData("MOSCOW - Presiden itu berbicara.", "Moscow", null)]
    [InlineData("KUALA LUMPUR - Menteri itu berbicara.", "Kuala Lumpur", null)]
    [InlineData("NEW YORK, June 21 (Reuters) - The president spoke.", "New York", "Reuters")]
    [InlineData("TEMPO.CO, Jakarta - Menteri itu berbicara.", "Jakarta", "Tempo")]
    [InlineData("KUALA LUMPUR, 19 Jun (Bernama) -- Menteri itu berbicara.", "Kuala Lumpur", "Bernama")]
    public void Datelines_are_lifted_with_their_agency(string line, string place, string? agency)
    {
        var d = Prepare(line + "\nKalimat kedua.");
        Assert.Equal(place, d.Metadata.Dateline?.Text);
        Assert.Matches("^(Menteri|Presiden|The) ", d.Text);
        if (agency is null) Assert.Empty(d.Metadata.Credits);
        else Assert.Equal([new Credit(agency, "wire")], d.Metadata.Credits);
    }

    [Theory]
    [InlineData("Catatan: tulisan ini diperbarui.")]
    [InlineData("Menurut dia - dan banyak orang - harga naik.")]
    [InlineData("Putin dan Kim bertemu.")]
    [InlineData("Budiman: Harga Beras Akan Turun Bulan Depan")]
    [InlineData("Jokowi - Prabowo Bertemu di Istana")]
    public void Not_a_dateline(string line)
    {
        var d = Prepare(line);
        Assert.Null(d.Metadata.Dateline);
        Assert.Equal(line, d.Text);
    }

    [Fact]
    public void Dateline_only_in_the_first_body_paragraph()
    {
        var d = Prepare("Rapat dewan berlangsung lama sampai malam hari.\nJAKARTA - Kalimat ini bukan pembuka.");
        Assert.Null(d.Metadata.Dateline);
        Assert.Contains("JAKARTA - Kalimat", d.Text);
    }

    [Fact]
    public void Repeated_and_cut_off_paragraphs_are_dropped()
    {
        var d = Prepare("Sebuah paragraf yang lengkap tentang rapat dewan kota hari ini.\nParagraf lain.\nSebuah paragraf yang lengkap tentang rapat dewan kota hari ini.\nSebuah paragraf yang lengkap tentang rapat dew");
        Assert.Equal("Sebuah paragraf yang lengkap tentang rapat dewan kota hari ini.\nParagraf lain.", d.Text);
    }

    [Fact]
    public void Html_in_raw_article_is_extracted_by_the_preparer()
    {
        var d = new ArticlePreparer().Prepare(new RawArticle
        {
            SourceName = "h",
            Html = "<html><head><meta property=\"og:title\" content=\"Judul HTML\"></head><body><p>SURABAYA - Kapal baru diluncurkan di galangan kota pada Senin.</p></body></html>",
        });
        Assert.Equal("Judul HTML", d.Metadata.Title);
        Assert.Equal("Surabaya", d.Metadata.Dateline!.Text);
        Assert.StartsWith("Kapal baru", d.Text);
    }
}

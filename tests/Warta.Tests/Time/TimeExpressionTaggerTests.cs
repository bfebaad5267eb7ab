using Warta.Documents;
using Warta.Time;

namespace Warta.Tests.Time;

public sealed class TimeExpressionTaggerTests
{
    private static readonly TimeExpressionTagger Tagger = new();

    /// <summary>"text=value" for every expression, " | " between them; a range is "from..to".</summary>
    private static string Describe(Document doc) =>
        string.Join(" | ", doc.Times.Select(t => $"{doc.Text[t.Start..t.End]}={Value(t.Date)}"));

    private static string Value(DateValue d) =>
        d.To is { } to ? $"{d.Format()}..{(d with { Value = to, To = null }).Format()}" : d.Format();

    private static void Check(string published, string text, string expected)
    {
        string? pub = published.Length == 0 ? null : published;
        foreach (var split in TestDocuments.AllSplits)
        {
            var doc = TestDocuments.Make(text, pub, split: split);
            Tagger.Process(doc);
            Assert.Equal(expected, Describe(doc));
        }
    }

    // Publication 2024-06-21 is a Friday.
    [Theory]
    [InlineData("2024-06-21", "Perjanjian itu ditandatangani pada Rabu di Pyongyang.", "Rabu=2024-06-19")]
    [InlineData("2024-06-21", "Menteri itu tiba pada hari Rabu.", "hari Rabu=2024-06-19")]
    [InlineData("2024-06-21", "Serangan terjadi Rabu pagi waktu setempat.", "Rabu pagi=2024-06-19")]
    [InlineData("2024-06-21", "Bentrokan pecah malam Rabu di perbatasan.", "malam Rabu=2024-06-19")]
    [InlineData("2024-06-21", "Presiden berbicara pada Jumat di istana.", "Jumat=2024-06-21")]
    [InlineData("2024-06-21", "Ia tiba Minggu dan pulang Senin.", "Minggu=2024-06-16 | Senin=2024-06-17")]
    [InlineData("2024-06-21", "Ia ditemui Selasa lalu di kantornya.", "Selasa lalu=2024-06-18")]
    [InlineData("2024-06-21", "Delegasi akan tiba di Jakarta pada Senin.", "Senin=2024-06-24")]
    [InlineData("2024-06-21", "Menteri itu dijadwalkan tiba di Jakarta pada Kamis.", "Kamis=2024-06-27")]
    [InlineData("2024-06-21", "Pada Kamis, Presiden akan meresmikan jembatan itu.", "Kamis=2024-06-27")]
    [InlineData("2024-06-21", "Pada Kamis, Presiden mengatakan bahwa ia akan datang.", "Kamis=2024-06-20")]
    [InlineData("2024-06-21", "Pertemuan berikutnya digelar Rabu depan.", "Rabu depan=2024-06-26")]
    [InlineData("2024-06-21", "Kesepakatan itu diumumkan Jumat 21 Juni 2024 di Hanoi.", "Jumat 21 Juni 2024=2024-06-21")]
    [InlineData("2024-06-21", "Kedua pihak bertemu pada 21 Juni 2024.", "21 Juni 2024=2024-06-21")]
    [InlineData("2024-06-21", "Keputusan itu diambil Kamis (20/6) malam.", "Kamis (20/6) malam=2024-06-20")]
    [InlineData("2024-06-21", "Polisi menahan dua tersangka (19/6).", "19/6=2024-06-19")]
    [InlineData("2024-06-21", "Data itu dirilis pada 21/6/2024 oleh kementerian.", "21/6/2024=2024-06-21")]
    [InlineData("2024-06-21", "Kapal itu tiba Selasa (18/6/2024) malam.", "Selasa (18/6/2024) malam=2024-06-18")]
    [InlineData("2024-06-21", "Ia tiba Minggu (23/6) pagi.", "Minggu (23/6) pagi=2024-06-23")]
    [InlineData("2024-06-21", "Pesawat itu mendarat Selasa malam (18/6/2024) di Pyongyang.", "Selasa malam (18/6/2024)=2024-06-18")]
    [InlineData("2024-06-21", "Pertemuan digelar 20-21 Juni 2024 di Bali.", "20-21 Juni 2024=2024-06-20..2024-06-21")]
    [InlineData("2024-06-21", "Pasukan tiba 2 Juni di pelabuhan.", "2 Juni=2024-06-02")]
    [InlineData("2024-06-21", "Pemilu digelar pada Februari 2024.", "Februari 2024=2024-02")]
    [InlineData("2024-06-21", "Ia menjabat sejak tahun 2000.", "tahun 2000=2000")]
    [InlineData("2024-06-21", "Bazoum terpilih pada 2021 lewat pemungutan suara.", "2021=2021")]
    [InlineData("2024-06-21", "Pasukan ditarik pada pertengahan 2023.", "pertengahan 2023=2023")]
    [InlineData("2024-06-21", "Kedua pemimpin terakhir bertemu pada bulan September.", "bulan September=2023-09")]
    [InlineData("2024-06-21", "Harga naik pada awal bulan ini.", "awal bulan ini=2024-06")]
    [InlineData("2024-06-21", "Ia tiba di Jakarta kemarin.", "kemarin=2024-06-20")]
    [InlineData("2024-06-21", "Presiden menerima surat itu hari ini.", "hari ini=2024-06-21")]
    [InlineData("2024-06-21", "Sidang dilanjutkan besok.", "besok=2024-06-22")]
    [InlineData("2024-06-21", "Tim itu tiba pekan lalu.", "pekan lalu=2024-06-10..2024-06-16")]
    [InlineData("2024-06-21", "Harga minyak turun bulan lalu.", "bulan lalu=2024-05")]
    [InlineData("2024-06-21", "Ledakan terjadi dua hari lalu.", "dua hari lalu=2024-06-19")]
    [InlineData("2024-06-21", "Ia dibebaskan 2 hari yang lalu.", "2 hari yang lalu=2024-06-19")]
    [InlineData("2024-06-21", "Ia bertemu dua minggu lalu.", "dua minggu lalu=2024-06-03..2024-06-09")]
    [InlineData("2024-06-21", "Inflasi melonjak tahun lalu.", "tahun lalu=2023")]
    [InlineData("2024-06-21", "Festival akan digelar akhir pekan ini.", "akhir pekan ini=2024-06-22..2024-06-23")]
    [InlineData("2024-06-21", "Warga mengungsi beberapa hari lalu.", "beberapa hari lalu=2024-06-14..2024-06-19")]
    [InlineData("2024-06-21", "Ia tiba pada 10 Juni 2024. Keesokan harinya ia bertemu presiden.", "10 Juni 2024=2024-06-10 | Keesokan harinya=2024-06-11")]
    [InlineData("2024-06-21", "Ia tiba pada 10 Juni 2024 dan pulang dua hari kemudian.", "10 Juni 2024=2024-06-10 | dua hari kemudian=2024-06-12")]
    [InlineData("2024-06-21", "Ia tiba pada 10 Juni 2024 dan bertemu presiden pada hari yang sama.", "10 Juni 2024=2024-06-10 | hari yang sama=2024-06-10")]
    [InlineData("2024-06-21", "Keesokan harinya ia pulang.", "")]
    [InlineData("2024-06-21", "Pakta itu diteken pada 12 Juni 2024. Sehari sebelumnya kedua menteri bertemu.", "12 Juni 2024=2024-06-12 | Sehari sebelumnya=2024-06-11")]
    [InlineData("2023-07-27", "Kudeta terjadi pada Rabu, (26/7/2023) pagi.", "Rabu, (26/7/2023) pagi=2023-07-26")]
    [InlineData("2022-03-16", "Uni Eropa pada Selasa (15/3) menyetujui sanksi baru.", "Selasa (15/3)=2022-03-15")]
    public void Indonesian(string published, string text, string expected) => Check(published, text, expected);

    [Theory]
    [InlineData("2024-06-21", "Dewan Keamanan mengesahkan Resolusi 2669 tentang Myanmar.", "")]
    [InlineData("2024-06-21", "Dewan itu mengesahkan Resolusi 2023 tentang Sudan.", "")]
    [InlineData("2024-06-21", "Sebanyak 2000 orang mengungsi dari desa itu.", "")]
    [InlineData("2024-06-21", "Ia dipenjara selama 2000 hari.", "")]
    [InlineData("2024-06-21", "Korban tewas mencapai 1950 jiwa.", "")]
    [InlineData("2024-06-21", "Ini kunjungan pertamanya dalam 24 tahun.", "")]
    [InlineData("2024-06-21", "Gelar Karpet Maret untuk tamu negara.", "")]
    [InlineData("2024-06-21", "Skor akhir 3/1 untuk tuan rumah.", "")]
    [InlineData("2024-06-21", "Pukul 14:29 pesawat mendarat.", "")]
    [InlineData("", "Uni Eropa pada Selasa (15/3) menyetujui sanksi baru kemarin.", "")]
    [InlineData("", "Kesepakatan itu diumumkan pada 21 Juni 2024.", "21 Juni 2024=2024-06-21")]
    public void Not_dates_and_no_publication_date(string published, string text, string expected) => Check(published, text, expected);

    [Theory]
    // 2025-01-01 is a Wednesday, 2025-01-02 a Thursday, 2024-12-30 a Monday.
    [InlineData("2025-01-02", "Ia tiba Senin.", "Senin=2024-12-30")]
    [InlineData("2025-01-03", "Banjir melanda pada 21/12.", "21/12=2024-12-21")]
    [InlineData("2024-12-30", "Tahun baru dirayakan pada 1/1.", "1/1=2025-01-01")]
    [InlineData("2025-01-05", "Pemerintah mengumumkan kebijakan itu pada bulan Desember.", "bulan Desember=2024-12")]
    [InlineData("2025-01-10", "Kebijakan itu berlaku sejak Desember lalu.", "Desember lalu=2024-12")]
    [InlineData("2025-01-01", "Ia tiba kemarin.", "kemarin=2024-12-31")]
    [InlineData("2024-01-15", "Harga turun bulan lalu.", "bulan lalu=2023-12")]
    [InlineData("2024-12-30", "Pertemuan akan digelar Rabu depan.", "Rabu depan=2025-01-01")]
    [InlineData("2025-01-02", "Tim itu tiba minggu lalu.", "minggu lalu=2024-12-23..2024-12-29")]
    [InlineData("2025-01-01", "Pesta digelar akhir pekan lalu.", "akhir pekan lalu=2024-12-28..2024-12-29")]
    [InlineData("2024-12-31", "Pajak naik tahun depan.", "tahun depan=2025")]
    [InlineData("2024-01-01", "Inflasi melonjak tahun lalu.", "tahun lalu=2023")]
    [InlineData("2024-03-01", "Ia tiba kemarin.", "kemarin=2024-02-29")]
    [InlineData("2025-03-01", "Ia tiba dua hari lalu.", "dua hari lalu=2025-02-27")]
    [InlineData("2024-03-01", "Ia dilantik pada 29 Februari.", "29 Februari=2024-02-29")]
    [InlineData("2025-03-01", "Ia dilantik pada 29 Februari.", "29 Februari=2024-02-29")]
    [InlineData("2024-02-28", "Sidang digelar besok.", "besok=2024-02-29")]
    [InlineData("2024-06-21", "Ia lahir pada 29 Februari 2000.", "29 Februari 2000=2000-02-29")]
    [InlineData("2024-06-21", "Tanggal 29/2/2023 tidak ada.", "")]
    public void Year_boundaries_and_leap_days(string published, string text, string expected) => Check(published, text, expected);

    [Theory]
    [InlineData("2024-06-21", "Beliau tiba pada Khamis.", "Khamis=2024-06-20")]
    [InlineData("2024-06-21", "Mesyuarat akan diadakan pada Isnin depan.", "Isnin depan=2024-06-24")]
    [InlineData("2024-06-21", "Harga minyak naik bulan lepas.", "bulan lepas=2024-05")]
    [InlineData("2024-06-21", "Beliau ditahan semalam.", "semalam=2024-06-20")]
    [InlineData("2024-06-21", "Projek itu siap pada Ogos 2023.", "Ogos 2023=2023-08")]
    [InlineData("2024-06-21", "Perjanjian itu ditandatangani pada Jumaat 21 Jun 2024.", "Jumaat 21 Jun 2024=2024-06-21")]
    [InlineData("2024-06-21", "Mereka bertemu tiga minggu lepas.", "tiga minggu lepas=2024-05-27..2024-06-02")]
    [InlineData("2024-06-21", "Pilihan raya diadakan pada Mac.", "Mac=2024-03")]
    [InlineData("2024-06-21", "Sidang akan disambung esok.", "esok=2024-06-22")]
    [InlineData("2024-06-21", "Pertempuran berlaku lewat malam Rabu di sempadan.", "malam Rabu=2024-06-19")]
    [InlineData("2024-06-21", "Mereka tiba pada hujung minggu lalu.", "hujung minggu lalu=2024-06-15..2024-06-16")]
    public void Malay(string published, string text, string expected) => Check(published, text, expected);

    [Theory]
    [InlineData("2024-06-21", "Putin signed the pact on Wednesday.", "Wednesday=2024-06-19")]
    [InlineData("2023-08-07", "Marcos told reporters on Monday.", "Monday=2023-08-07")]
    [InlineData("2023-08-07", "The Philippines on Saturday accused the coastguard.", "Saturday=2023-08-05")]
    [InlineData("2024-06-21", "The ministers will meet on Wednesday.", "Wednesday=2024-06-26")]
    [InlineData("2024-06-21", "The summit opens next Wednesday.", "next Wednesday=2024-06-26")]
    [InlineData("2024-06-21", "He resigned last Friday.", "last Friday=2024-06-14")]
    [InlineData("2024-06-21", "The deal was signed on June 21, 2024.", "June 21, 2024=2024-06-21")]
    [InlineData("2024-06-21", "The talks began on 21 June.", "21 June=2024-06-21")]
    [InlineData("2024-06-21", "The talks began on June 3rd.", "June 3rd=2024-06-03")]
    [InlineData("2024-06-21", "Rescuers arrived Friday, June 21, 2024, at dawn.", "Friday, June 21, 2024=2024-06-21")]
    [InlineData("2024-06-21", "Putin arrived yesterday.", "yesterday=2024-06-20")]
    [InlineData("2024-06-21", "The court will rule tomorrow.", "tomorrow=2024-06-22")]
    [InlineData("2024-06-21", "The minister spoke today.", "today=2024-06-21")]
    [InlineData("2024-06-21", "Fighting resumed last night.", "last night=2024-06-20")]
    [InlineData("2024-06-21", "The ruling came two days ago.", "two days ago=2024-06-19")]
    [InlineData("2024-06-21", "The ruling came a year ago.", "a year ago=2023")]
    [InlineData("2024-06-21", "Prices rose last month.", "last month=2024-05")]
    [InlineData("2024-06-21", "The exercise ended last week.", "last week=2024-06-10..2024-06-16")]
    [InlineData("2024-06-21", "She was elected last year.", "last year=2023")]
    [InlineData("2024-06-21", "The court ruled in 2016.", "2016=2016")]
    [InlineData("2024-06-21", "It has ignored a 2016 court ruling.", "")]
    [InlineData("2024-06-21", "Beijing ignored the ruling of 2016.", "2016=2016")]
    [InlineData("2024-06-21", "The vote took place in September.", "September=2023-09")]
    [InlineData("2024-06-21", "The vote will take place in September.", "September=2024-09")]
    [InlineData("2024-06-21", "Troops withdrew in mid-2023.", "mid-2023=2023")]
    [InlineData("2024-06-21", "The president will visit this weekend.", "this weekend=2024-06-22..2024-06-23")]
    [InlineData("2024-06-21", "Talks stalled on June 3, 2024. The talks resumed the next day.", "June 3, 2024=2024-06-03 | the next day=2024-06-04")]
    [InlineData("2024-06-21", "Troops crossed the border on June 3, 2024, and withdrew the same day.", "June 3, 2024=2024-06-03 | the same day=2024-06-03")]
    [InlineData("2024-06-21", "The figures were released on 6/21/2024 by the ministry.", "6/21/2024=2024-06-21")]
    [InlineData("2024-06-21", "About 2000 people marched.", "")]
    [InlineData("2024-06-21", "You may leave now.", "")]
    public void English(string published, string text, string expected) => Check(published, text, expected);

    [Fact]
    public void A_day_after_another_event_is_an_anchored_time()
    {
        const string text = "Ia berbicara di Hanoi, sehari setelah mengunjungi Pyongyang.";
        var doc = TestDocuments.Make(text);
        Tagger.Process(doc);
        Assert.Empty(doc.Times);
        var a = Assert.Single(AnchoredTimes.Of(doc));
        Assert.Equal("sehari setelah", text[a.Start..a.End]);
        Assert.Equal(1, a.Amount);
        Assert.Equal(TimeUnit.Day, a.Unit);
        Assert.Equal(text.IndexOf("mengunjungi", StringComparison.Ordinal), a.AnchorStart);
        Assert.Null(a.Resolved);
        Assert.Equal(new DateValue(new DateOnly(2024, 6, 20), DatePrecision.Day), a.Apply(new DateValue(new DateOnly(2024, 6, 19), DatePrecision.Day)));
    }

    [Theory]
    [InlineData("Ia tiba di Seoul dua hari sebelum pemilu digelar.", "dua hari sebelum", -2, TimeUnit.Day, "pemilu")]
    [InlineData("He spoke a day after visiting Pyongyang.", "a day after", 1, TimeUnit.Day, "visiting")]
    [InlineData("Pertempuran meletus semula, sehari selepas tercetusnya keganasan.", "sehari selepas", 1, TimeUnit.Day, "tercetusnya")]
    [InlineData("The treaty was signed a week before the summit.", "a week before", -1, TimeUnit.Week, "the summit")]
    public void Anchored_times(string text, string span, int amount, TimeUnit unit, string anchor)
    {
        var doc = TestDocuments.Make(text);
        Tagger.Process(doc);
        var a = Assert.Single(AnchoredTimes.Of(doc));
        Assert.Equal(span, text[a.Start..a.End]);
        Assert.Equal(amount, a.Amount);
        Assert.Equal(unit, a.Unit);
        Assert.Equal(text.IndexOf(anchor, StringComparison.Ordinal), a.AnchorStart);
    }

    [Fact]
    public void An_anchor_clause_with_its_own_date_resolves_the_anchored_time()
    {
        const string text = "Ia tiba sehari setelah pertemuan pada Rabu.";
        var doc = TestDocuments.Make(text);
        Tagger.Process(doc);
        Assert.Equal("sehari setelah=2024-06-20 | Rabu=2024-06-19", Describe(doc));
        Assert.Equal(new DateOnly(2024, 6, 20), Assert.Single(AnchoredTimes.Of(doc)).Resolved?.Value);
    }

    [Fact]
    public void Seed_article_times_resolve_against_the_publication_date()
    {
        string dir = Path.Combine(TestDocuments.SharedDirectory(), "acceptance", "seed");
        string text = File.ReadAllText(Directory.GetFiles(dir, "*.txt").Single());
        var doc = TestDocuments.Make(text.Replace("\r\n", "\n"), "2024-06-21");
        Tagger.Process(doc);
        var found = doc.Times.Select(t => (doc.Text[t.Start..t.End], Value(t.Date))).ToList();
        Assert.Contains(("Rabu", "2024-06-19"), found);
        Assert.Contains(("awal bulan ini", "2024-06"), found);
        Assert.Contains(("Jumat 21 Juni 2024", "2024-06-21"), found);
        var anchored = Assert.Single(AnchoredTimes.Of(doc));
        Assert.Equal("sehari setelah", doc.Text[anchored.Start..anchored.End]);
    }

    [Fact]
    public void Publication_instant_in_the_metadata_anchors_when_no_date_was_parsed()
    {
        const string text = "Perjanjian itu ditandatangani pada Rabu.";
        var doc = new Document(text, new ArticleMetadata { Published = "2024-06-21T14:29:00+07:00" });
        doc.Tokens = TestDocuments.Tokenize(text, fine: false);
        doc.Sentences = TestDocuments.SplitSentences(text, doc.Tokens);
        Tagger.Process(doc);
        Assert.Equal("Rabu=2024-06-19", Describe(doc));
    }

    [Fact]
    public void Default_engine_runs_the_tagger_after_the_tokenizer()
    {
        var engine = Warta.WartaEngine.CreateDefault();
        Assert.Contains(engine.Pipeline.Stages, s => s is TimeExpressionTagger);
        var doc = engine.Process(new Warta.Input.RawArticle
        {
            SourceName = "test",
            Language = "id",
            Published = "2024-06-21",
            Text = "Menteri itu tiba di Jakarta kemarin dan akan kembali Senin.",
        });
        Assert.Equal("kemarin=2024-06-20 | Senin=2024-06-24", Describe(doc));
    }

    [Fact]
    public void Stage_declares_its_layers()
    {
        Assert.Equal(Layers.Tokens | Layers.Sentences, Tagger.Requires);
        Assert.Equal(Layers.Times, Tagger.Provides);
    }
}

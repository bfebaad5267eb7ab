using BenchmarkDotNet.Attributes;
using Warta.Actors;
using Warta.Documents;
using Warta.Tokenization;

namespace Warta.Bench;

/// <summary>
/// Mention linking over ~100,000 chars: SyntheticNews text with a sentence naming known actors and places every few
/// sentences (written for this benchmark). Tokens and sentences are made once; each run relinks the same document.
/// Throughput = chars / mean time (one thread).
/// </summary>
[MemoryDiagnoser]
public class LinkerBenchmarks
{
    private static readonly string[] Named =
    [
        "Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong-un di Pyongyang.",
        "Menteri Luar Negeri, Retno LP Marsudi, mengatakan ASEAN mendukung Myanmar.",
        "Tentara Israel menyerang Jalur Gaza, kata juru bicara PBB di Jenewa.",
        "Kapal penjaga pantai China membayangi kapal Filipina di Laut China Selatan.",
        "Negara-negara Barat dan Uni Eropa menjatuhkan sanksi kepada Moskow.",
        "Polisi Kenya menahan pengunjuk rasa di Nairobi, lapor Reuters.",
        "Gedung Putih menyebut AS tidak terlibat, sementara Kremlin membantah.",
        "Putin dan Kim kemudian menandatangani perjanjian di Istana Kumsusan.",
    ];

    private Document _doc = null!;
    private MentionLinker _linker = null!;

    [Params(100_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var synthetic = SyntheticNews.Generate(Chars);
        var sb = new System.Text.StringBuilder(Chars + 4096);
        int n = 0;
        foreach (var para in synthetic.Split('\n'))
        {
            sb.Append(para).Append(' ').Append(Named[n++ % Named.Length]).Append('\n');
        }
        var text = sb.ToString();
        _doc = new Document(text, new ArticleMetadata()) { Language = "id", PublishedDate = new DateOnly(2024, 6, 20) };
        var data = TokenizerData.For("id");
        _doc.Tokens = Tokenizer.Tokenize(text, data);
        _doc.Sentences = SentenceSplitter.Split(text, _doc.Tokens);
        MentionLinker.Warm();
        _linker = new MentionLinker();
        _linker.Process(_doc);
        Console.WriteLine($"// {text.Length} chars, {_doc.Tokens.Length} tokens, {_doc.Mentions.Count} mentions");
    }

    [Benchmark]
    public int Link()
    {
        _doc.Mentions.Clear();
        _linker.Process(_doc);
        return _doc.Mentions.Count;
    }
}

using BenchmarkDotNet.Attributes;
using Warta.Documents;
using Warta.Tokenization;

namespace Warta.Bench;

/// <summary>Tokenizer and sentence splitter over 100,000 chars of synthetic Indonesian-like text (see SyntheticNews).</summary>
[MemoryDiagnoser]
public class TokenizationBenchmarks
{
    private string _text = "";
    private Token[] _tokens = [];
    private TokenizerData _data = null!;

    [Params(100_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SyntheticNews.Generate(Chars);
        _data = TokenizerData.For("id");
        _tokens = Tokenizer.Tokenize(_text, _data);
        Console.WriteLine($"// {_text.Length} chars, {_tokens.Length} tokens, {SentenceSplitter.Split(_text, _tokens).Length} sentences");
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(_text, _data).Length;

    [Benchmark]
    public int SplitSentences() => SentenceSplitter.Split(_text, _tokens).Length;
}

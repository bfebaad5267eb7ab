using BenchmarkDotNet.Attributes;
using Warta.Documents;
using Warta.Ner;
using Warta.Tokenization;

namespace Warta.Bench;

/// <summary>
/// The shipped NER model tagging every sentence of 100,000 chars of synthetic Indonesian-like text
/// (SyntheticNews), tokens and sentences made once in setup. Throughput on real CoNLL text, whole
/// process: scripts/ner-bench.sh.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private Document _doc = null!;
    private NerModel _model = null!;
    private NerStage _stage = null!;
    private int[] _starts = [];
    private int[] _ends = [];
    private int[] _tags = [];

    [Params(100_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = SyntheticNews.Generate(Chars);
        var tokens = Tokenizer.Tokenize(text, TokenizerData.For("id"));
        _doc = new Document(text, new ArticleMetadata())
        {
            Language = "id",
            Tokens = tokens,
            Sentences = SentenceSplitter.Split(text, tokens),
        };
        _model = NerModel.Default;
        _stage = new NerStage(_model);
        _starts = [.. tokens.Select(t => t.Start)];
        _ends = [.. tokens.Select(t => t.End)];
        _tags = new int[tokens.Length];
        Console.WriteLine($"// {tokens.Length} tokens, {_doc.Sentences.Length} sentences");
    }

    /// <summary>Raw tagger: features + Viterbi per sentence, no mention objects.</summary>
    [Benchmark]
    public int TagSentences()
    {
        int sum = 0;
        foreach (var s in _doc.Sentences)
        {
            _model.Tag(_doc.Text, _starts.AsSpan(s.FirstToken, s.TokenCount), _ends.AsSpan(s.FirstToken, s.TokenCount),
                _tags.AsSpan(s.FirstToken, s.TokenCount));
            sum += _tags[s.FirstToken];
        }
        return sum;
    }

    /// <summary>The pipeline stage, including mention creation (mentions cleared each run).</summary>
    [Benchmark]
    public int Stage()
    {
        _doc.Mentions.Clear();
        _stage.Process(_doc);
        return _doc.Mentions.Count;
    }
}

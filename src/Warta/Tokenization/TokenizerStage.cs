using Warta.Documents;
using Warta.Pipeline;

namespace Warta.Tokenization;

/// <summary>Fills <see cref="Document.Tokens"/> with the rule tokenizer, using the document's language abbreviations.</summary>
public sealed class TokenizerStage : IStage
{
    public string Name => "tokenizer";
    public Layers Requires => Layers.Text;
    public Layers Provides => Layers.Tokens;

    public void Process(Document document) =>
        document.Tokens = Tokenizer.Tokenize(document.Text, TokenizerData.For(document.Language));
}

/// <summary>Fills <see cref="Document.Sentences"/> and marks sentence-initial tokens.</summary>
public sealed class SentenceSplitterStage : IStage
{
    public string Name => "sentences";
    public Layers Requires => Layers.Tokens;
    public Layers Provides => Layers.Sentences;

    public void Process(Document document) =>
        document.Sentences = SentenceSplitter.Split(document.Text, document.Tokens);
}

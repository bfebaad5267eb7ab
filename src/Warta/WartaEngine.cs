using Warta.Documents;
using Warta.Input;
using Warta.Pipeline;
using Warta.Structure;

namespace Warta;

/// <summary>
/// The engine: turns a <see cref="RawArticle"/> into an annotated <see cref="Document"/>.
/// Built once (resources loaded once), then thread-safe; share one instance per process.
/// </summary>
public sealed class WartaEngine
{
    private readonly ArticlePreparer _preparer;

    public WartaEngine(ArticlePreparer preparer, TextPipeline pipeline)
    {
        _preparer = preparer;
        Pipeline = pipeline;
    }

    public TextPipeline Pipeline { get; }

    public Document Process(RawArticle article)
    {
        var doc = _preparer.Prepare(article);
        Pipeline.Process(doc);
        return doc;
    }

    /// <summary>The default pipeline with every stage the engine ships.</summary>
    public static WartaEngine CreateDefault() => new(new ArticlePreparer(), DefaultPipeline.CreateBuilder().Build());
}

using System.Collections.Immutable;
using Warta.Documents;

namespace Warta.Pipeline;

/// <summary>A validated, immutable sequence of stages; safe to share across threads.</summary>
public sealed class TextPipeline
{
    internal TextPipeline(ImmutableArray<IStage> stages) => Stages = stages;

    public ImmutableArray<IStage> Stages { get; }

    public void Process(Document document)
    {
        document.Provided |= Layers.Text;
        if (document.Language is not null) document.Provided |= Layers.Language;
        foreach (var stage in Stages)
        {
            stage.Process(document);
            document.Provided |= stage.Provides;
        }
    }
}

/// <summary>
/// Mutable builder: add stages, then <see cref="Build"/> checks that every stage's requirements are
/// provided by the text or an earlier stage, so a mis-ordered pipeline fails at start-up, not mid-corpus.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    public PipelineBuilder Replace<T>(IStage stage) where T : IStage
    {
        int i = _stages.FindIndex(s => s is T);
        if (i < 0) throw new InvalidOperationException($"No stage of type {typeof(T).Name} to replace.");
        _stages[i] = stage;
        return this;
    }

    public PipelineBuilder Remove<T>() where T : IStage
    {
        _stages.RemoveAll(s => s is T);
        return this;
    }

    public TextPipeline Build()
    {
        var available = Layers.Text | Layers.Language;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
                throw new PipelineOrderException($"Stage '{stage.Name}' is added twice.");
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
                throw new PipelineOrderException(
                    $"Stage '{stage.Name}' requires {missing}, which no earlier stage provides.");
            available |= stage.Provides;
        }
        return new TextPipeline([.. _stages]);
    }
}

public sealed class PipelineOrderException(string message) : Exception(message);

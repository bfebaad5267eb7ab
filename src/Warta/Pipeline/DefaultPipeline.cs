namespace Warta.Pipeline;

/// <summary>The stages the engine ships, in order. Callers may Replace/Remove before Build().</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder()
    {
        var b = new PipelineBuilder();
        return b;
    }
}

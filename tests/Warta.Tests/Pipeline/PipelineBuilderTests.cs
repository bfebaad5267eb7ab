using Warta.Documents;
using Warta.Pipeline;

namespace Warta.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed class FakeStage(string name, Layers requires, Layers provides) : IStage
    {
        public string Name => name;
        public Layers Requires => requires;
        public Layers Provides => provides;
        public int Calls;
        public void Process(Document document) => Calls++;
    }

    [Fact]
    public void Build_rejects_a_stage_whose_requirement_comes_later()
    {
        var b = new PipelineBuilder()
            .Add(new FakeStage("events", Layers.Mentions, Layers.Events))
            .Add(new FakeStage("mentions", Layers.Tokens, Layers.Mentions));
        var e = Assert.Throws<PipelineOrderException>(() => b.Build());
        Assert.Contains("events", e.Message);
    }

    [Fact]
    public void Build_accepts_an_ordered_pipeline_and_runs_every_stage_once()
    {
        var tok = new FakeStage("tokens", Layers.Text, Layers.Tokens | Layers.Sentences);
        var men = new FakeStage("mentions", Layers.Tokens, Layers.Mentions);
        var p = new PipelineBuilder().Add(tok).Add(men).Build();
        var doc = new Document("x", new ArticleMetadata());
        p.Process(doc);
        Assert.Equal(1, tok.Calls);
        Assert.Equal(1, men.Calls);
        Assert.True(doc.Provided.HasFlag(Layers.Mentions));
    }

    [Fact]
    public void Build_rejects_duplicate_stage_names()
    {
        var b = new PipelineBuilder()
            .Add(new FakeStage("a", Layers.Text, Layers.Tokens))
            .Add(new FakeStage("a", Layers.Text, Layers.Tokens));
        Assert.Throws<PipelineOrderException>(() => b.Build());
    }
}

using Warta.Documents;
using Warta.Ner;
using Warta.Pipeline;

namespace Warta.Tests.Ner;

public sealed class NerStageTests
{
    /// <summary>Whitespace tokens and one sentence per line, built here until the tokenizer is merged.</summary>
    private static Document Doc(string text, string language)
    {
        var doc = new Document(text, new ArticleMetadata()) { Language = language };
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        int lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            int first = tokens.Count;
            int i = 0;
            while (i < line.Length)
            {
                while (i < line.Length && line[i] == ' ') i++;
                int s = i;
                while (i < line.Length && line[i] != ' ') i++;
                if (i > s) tokens.Add(new Token(lineStart + s, lineStart + i, TokenKind.Word, TokenFlags.None));
            }
            if (tokens.Count > first)
                sentences.Add(new Sentence(lineStart, lineStart + line.Length, first, tokens.Count - first));
            lineStart += line.Length + 1;
        }
        doc.Tokens = [.. tokens];
        doc.Sentences = [.. sentences];
        return doc;
    }

    private static NerStage TinyStage() =>
        new(NerTrainer.Train(NerTestData.TinySentences(), NerLexicon.Empty, new NerTrainOptions { Bits = 14, Epochs = 8 }));

    private static string Show(Document d) =>
        string.Join("; ", d.Mentions.Select(m => $"{m.Type}:{d.Text[m.Start..m.End]}:{m.Source}"));

    [Fact]
    public void Adds_typed_model_mentions_at_token_offsets()
    {
        var doc = Doc("Siti bekerja di PT Maju Jaya .\nWarga Surabaya menyambut Budi .", "id");
        TinyStage().Process(doc);
        Assert.Equal("PER:Siti:Model; ORG:PT Maju Jaya:Model; LOC:Surabaya:Model; PER:Budi:Model", Show(doc));
    }

    [Fact]
    public void Knowledge_base_mentions_win_over_overlapping_model_spans()
    {
        var doc = Doc("Siti bekerja di PT Maju Jaya .", "ms");
        int maju = doc.Text.IndexOf("Maju", StringComparison.Ordinal);
        doc.Mentions.Add(new Mention { Start = maju, End = maju + 4, Type = EntityType.PER, Source = MentionSource.KnowledgeBase });
        TinyStage().Process(doc);
        Assert.Equal("PER:Siti:Model; PER:Maju:KnowledgeBase", Show(doc));
    }

    [Fact]
    public void English_documents_are_left_alone()
    {
        var doc = Doc("Siti bekerja di PT Maju Jaya .", "en");
        TinyStage().Process(doc);
        Assert.Empty(doc.Mentions);
    }

    [Fact]
    public void Shipped_model_finds_names_in_a_new_sentence()
    {
        var doc = Doc("Menteri Keuangan Sri Mulyani Indrawati mengunjungi kantor Bank Indonesia di Yogyakarta pada Senin .", "id");
        new NerStage().Process(doc);
        var shown = Show(doc);
        Assert.Contains("PER:Sri Mulyani Indrawati:Model", shown);
        Assert.Contains("ORG:Bank Indonesia:Model", shown);
        Assert.Contains("LOC:Yogyakarta:Model", shown);
    }

    [Fact]
    public void Stage_declares_its_layers_and_sits_in_the_default_pipeline()
    {
        var stage = new NerStage();
        Assert.Equal(Layers.Tokens | Layers.Sentences, stage.Requires);
        Assert.Equal(Layers.EntityTypes, stage.Provides);
        // Replace throws when the default builder has no NerStage.
        DefaultPipeline.CreateBuilder().Replace<NerStage>(stage);
    }
}

public sealed class NerPipelineTests
{
    [Fact]
    public void Default_pipeline_adds_model_mentions_the_knowledge_base_lacks()
    {
        var pipeline = DefaultPipeline.CreateBuilder().Build();
        var doc = new Document(
            "Bupati Sleman Wahyudi Hartanto meresmikan pasar baru di Desa Margorejo, Senin. " +
            "Acara itu juga dihadiri perwakilan Bank Rakyat Indonesia.",
            new ArticleMetadata()) { Language = "id" };
        pipeline.Process(doc);
        var model = doc.Mentions.Where(m => m.Source == MentionSource.Model)
            .Select(m => $"{m.Type}:{doc.Text[m.Start..m.End]}").ToList();
        Assert.Contains("PER:Wahyudi Hartanto", model);
        Assert.Contains("ORG:Bank Rakyat Indonesia", model);
        Assert.Contains(model, m => m.StartsWith("LOC:", StringComparison.Ordinal) && m.Contains("Margorejo", StringComparison.Ordinal));
        // Knowledge-base mentions stay authoritative elsewhere: no model span overlaps a remaining KB mention.
        foreach (var kb in doc.Mentions.Where(m => m.Source != MentionSource.Model))
            Assert.DoesNotContain(doc.Mentions, m => m.Source == MentionSource.Model && m.Start < kb.End && kb.Start < m.End);
        Assert.True(doc.Provided.HasFlag(Layers.EntityTypes));
    }
}

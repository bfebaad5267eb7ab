namespace Warta.Pipeline;

/// <summary>The stages the engine ships, in order. Callers may Replace/Remove before Build().</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder()
    {
        var b = new PipelineBuilder();

        // 1. language identification (LanguageId/)
        b.Add(new LanguageId.LanguageIdentifier());

        // 2. tokens and sentences (Tokenization/)
        b.Add(new Tokenization.TokenizerStage()).Add(new Tokenization.SentenceSplitterStage());

        // 3. cited sources (Structure/)
        b.Add(new Structure.CitedSourceFinder());

        // 4. knowledge-base mentions and places (Actors/, Places/)
        b.Add(new Actors.MentionLinker());

        // 5. statistical NER for names the KB lacks (Ner/)
        b.Add(new Ner.NerStage());

        // 6. coreference: pronouns and role descriptions (Actors/)
        b.Add(new Actors.Coreference.CoreferenceResolver());

        // 7. time expressions (Time/)
        b.Add(new Time.TimeExpressionTagger());

        // 8. quotes and speakers (Quotes/)
        b.Add(new Quotes.QuoteAttributor());

        // 9. events, claims and denials (Events/)
        b.Add(new Events.EventCoder());

        return b;
    }
}

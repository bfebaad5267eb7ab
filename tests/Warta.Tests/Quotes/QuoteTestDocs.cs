using Warta.Documents;
using Warta.Quotes;
using Warta.Tests.Events;

namespace Warta.Tests.Quotes;

/// <summary>The quote tests' one way to build a document with its names linked and run the quote stage over it.</summary>
internal static class QuoteTestDocs
{
    public static Document Attribute(string text, string lang, IEnumerable<TestDocs.Name> names)
    {
        var doc = TestDocs.Build(text, lang, names);
        new QuoteAttributor().Process(doc);
        return doc;
    }

    /// <summary>The one quote whose text contains <paramref name="content"/>.</summary>
    public static Quote Containing(Document d, string content) => Assert.Single(d.Quotes, q => d.Text[q.Start..q.End].Contains(content));
}

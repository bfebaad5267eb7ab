using Warta.Documents;

namespace Warta.Tests.Events;

/// <summary>
/// Builds Documents for the quote and event rules without the upstream stages: a whitespace/punctuation
/// tokenizer, a sentence splitter, and mentions placed on every occurrence of given surface strings.
/// </summary>
internal static class TestDocs
{
    /// <summary>An actor from a CAMEO code: "RUSGOV" → country RUS, sector GOV; group codes have no country.</summary>
    public static ActorRef Actor(string code, string? name = null)
    {
        bool group = code.StartsWith("IGO", StringComparison.Ordinal) || code is "WST" or "EUR" or "AFR" or "ASA";
        string? country = group ? null : code[..3];
        string? sector = !group && code.Length > 3 ? code[3..] : null;
        return new ActorRef(name ?? code, code, country, sector, null);
    }

    public sealed record Name(string Surface, string Code, EntityType Type = EntityType.GPE, string? Canonical = null);

    /// <summary>Country names (id, ms, en) and demonyms the event tests write their sentences with.</summary>
    public static readonly Name[] Countries =
    [
        new("Malaysia", "MYS"), new("Indonesia", "IDN"), new("Thailand", "THA"), new("Filipina", "PHL"), new("Vietnam", "VNM"),
        new("Jepang", "JPN"), new("Jepun", "JPN"), new("Tiongkok", "CHN"), new("China", "CHN"), new("Kanada", "CAN"),
        new("Brasil", "BRA"), new("Peru", "PER"), new("Kamboja", "KHM"), new("Lebanon", "LBN"),
        new("Japan", "JPN"), new("Philippines", "PHL"), new("Canada", "CAN"), new("Brazil", "BRA"), new("Chile", "CHL"),
        new("Japanese", "JPN", EntityType.NORP), new("Philippine", "PHL", EntityType.NORP), new("Brazilian", "BRA", EntityType.NORP),
        new("Chinese", "CHN", EntityType.NORP),
    ];

    /// <summary>Two made-up officials the event tests name.</summary>
    public static readonly Name[] Officials =
    [
        new("Hiroshi Tanaka", "JPNGOV", EntityType.PER), new("Tanaka", "JPNGOV", EntityType.PER),
        new("Ramon Cruz", "PHLGOV", EntityType.PER), new("Cruz", "PHLGOV", EntityType.PER),
    ];

    public static Document Build(string text, string lang, IEnumerable<Name> names, IEnumerable<(string Surface, DateValue Date)>? times = null, string? published = null)
    {
        var doc = new Document(text, new ArticleMetadata { Published = published }) { Language = lang };
        if (published is not null) doc.PublishedDate = DateOnly.Parse(published[..10], System.Globalization.CultureInfo.InvariantCulture);
        // The engine's own tokenizer and sentence splitter, so sentence bounds are the ones production sees.
        new Warta.Tokenization.TokenizerStage().Process(doc);
        new Warta.Tokenization.SentenceSplitterStage().Process(doc);
        // Longest surfaces first so "Korea Utara" wins over "Korea".
        var taken = new bool[text.Length];
        foreach (var n in names.OrderByDescending(n => n.Surface.Length))
        {
            var actor = Actor(n.Code, n.Canonical ?? n.Surface);
            for (int at = text.IndexOf(n.Surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(n.Surface, at + 1, StringComparison.Ordinal))
            {
                int end = at + n.Surface.Length;
                bool boundary = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (!boundary || taken[at] || taken[end - 1]) continue;
                for (int k = at; k < end; k++) taken[k] = true;
                PlaceRef? place = n.Type is EntityType.GPE or EntityType.LOC && actor.Country is { } c ? new PlaceRef(n.Surface, c, "country", null, null, null) : null;
                doc.Mentions.Add(new Mention { Start = at, End = end, Type = n.Type, Actor = n.Type == EntityType.LOC ? null : actor, Place = place });
            }
        }
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (times is not null)
            foreach (var (surface, date) in times)
                for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                    doc.Times.Add(new TimeExpression(at, at + surface.Length, date));
        doc.Times.Sort((a, b) => a.Start.CompareTo(b.Start));
        return doc;
    }

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))) i++;
                tokens.Add(new Token(s, i, char.IsDigit(text[s]) ? TokenKind.Number : TokenKind.Word, char.IsUpper(text[s]) ? TokenFlags.Capitalized : TokenFlags.None));
            }
            else
            {
                i++;
                var kind = text[s] is '"' or '“' or '”' or '«' or '»' ? TokenKind.Quote : TokenKind.Punctuation;
                tokens.Add(new Token(s, i, kind, TokenFlags.None));
            }
        }
        return [.. tokens];
    }

    /// <summary>Sentences end after . ! ? (and any closing quote) before a space, or at a line break.</summary>
    public static Sentence[] Split(string text, Token[] tokens)
    {
        var result = new List<Sentence>();
        int first = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
            bool end = k == tokens.Length - 1;
            if (!end && text.AsSpan(t.End, tokens[k + 1].Start - t.End).Contains('\n')) end = true;
            if (!end && t.Kind == TokenKind.Punctuation && text[t.Start] is '.' or '!' or '?')
            {
                int n = k + 1;
                while (n < tokens.Length && tokens[n].Kind == TokenKind.Quote && tokens[n].Start == tokens[n - 1].End) n++;
                if (n < tokens.Length && tokens[n].Start > tokens[n - 1].End && (char.IsUpper(text[tokens[n].Start]) || tokens[n].Kind == TokenKind.Quote))
                {
                    k = n - 1;
                    end = true;
                }
            }
            if (!end) continue;
            result.Add(new Sentence(tokens[first].Start, tokens[k].End, first, k - first + 1));
            first = k + 1;
        }
        return [.. result];
    }

    public static Document Run(Document doc)
    {
        new Warta.Quotes.QuoteAttributor().Process(doc);
        new Warta.Events.EventCoder().Process(doc);
        return doc;
    }

    /// <summary>A sentence naming only <see cref="Countries"/>, through the quote and event stages (published 2025-03-12).</summary>
    public static Document RunCountries(string text, string lang) => Run(Build(text, lang, Countries, null, "2025-03-12"));

    /// <summary>Exactly one event with this code, with these source and target keys and this modality.</summary>
    public static void AssertCoded(Document doc, string code, string source, string target, Modality modality)
    {
        var e = Assert.Single(doc.Events, e => e.Cameo == code);
        Assert.Equal(source, Keys(e.Source));
        Assert.Equal(target, Keys(e.Target));
        Assert.Equal(modality, e.Modality);
    }

    public static string Keys(IEnumerable<ActorRef> actors) => string.Join(",", actors.Select(a => a.Key));
}

using CsCheck;
using Warta.Actors.Coreference;
using Warta.Documents;
using Warta.Time;

namespace Warta.Tests.Time;

/// <summary>Both stages on random word salads of time words, pronouns, numbers and punctuation: no exceptions, spans in bounds.</summary>
public sealed class FuzzTests
{
    private static readonly string[] Pieces =
    [
        "Rabu", "Minggu", "minggu", "lalu", "depan", "pada", "hari", "ini", "kemarin", "akan", "sehari", "setelah", "sebelum",
        "dua", "tahun", "bulan", "Juni", "Mei", "June", "May", "awal", "akhir", "pekan", "21", "2024", "1999", "29", "2",
        "(", ")", "/", "-", ",", ".", "\"", "21/6", "20/6/2024", "2024-06-21", "mid-2023", "ia", "dia", "beliau", "he", "his",
        "its", "leader", "pemimpinnya", "kedua", "negara", "itu", "tersebut", "the", "two", "leaders", "keesokan", "harinya",
        "Putin", "Korea", "Utara", "\n", "ago", "days", "next", "last", "on", "in", "yang", "Jumat", "Selasa", "(15/3)",
    ];

    [Fact]
    public void Random_text_never_throws_and_spans_stay_in_bounds()
    {
        var tagger = new TimeExpressionTagger();
        var resolver = new CoreferenceResolver();
        var gen = Gen.Select(Gen.Int[0, Pieces.Length - 1].Array[1, 40], Gen.Bool, Gen.Int[0, 2]);
        gen.Sample((idx, published, split) =>
        {
            string text = string.Join(' ', idx.Select(i => Pieces[i]));
            var doc = TestDocuments.Make(text, published ? "2024-02-29" : null, split: (Split)split);
            // A person and a country to resolve against, wherever they fall.
            int p = text.IndexOf("Putin", StringComparison.Ordinal);
            if (p >= 0) doc.Mentions.Add(new Mention { Start = p, End = p + 5, Type = EntityType.PER, Actor = new ActorRef("Vladimir Putin", "RUSGOV", "RUS", "GOV", null) });
            int k = text.IndexOf("Korea Utara", StringComparison.Ordinal);
            if (k >= 0) doc.Mentions.Add(new Mention { Start = k, End = k + 11, Type = EntityType.GPE, Actor = new ActorRef("Korea Utara", "PRK", "PRK", null, null) });
            tagger.Process(doc);
            resolver.Process(doc);
            foreach (var t in doc.Times) Assert.True(t.Start >= 0 && t.Start < t.End && t.End <= text.Length);
            foreach (var a in AnchoredTimes.Of(doc)) Assert.True(a.Start >= 0 && a.Start < a.End && a.End <= a.AnchorStart && a.AnchorStart <= text.Length);
            foreach (var m in doc.Mentions)
            {
                Assert.True(m.Start >= 0 && m.Start < m.End && m.End <= text.Length);
                if (m.Source == MentionSource.Coreference) Assert.InRange(m.Antecedent, 0, doc.Mentions.Count - 1);
            }
        }, iter: 3000);
    }
}

using Warta.Documents;
using Warta.Resources;

namespace Warta.Actors;

/// <summary>Where the country goes relative to a role word: "tentara Israel" (after), "Israeli troops" (before).</summary>
[Flags]
internal enum AgentCountry : byte
{
    None = 0,
    After = 1,
    Before = 2,
}

/// <summary>A role word that makes an agent: CAMEO sector, mention type, country position, whether it titles a name.</summary>
/// <see cref="Portfolio"/> (title column "portfolio"): a bare minister title that may stand apart from its country by a
/// capitalized portfolio nobody lists ("Menteri Informasi Kamboja", "Fijian Home Affairs Minister").
internal sealed record AgentEntry(string Phrase, string Sector, EntityType Type, AgentCountry Country, bool Title, bool Portfolio = false);

/// <summary>
/// Role words from lang/&lt;code&gt;/agents*.tsv (phrase, sector, type, country position, title).
/// Combined with an adjacent country they make an actor code: "polisi Kenya" → KENCOP.
/// </summary>
internal static class AgentLexicon
{
    public static readonly string[] Files =
    [
        "lang/id/agents.tsv",
        "lang/ms/agents.tsv",
        "lang/en/agents.tsv",
        "lang/en/agents-phoenix.tsv",
    ];

    public static List<AgentEntry> Load()
    {
        var list = new List<AgentEntry>();
        foreach (var file in Files)
        {
            if (!EmbeddedTsv.Exists(file)) throw new InvalidOperationException($"Embedded resource '{file}' is missing.");
            foreach (var r in EmbeddedTsv.Rows(file))
            {
                if (r.Length < 5) throw new FormatException($"{file}: expected 5 columns in '{string.Join('\t', r)}'.");
                var type = Enum.Parse<EntityType>(r[2]);
                var country = r[3] switch
                {
                    "after" => AgentCountry.After,
                    "before" => AgentCountry.Before,
                    "both" => AgentCountry.After | AgentCountry.Before,
                    "none" => AgentCountry.None,
                    _ => throw new FormatException($"{file}: bad country position '{r[3]}'."),
                };
                list.Add(new AgentEntry(r[0], r[1], type, country, r[4] is "title" or "portfolio", r[4] == "portfolio"));
            }
        }
        return list;
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using Warta.Documents;
using Warta.Time;
using Warta.Resources;

namespace Warta.Actors.Coreference;

internal enum CorefKind : byte
{
    Pronoun,

    /// <summary>An object pronoun ("him"): never the subject of its own clause.</summary>
    ObjectPronoun,
    Role,
    Possessive,
    Description,
    Speech,

    /// <summary>"negara seterunya (itu)", "its rival": the other country of the sentence's dyad, never the sentence's subject.</summary>
    Other,

    /// <summary>A head noun that takes capitalised modifiers before a determiner: "negara [Laut Merah] itu".</summary>
    Head,

    /// <summary>The determiner that closes a modified head ("itu", "tersebut").</summary>
    Determiner,

    /// <summary>A word that introduces a ship of the country named right after it ("kapal", "vessel").</summary>
    ShipWord,

    /// <summary>"those countries", "negara-negara tersebut": every country of the latest list.</summary>
    List,

    /// <summary>A word that joins the names of a list ("dan", "and").</summary>
    ListWord,

    /// <summary>"aksi itu", "the move": an act, standing for its doer when a reaction verb governs it.</summary>
    Act,

    /// <summary>An act noun that takes a relative clause before its determiner: "aksi [yang ilegal] itu".</summary>
    ActHead,

    /// <summary>The relative word that opens that clause ("yang").</summary>
    Relative,

    /// <summary>A reaction verb whose object act stands for its doer ("mengecam", "condemned").</summary>
    React,

    /// <summary>A verb after a sentence-opening act saying the act drew a reaction ("menuai", "memicu"): the act stands for the previous sentence's subject.</summary>
    Drawn,

    /// <summary>A phrase read as a whole and resolved to nothing: "kedua kapal itu" is two ships, not "kapal itu".</summary>
    Block,

    /// <summary>A ship noun that follows the name of its flag ("Philippine supply vessel").</summary>
    ShipNoun,

    /// <summary>"kapal tersebut", "the vessel": the ship introduced last.</summary>
    Ship,

    /// <summary>"the crew", "awak kapal": the people of the ship introduced last, unless a name right after says whose.</summary>
    Crew,

    /// <summary>
    /// A body the home press names without its country ("Kemenlu", "Wisma Putra"): the home country's (LanguagePack
    /// HomeCountry), or the country of the same body named earlier with one ("Kementerian Luar Negeri Turki").
    /// </summary>
    Home,

    /// <summary>A verb or preposition that makes the description after it an object ("mendesak kedua pihak", "antara kedua negara"):
    /// the actors before it in its sentence are not among the parties.</summary>
    ObjectCue,
}

/// <summary>
/// A pronoun, role noun, description or speech verb. <see cref="Type"/> null accepts any antecedent type
/// ("kedua pihak"); <see cref="Sector"/> is the sector a role gives ("pemimpinnya" → GOV) or a description
/// prefers ("sang presiden" → a GOV person); <see cref="Count"/> is how many antecedents it takes.
/// </summary>
/// <see cref="Body"/> groups home bodies that are the same institution ("kemenlu" and "kementerian luar negeri": foreign).
internal readonly record struct CorefWord(CorefKind Kind, EntityType? Type, string? Sector, int Count, string? Body = null);

/// <summary>The coreference words of one language (lang/&lt;code&gt;/coref.tsv), loaded once.</summary>
internal sealed class CorefLexicon
{
    private static readonly ConcurrentDictionary<string, CorefLexicon> s_cache = new(StringComparer.Ordinal);

    public PhraseTable<CorefWord> Words { get; }

    /// <summary>Possessive clitics glued to a role noun ("-nya").</summary>
    public IReadOnlyList<string> Suffixes { get; }

    private CorefLexicon(PhraseTable<CorefWord> words, IReadOnlyList<string> suffixes)
    {
        Words = words;
        Suffixes = suffixes;
    }

    /// <summary>The lexicon for <paramref name="language"/>; Indonesian when the language has none.</summary>
    public static CorefLexicon For(string? language)
    {
        string lang = language is "id" or "ms" or "en" ? language : "id";
        return s_cache.GetOrAdd(lang, Load);
    }

    private static CorefLexicon Load(string lang)
    {
        string name = $"lang/{lang}/coref.tsv";
        var entries = new List<PhraseTable<CorefWord>.Entry>();
        var suffixes = new List<string>();
        foreach (var row in EmbeddedTsv.Rows(name))
        {
            if (row.Length < 2) throw new FormatException($"{name}: bad row '{string.Join('\t', row)}'.");
            string phrase = row[1].ToLowerInvariant();
            string type = row.Length > 2 ? row[2] : "", sector = row.Length > 3 ? row[3] : "";
            CorefKind kind;
            if (row[0] == "home")
            {
                // home <TAB> phrase <TAB> type <TAB> sector <TAB> body
                if (row.Length < 5) throw new FormatException($"{name}: home row needs type, sector and body: '{string.Join('\t', row)}'.");
                var ht = Enum.TryParse<EntityType>(type, out var htt) ? htt : throw new FormatException($"{name}: unknown type '{type}'.");
                entries.Add(new(phrase, new CorefWord(CorefKind.Home, ht, sector.Length == 0 ? null : sector, 1, row[4])));
                continue;
            }
            int count = row.Length > 4 && row[4].Length > 0 ? int.Parse(row[4], CultureInfo.InvariantCulture) : 1;
            switch (row[0])
            {
                case "suffix": suffixes.Add(phrase); continue;
                case "pron": kind = CorefKind.Pronoun; break;
                case "objpron": kind = CorefKind.ObjectPronoun; break;
                case "role": kind = CorefKind.Role; break;
                case "poss": kind = CorefKind.Possessive; break;
                case "desc": kind = CorefKind.Description; break;
                case "speech": kind = CorefKind.Speech; break;
                case "other": kind = CorefKind.Other; break;
                case "head": kind = CorefKind.Head; break;
                case "det": kind = CorefKind.Determiner; break;
                case "shipword": kind = CorefKind.ShipWord; break;
                case "list": kind = CorefKind.List; break;
                case "listword": kind = CorefKind.ListWord; break;
                case "act": kind = CorefKind.Act; break;
                case "acthead": kind = CorefKind.ActHead; break;
                case "rel": kind = CorefKind.Relative; break;
                case "react": kind = CorefKind.React; break;
                case "drawn": kind = CorefKind.Drawn; break;
                case "block": kind = CorefKind.Block; break;
                case "shipnoun": kind = CorefKind.ShipNoun; break;
                case "ship": kind = CorefKind.Ship; break;
                case "crew": kind = CorefKind.Crew; break;
                case "objcue": kind = CorefKind.ObjectCue; break;
                default: throw new FormatException($"{name}: unknown kind '{row[0]}'.");
            }
            EntityType? et = type switch
            {
                "" or "*" => null,
                _ => Enum.TryParse<EntityType>(type, out var t) ? t : throw new FormatException($"{name}: unknown type '{type}'."),
            };
            entries.Add(new(phrase, new CorefWord(kind, et, sector.Length == 0 ? null : sector, count)));
        }
        return new CorefLexicon(new PhraseTable<CorefWord>(entries), suffixes);
    }
}

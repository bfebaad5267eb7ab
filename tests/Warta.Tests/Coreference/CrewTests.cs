using Warta.Actors.Coreference;
using Warta.Documents;
using Warta.Tests.Events;

namespace Warta.Tests.Coreference;

/// <summary>"the crew", "awak kapal": the people of the ship introduced last. Sentences written for these tests.</summary>
public sealed class CrewTests
{
    private static Document Build(string text, string lang)
    {
        var doc = TestDocs.Build(text, lang, TestDocs.Countries, null, "2025-03-12");
        new CoreferenceResolver().Process(doc);
        return doc;
    }

    [Theory]
    [InlineData("en", "Philippine warships chased a Chinese fishing boat on Monday. Six crew members were arrested without injury.", "crew members", "CHN")]
    [InlineData("id", "Kapal patroli Filipina mengejar kapal ikan Tiongkok pada Senin. Sebanyak 12 awak kapal ditangkap.", "awak kapal", "CHN")]
    public void The_crew_belongs_to_the_last_ship(string lang, string text, string surface, string expected) =>
        Assert.Equal(expected, ResolvedKeys.Of(Build(text, lang), surface));

    [Theory]
    [InlineData("en", "Philippine warships chased a Chinese fishing boat on Monday. The crews of Japanese boats were not stopped.", "crews")]
    [InlineData("en", "Peru and Chile signed a trade deal on Monday. The crew of the flight landed safely.", "crew")]
    public void A_crew_named_after_it_or_with_no_ship_in_view_is_not_resolved(string lang, string text, string surface) =>
        Assert.Equal("", ResolvedKeys.Of(Build(text, lang), surface));
}

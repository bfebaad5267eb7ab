using Warta.Documents;
using Warta.Pipeline;

namespace Warta.Places;

/// <summary>
/// Resolves the dateline ("Hanoi", "SEOUL") to a gazetteer place. Runs after mention linking so that the
/// countries the article talks about break ties between places sharing a name.
/// </summary>
public sealed class DatelinePlaceResolver(Gazetteer gazetteer) : IStage
{
    public DatelinePlaceResolver() : this(Gazetteer.Default)
    {
    }

    public string Name => "dateline-place";

    public Layers Requires => Layers.Mentions;

    public Layers Provides => Layers.None;

    public void Process(Document document)
    {
        var meta = document.Metadata;
        if (meta.Dateline is not { } dateline || dateline is DatelineWithPlace) return;
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in document.Mentions)
        {
            if (m.Place?.Country is { } pc) countries.Add(pc);
            else if (m.Actor?.Country is { } ac) countries.Add(ac);
        }
        if (gazetteer.Lookup(dateline.Text, countries) is { } entry)
            meta.Dateline = new DatelineWithPlace(dateline.Text, entry.Place);
    }
}

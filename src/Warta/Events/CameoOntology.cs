using System.Collections.Frozen;
using System.Globalization;
using Warta.Documents;

namespace Warta.Events;

/// <summary>CAMEO 1.1b3 codes with Goldstein weight and QuadClass, and the CAMEO→PLOVER mapping (data/ontology).</summary>
public sealed class CameoOntology
{
    public sealed record CodeInfo(string Code, string Label, double Goldstein, int Quad);

    private readonly FrozenDictionary<string, CodeInfo> _codes;
    private readonly FrozenDictionary<string, PloverCode> _plover;
    private readonly FrozenDictionary<string, bool> _dyadic;

    private CameoOntology(FrozenDictionary<string, CodeInfo> codes, FrozenDictionary<string, PloverCode> plover, FrozenDictionary<string, bool> dyadic)
    {
        _codes = codes;
        _plover = plover;
        _dyadic = dyadic;
    }

    public static CameoOntology Default { get; } = Load();

    private static CameoOntology Load()
    {
        var codes = new Dictionary<string, CodeInfo>(StringComparer.Ordinal);
        foreach (var r in ResourceTsv.Read("data/ontology/cameo-codes.tsv"))
            if (r.Length >= 4)
                codes[r[0]] = new CodeInfo(r[0], r[1], double.Parse(r[2], CultureInfo.InvariantCulture), int.Parse(r[3], CultureInfo.InvariantCulture));
        var plover = new Dictionary<string, PloverCode>(StringComparer.Ordinal);
        foreach (var r in ResourceTsv.Read("data/ontology/cameo-plover.tsv"))
        {
            if (r.Length < 2) continue;
            string? mode = r.Length > 2 && r[2].Length > 0 ? r[2] : null;
            IReadOnlyList<string> ctx = r.Length > 3 && r[3].Length > 0 ? r[3].Split(';') : [];
            plover[r[0]] = new PloverCode(r[1], mode, ctx);
        }
        var dyadic = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var r in ResourceTsv.Read("data/ontology/cameo-dyadic.tsv"))
            if (r.Length >= 2)
                dyadic[r[0]] = r[1] switch
                {
                    "yes" => true,
                    "no" => false,
                    _ => throw new InvalidDataException($"cameo-dyadic.tsv: '{r[1]}' for {r[0]} is neither yes nor no"),
                };
        return new CameoOntology(codes.ToFrozenDictionary(StringComparer.Ordinal), plover.ToFrozenDictionary(StringComparer.Ordinal),
            dyadic.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public int Count => _codes.Count;

    public bool IsKnown(string code) => _codes.ContainsKey(code);

    /// <summary>The code's row, falling back to its parent (4 → 3 digits) and its root.</summary>
    public CodeInfo? Info(string code)
    {
        for (string c = code; c.Length >= 2; c = c[..^1])
            if (_codes.TryGetValue(c, out var info)) return info;
        return null;
    }

    /// <summary>Whether an event of this code needs a target to be an event at all (data/ontology/cameo-dyadic.tsv; longest prefix wins).</summary>
    public bool NeedsTarget(string code)
    {
        for (string c = code; c.Length >= 2; c = c[..^1])
            if (_dyadic.TryGetValue(c, out bool needs)) return needs;
        return false;
    }

    /// <summary>PLOVER type/mode/context; null for CAMEO 01 and 02, which PLOVER does not map.</summary>
    public PloverCode? Plover(string code)
    {
        for (string c = code; c.Length >= 3; c = c[..^1])
            if (_plover.TryGetValue(c, out var p)) return p;
        return null;
    }

    /// <summary>Sets quad class, Goldstein weight and PLOVER code of <paramref name="e"/> from its CAMEO code.</summary>
    public void Apply(Event e)
    {
        if (Info(e.Cameo) is { } info)
        {
            e.Quad = info.Quad;
            e.Goldstein = info.Goldstein;
        }
        e.Plover = Plover(e.Cameo);
    }
}

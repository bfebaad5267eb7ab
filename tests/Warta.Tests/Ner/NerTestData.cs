using Warta.Ner;

namespace Warta.Tests.Ner;

internal static class NerTestData
{
    /// <summary>Tiny hand-written training set (not from any corpus).</summary>
    public const string Tiny = """
        Kemarin B-X O
        Budi B-PER
        Santoso I-PER
        datang O
        ke O
        Bandung B-LOC
        . O

        Siti B-PER
        bekerja O
        di O
        PT B-ORG
        Maju I-ORG
        Jaya I-ORG
        sejak O
        2019 O
        . O

        Warga O
        Surabaya B-LOC
        menyambut O
        Budi B-PER
        . O

        Ketua O
        Partai B-ORG
        Hijau I-ORG
        , O
        Rina B-PER
        Wati I-PER
        , O
        tiba O
        di O
        Medan B-LOC
        . O
        """;

    public static List<ConllSentence> TinySentences() => [.. ConllReader.Read(new StringReader(Tiny))];

    /// <summary>Walks up from the test binaries to the directory holding the shared data (or WARTA_SHARED).</summary>
    public static string Shared() => SharedData.Root;
}

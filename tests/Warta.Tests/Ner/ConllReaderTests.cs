using Warta.Ner;

namespace Warta.Tests.Ner;

public sealed class ConllReaderTests
{
    private static string Tags(ConllSentence s) => string.Join(" ", s.Tags.Select(NerTags.Name));

    [Fact]
    public void Reads_three_space_separated_columns_with_crlf()
    {
        var s = ConllReader.Read(new StringReader("Di ADP O\r\nSolo PROPN B-LOC\r\n\r\nAni PROPN B-PER\r\n")).ToList();
        Assert.Equal(2, s.Count);
        Assert.Equal(["Di", "Solo"], s[0].Tokens);
        Assert.Equal("O B-LOC", Tags(s[0]));
        Assert.Equal("B-PER", Tags(s[1]));
    }

    [Fact]
    public void Reads_two_tab_separated_columns_and_folds_long_type_names()
    {
        var text = "PT\tB-ORGANIZATION\nKita\tI-ORGANIZATION\ndi\tO\nKudus\tB-LOCATION\noleh\tO\nAdi\tB-PERSON\n\n"
                 + "ke\tO\nAceh\tB-PLACE\nbersama\tO\nLSM\tB-ORGANISATION\n";
        var s = ConllReader.Read(new StringReader(text)).ToList();
        Assert.Equal("B-ORG I-ORG O B-LOC O B-PER", Tags(s[0]));
        Assert.Equal("O B-LOC O B-ORG", Tags(s[1]));
    }

    [Fact]
    public void Lowercase_labels_and_gpe_are_folded()
    {
        var s = ConllReader.Read(new StringReader("Jakarta b-gpe\nRaya i-gpe\nAmir b-per\n")).Single();
        Assert.Equal("B-LOC I-LOC B-PER", Tags(s));
    }

    [Fact]
    public void Other_types_are_dropped_to_O()
    {
        var s = ConllReader.Read(new StringReader("tiga\tB-QUANTITY\nhari\tI-QUANTITY\nSenin\tB-TIME\nRudi\tB-PERSON\n")).Single();
        Assert.Equal("O O O B-PER", Tags(s));
    }

    [Fact]
    public void Iob1_inside_tags_that_open_an_entity_become_begin()
    {
        // IOB1: I- opens an entity; B- only separates two adjacent entities of one type.
        var s = ConllReader.Read(new StringReader("kata O\nAni I-PER\nBudi B-PER\ndan O\nBogor I-LOC\nDepok I-ORG\n")).Single();
        Assert.Equal("O B-PER B-PER O B-LOC B-ORG", Tags(s));
        Assert.Equal([(1, 2, 0), (2, 3, 0), (4, 5, 2), (5, 6, 1)], NerTags.Spans(s.Tags));
    }

    [Fact]
    public void One_column_lines_are_tokens_without_labels_and_docstart_is_skipped()
    {
        var s = ConllReader.Read(new StringReader("-DOCSTART- O\n\nSatu\nDua\n\n\n\nTiga\n")).ToList();
        Assert.Equal(2, s.Count);
        Assert.Equal(["Satu", "Dua"], s[0].Tokens);
        Assert.All(s.SelectMany(x => x.Tags), t => Assert.Equal(NerTags.O, t));
    }
}

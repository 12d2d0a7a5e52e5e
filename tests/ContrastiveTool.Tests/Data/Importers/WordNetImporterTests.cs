using ContrastiveTool.Core;
using ContrastiveTool.Core.Data.Importers.WordNet;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.Importers;

public sealed class WordNetImporterTests
{
    private static readonly string Dict = ImportFixture.Path("wordnet");

    private static WordNetImporter Importer(int train = 6, int test = 2, int seed = 42, int maxPerGrade = 5) =>
        new(new WordNetOptions(Dict, train, test, seed, maxPerGrade));

    [Fact]
    public void ParseLine_VerbWithHexCountsAndFrames_ReadsLemmasPointersAndGloss()
    {
        string line = File.ReadLines(Path.Combine(Dict, "data.verb")).First(l => l.StartsWith("00010428", StringComparison.Ordinal));
        var synset = WordNetDataFileParser.ParseLine(line, LexicographerFiles.Published);
        Assert.Equal("v00010428", synset.Id);
        Assert.Equal("verb.body", synset.LexicographerFile);                       // lex_filenum 29
        Assert.Equal(["act", "behave", "do"], synset.Lemmas);
        Assert.Equal(35, synset.Pointers.Count);                                   // p_cnt 035
        Assert.Equal(new WordNetPointer("$", "v00013608"), synset.Pointers[0]);
        Assert.Equal("behave in a certain manner; show a certain behavior; conduct or comport oneself", WordNetGloss.Definition(synset.Gloss));
    }

    [Fact]
    public void ParseLine_SatelliteWithMarker_UsesTheAdjectiveFileAndDropsTheMarker()
    {
        string line = File.ReadLines(Path.Combine(Dict, "data.adj")).First(l => l.StartsWith("00019769", StringComparison.Ordinal));
        var synset = WordNetDataFileParser.ParseLine(line, LexicographerFiles.Published);
        Assert.Equal("a00019769", synset.Id);
        Assert.Equal(["handy", "ready to hand"], synset.Lemmas);
        Assert.Equal("a00019169", synset.Pointers[0].TargetId);
        Assert.Equal("easy to reach", WordNetGloss.Definition(synset.Gloss));
    }

    [Theory]
    [InlineData("00001 03 n 01 x 0 000 | y", "synset_offset '00001' is not 8 digits")]
    [InlineData("00000001 03 q 01 x 0 000 | y", "unknown part of speech 'q'")]
    [InlineData("00000001 03 n 02 x 0 000 | y", "lex_id")]
    [InlineData("00000001 99 n 01 x 0 000 | y", "lex_filenum 99 has no lexicographer file")]
    public void ParseLine_Malformed_SaysWhatIsWrong(string line, string expected)
    {
        var error = Assert.Throws<FormatException>(() => WordNetDataFileParser.ParseLine(line, LexicographerFiles.Published));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Import_Fixture_WritesGradedAnswersForEveryQualifyingSynset()
    {
        using var folder = new TempFolder();
        var summary = Importer().Import(folder.Path);
        var rows = ImportFixture.ReadQa(folder.File("train.jsonl")).Concat(ImportFixture.ReadQa(folder.File("test.jsonl")))
            .ToDictionary(r => r.Question.Id);

        // 11 synsets; the adjectives and the adverb have no hypernym or hyponym, so 8 qualify.
        Assert.Equal(11, summary.Count("synsets read"));
        Assert.Equal(8, summary.Count("synsets with a definition and a hypernym or hyponym"));
        Assert.Equal(["n00099445-gloss", "n00099642-gloss", "n00099759-gloss", "n00099881-gloss", "n01213306-gloss", "v00010428-gloss", "v00012746-gloss", "v00012847-gloss"], rows.Keys.Order());

        var curb = rows["n00099642-gloss"];
        Assert.Equal("service provided to customers who remain in their vehicles", curb.Question.Title);
        Assert.Equal("noun.act", curb.Question.Category);
        Assert.Equal("n00099642 curb service:3 | n00099445 service:2 | n00099759 self-service:1 | n00099881 valet parking:1", ImportFixture.Answers(curb));
        // Examples stripped; hypernym and three hyponyms at grade 2; its hypernym's only hyponym is itself, so no grade 1.
        var service = rows["n00099445-gloss"];
        Assert.Equal("the performance of duties by a waiter or servant", service.Question.Title);
        Assert.Equal("n00099445 service:3 | n01213306 accommodation:2 | n00099642 curb service:2 | n00099759 self-service:2 | n00099881 valet parking:2",
            ImportFixture.Answers(service));
        Assert.Equal("v00012746 wanton:3 | v00010428 act, behave, do:2 | v00012847 romanticize:1", ImportFixture.Answers(rows["v00012746-gloss"]));
    }

    [Fact]
    public void Import_SameSeed_ByteIdenticalFiles_DisjointSplit()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        Importer(train: 5, test: 3, seed: 7).Import(first.Path);
        Importer(train: 5, test: 3, seed: 7).Import(second.Path);
        Assert.Equal(File.ReadAllBytes(first.File("train.jsonl")), File.ReadAllBytes(second.File("train.jsonl")));
        Assert.Equal(File.ReadAllBytes(first.File("test.jsonl")), File.ReadAllBytes(second.File("test.jsonl")));
        var train = ImportFixture.ReadQa(first.File("train.jsonl")).Select(r => r.Question.Id).ToHashSet();
        var test = ImportFixture.ReadQa(first.File("test.jsonl")).Select(r => r.Question.Id).ToList();
        Assert.Equal((5, 3), (train.Count, test.Count));
        Assert.DoesNotContain(test, train.Contains);
    }

    [Fact]
    public void Import_MaxPerGrade_CapsEachLowerGrade()
    {
        using var folder = new TempFolder();
        Importer(train: 8, test: 0, maxPerGrade: 2).Import(folder.Path);
        var service = ImportFixture.ReadQa(folder.File("train.jsonl")).Single(r => r.Question.Id == "n00099445-gloss");
        Assert.Equal([3.0, 2, 2], service.Answers.Select(a => a.Score));
        Assert.False(File.Exists(folder.File("test.jsonl")));
    }

    [Fact]
    public void Import_MoreQuestionsThanQualify_SaysHowManyDo()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<UserInputException>(() => Importer(train: 8, test: 1).Import(folder.Path));
        Assert.Contains("only 8 synsets qualify", error.Message);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Import_MissingFolder_PointsToTheFetchScript()
    {
        var error = Assert.Throws<UserInputException>(() => new WordNetImporter(new WordNetOptions("/no/such/dict")).Import("/tmp/unused"));
        Assert.Contains("run scripts/fetch-data.sh", error.Message);
    }
}

using ContrastiveTool.Core.Data.Importers.Quran;
using ContrastiveTool.Core.Data.Importers.WordNet;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Tests.TestSupport;
using CsCheck;

namespace ContrastiveTool.Tests.Data.Importers;

/// <summary>Invariants of the ranked-QA sets the importers build, for any seed, and of the bundled data set.</summary>
public sealed class ImportedSetPropertyTests
{
    private static void AssertRankedQaInvariants(IReadOnlyList<RankedQaItem> items, Func<string, string> questionId)
    {
        foreach (var item in items)
        {
            Assert.Single(item.Answers, a => a.Score == 3);
            Assert.Equal(3, item.Positive.Score);
            Assert.Equal(questionId(item.Positive.Id), item.Question.Id);                  // the question asks for its top answer
            Assert.DoesNotContain(item.Answers, a => a.Id == item.Question.Id);           // one id per text
            Assert.NotNull(item.Question.Category);
            Assert.Equal(item.Answers.Count, item.Answers.Select(a => a.Id).Distinct().Count());
        }
    }

    [Fact]
    public void WordNet_AnySeed_OneTopAnswerPerQuestionAndDisjointSplits()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            using var folder = new TempFolder();
            new WordNetImporter(new WordNetOptions(ImportFixture.Path("wordnet"), 5, 3, seed)).Import(folder.Path);
            var train = ImportFixture.ReadQa(folder.File("train.jsonl"));
            var test = ImportFixture.ReadQa(folder.File("test.jsonl"));
            AssertRankedQaInvariants([.. train, .. test], ReverseDictionaryQuestion.QuestionId);
            Assert.All(train.Concat(test), item => Assert.Contains(item.Answers, a => a.Score == 2));
            Assert.Empty(train.Select(i => i.Question.Id).Intersect(test.Select(i => i.Question.Id)));
            Assert.Equal(8, train.Count + test.Count);
        }, iter: 20);
    }

    [Fact]
    public void Quran_AnySeed_OneTopAnswerPerQuestionAndWholeSurahsHeldOut()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            using var folder = new TempFolder();
            new QuranImporter(new QuranOptions(ImportFixture.Path("quran", "quran-json", "dist", "quran_en.json"),
                ImportFixture.Path("quran", "quran-meta"), TestSurahs: 1, Seed: seed)).Import(folder.Path);
            var train = ImportFixture.ReadQa(folder.File("train.jsonl"));
            var test = ImportFixture.ReadQa(folder.File("test.jsonl"));
            AssertRankedQaInvariants([.. train, .. test], QuranImporter.QuestionId);
            Assert.Single(test.Select(i => i.Question.Category).Distinct());
            Assert.Empty(train.Select(i => i.Question.Category).Intersect(test.Select(i => i.Question.Category)));
            Assert.Equal(22, train.Count + test.Count);
        }, iter: 20);
    }

    [Fact]
    public void BundledWordNet_FiveThousandTrainOneThousandTest_EveryQuestionAnswerable()
    {
        string folder = Path.Combine(RepositoryRoot(), "data", "wordnet");
        var train = ImportFixture.ReadQa(Path.Combine(folder, "train.jsonl"));
        var test = ImportFixture.ReadQa(Path.Combine(folder, "test.jsonl"));
        Assert.Equal((5000, 1000), (train.Count, test.Count));
        AssertRankedQaInvariants([.. train, .. test], ReverseDictionaryQuestion.QuestionId);
        Assert.All(train.Concat(test), item => Assert.Contains(item.Answers, a => a.Score == 2));
        Assert.Empty(train.Select(i => i.Question.Id).Intersect(test.Select(i => i.Question.Id)));
        long bytes = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
        Assert.InRange(bytes, 1, 20L << 20);
        Assert.True(File.Exists(Path.Combine(folder, "LICENSE-WordNet.txt")));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ContrastiveTool.sln")))
                return dir.FullName;
        throw new InvalidOperationException("the repository root (ContrastiveTool.sln) is not above " + AppContext.BaseDirectory);
    }
}

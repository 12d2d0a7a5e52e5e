using System.Text.Json;
using ContrastiveTool.Core;
using ContrastiveTool.Core.Data.Importers.Quran;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.Importers;

public sealed class QuranImporterTests
{
    private static QuranImporter Importer(int testSurahs = 1, int seed = 42, int maxSameRuku = 10) =>
        new(new QuranOptions(ImportFixture.Path("quran", "quran-json", "dist", "quran_en.json"), ImportFixture.Path("quran", "quran-meta"),
            testSurahs, seed, maxSameRuku));

    [Fact]
    public void Import_Fixture_EnglishQuestionArabicAnswersSameRukuAtOne()
    {
        using var folder = new TempFolder();
        var summary = Importer(testSurahs: 0).Import(folder.Path);
        var rows = ImportFixture.ReadQa(folder.File("train.jsonl"));

        Assert.Equal((4, 22, 4), (summary.Count("surahs"), summary.Count("verses"), summary.Count("rukus")));
        Assert.Equal(22, rows.Count);
        Assert.False(File.Exists(folder.File("test.jsonl")));
        var ikhlas2 = rows.Single(r => r.Question.Id == "112:2-en");
        Assert.Equal("Allah, the Eternal Refuge", ikhlas2.Question.Title);
        Assert.Equal("112 Al-Ikhlas", ikhlas2.Question.Category);
        // Surah 112 is one rukuʿ of four verses: the verse itself at 3, the other three at 1, in verse order.
        Assert.Equal(["112:2", "112:1", "112:3", "112:4"], ikhlas2.Answers.Select(a => a.Id));
        Assert.Equal([3.0, 1, 1, 1], ikhlas2.Answers.Select(a => a.Score));
        // The Arabic byte for byte as published (read from the fixture independently).
        using var source = JsonDocument.Parse(File.ReadAllBytes(ImportFixture.Path("quran", "quran-json", "dist", "quran_en.json")));
        var ikhlas = source.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == 112).GetProperty("verses");
        Assert.Equal(ikhlas[1].GetProperty("text").GetString(), ikhlas2.Positive.Body);
        Assert.Equal(ikhlas[0].GetProperty("text").GetString(), ikhlas2.Answers[1].Body);
    }

    [Fact]
    public void Import_MaxSameRuku_SampleIsSeededAndCapped()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        Importer(testSurahs: 0, maxSameRuku: 2).Import(first.Path);
        Importer(testSurahs: 0, maxSameRuku: 2).Import(second.Path);
        var rows = ImportFixture.ReadQa(first.File("train.jsonl"));
        Assert.All(rows, r => Assert.InRange(r.Answers.Count, 2, 3));
        Assert.Equal(File.ReadAllBytes(first.File("train.jsonl")), File.ReadAllBytes(second.File("train.jsonl")));
    }

    [Fact]
    public void RukuBoundaries_Parse_FindsTheRukuOfEachVerse()
    {
        var rukus = RukuBoundaries.Parse("export const RukuList: AyahId[] = [\n  0, 1, 8, 15,\n 20\n] as const", "test");
        Assert.Equal((3, 19), (rukus.Count, rukus.Verses));
        Assert.Equal([1, 1, 2, 2, 3, 3], new[] { 1, 7, 8, 14, 15, 19 }.Select(rukus.RukuOf));
    }

    [Fact]
    public void Import_VerseCountMismatch_SaysWhichVersionsToUse()
    {
        using var folder = new TempFolder();
        string meta = Path.Combine(folder.Path, "meta");
        Directory.CreateDirectory(Path.Combine(meta, "src", "lists"));
        File.WriteAllText(Path.Combine(meta, "src", "lists", "HafsLists.ts"), "RukuList: AyahId[] = [0, 1, 8, 30]");
        var importer = new QuranImporter(new QuranOptions(ImportFixture.Path("quran", "quran-json", "dist", "quran_en.json"), meta, 0));
        var error = Assert.Throws<UserInputException>(() => importer.Import(Path.Combine(folder.Path, "out")));
        Assert.Contains("quran-json has 22 verses but quran-meta's rukuʿ list covers 29", error.Message);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    [Fact]
    public void Import_MissingPackages_PointToTheFetchScript()
    {
        var error = Assert.Throws<UserInputException>(() => new QuranImporter(new QuranOptions("/no/quran_en.json", "/no/meta")).Import("/tmp/unused"));
        Assert.Contains("run scripts/fetch-data.sh", error.Message);
    }
}

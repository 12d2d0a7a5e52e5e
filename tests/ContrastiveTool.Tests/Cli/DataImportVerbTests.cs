using System.Text.Json;
using ContrastiveTool.Cli;
using ContrastiveTool.Tests.Data.Importers;
using ContrastiveTool.Tests.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace ContrastiveTool.Tests.Cli;

public sealed class DataImportVerbTests
{
    [Fact]
    public void ImportWordNet_Fixture_PrintsSummaryAndWritesBothFiles()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "import", "wordnet", ImportFixture.Path("wordnet"), "--train", "6", "--test", "2", "-o", folder.Path);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("imported wordnet from", result.Output);
        // From the table on: the first line holds the fixture's absolute path, which wraps differently per checkout.
        Snapshot.Match(CliOutput.Scrub(result.Output[result.Output.IndexOf('╭')..], folder.Path));
        Assert.Equal(6, File.ReadAllLines(folder.File("train.jsonl")).Length);
        Assert.Equal(2, File.ReadAllLines(folder.File("test.jsonl")).Length);
    }

    [Fact]
    public void ImportQuran_Json_ListsFilesAndCounts()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "import", "quran", "--quran-json", ImportFixture.Path("quran", "quran-json", "dist", "quran_en.json"),
            "--quran-meta", ImportFixture.Path("quran", "quran-meta"), "--test-surahs", "1", "-o", folder.Path, "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["train", "test"], files.Select(f => f.GetProperty("role").GetString()));
        Assert.Equal(22, files.Sum(f => f.GetProperty("rows").GetInt32()));
        Assert.Equal(4, json.RootElement.GetProperty("counts").GetProperty("rukus").GetInt32());
    }

    [Fact]
    public void ImportWordNet_MissingData_ExitsOneAndSaysToRunTheFetchScript()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "import", "wordnet", folder.File("nowhere"), "-o", folder.File("out"));
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("run scripts/fetch-data.sh", result.Errors.Replace("\n", ""));
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void ImportDictd_NoOutput_ExitsOneWithHowToFix()
    {
        var result = CliRunner.Run("data", "import", "dictd", "freedict-ara-eng");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("give the output folder with -o", result.Errors);
    }

    [Fact]
    public void Stats_ImportedWordNet_CountsQuestionsPerCategory()
    {
        using var folder = new TempFolder();
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("data", "import", "wordnet", ImportFixture.Path("wordnet"), "--train", "8", "--test", "0", "-o", folder.Path, "-q").ExitCode);
        var table = CliRunner.Run("data", "stats", folder.File("train.jsonl"));
        Assert.Equal(ExitCodes.Ok, table.ExitCode);
        Snapshot.Match(CliOutput.Scrub(table.Output, folder.Path));
        using var json = JsonDocument.Parse(CliRunner.Run("data", "stats", folder.File("train.jsonl"), "--json").Output);
        var categories = json.RootElement.GetProperty("statistics").GetProperty("categories");
        Assert.Equal([("noun.act", 5), ("verb.body", 3)], categories.EnumerateObject().Select(c => (c.Name, c.Value.GetInt32())));
    }
}

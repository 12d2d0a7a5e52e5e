using System.Text.Json;
using ContrastiveTool.Cli;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

/// <summary><c>contrastive demo</c> end to end on a small folder cut from the bundled sample, with the fast <c>bow</c> model
/// (the real demo trains MiniLM for minutes: too slow for the suite).</summary>
public sealed class DemoVerbTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "sample", "ranked-qa.jsonl");

    [Fact]
    public void Demo_SmallFolderWithBow_MinesThenReportsBaselineAndThreeRuns()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Sample);
        string data = folder.File("data");
        Directory.CreateDirectory(data);
        File.WriteAllLines(Path.Combine(data, "train.jsonl"), lines.Take(48));
        File.WriteAllLines(Path.Combine(data, "test.jsonl"), lines.Skip(48));
        string output = folder.File("out");

        var result = CliRunner.Run("demo", "--data", data, "--model", "bow", "--train-questions", "64", "--test-questions", "10",
                                   "--negatives", "4", "-o", output, "--quiet");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var mined = File.ReadLines(Path.Combine(output, "mined", "negatives.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(48, mined.Count);                                        // every training question of the subset (48 < 64)
        Assert.All(mined, row => Assert.Equal([1, 2, 3, 4],                  // 4 negatives: one per tier
            row.GetProperty("negatives").EnumerateArray().Select(n => n.GetProperty("tier").GetInt32()).Order()));
        string report = File.ReadAllText(Path.Combine(output, "report", "report.md"));
        foreach (var row in new[] { "| baseline |", "| infonce |", "| mnr-mined |", "| triplet |" })
            Assert.Contains(row, report);
        Assert.Contains("| mnr-mined |", result.Output);                     // the table is printed too
    }

    [Fact]
    public void Demo_FolderWithoutTestFile_UserErrorNamingTheFile()
    {
        using var folder = new TempFolder();
        string data = folder.File("data");
        Directory.CreateDirectory(data);
        File.Copy(Sample, Path.Combine(data, "train.jsonl"));

        var result = CliRunner.Run("demo", "--data", data, "-o", folder.File("out"));

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("test.jsonl", result.Errors);
    }
}

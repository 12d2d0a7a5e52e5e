using ContrastiveTool.Cli;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

/// <summary><c>recipes/compare-losses.csx</c> with <c>--smoke</c> (bow on the sample) through the real CLI.</summary>
public sealed class CompareLossesRecipeTests
{
    [Fact]
    public void CompareLosses_Smoke_ReportsBaselineAndTheTwoRunsInTheFileAndTheTable()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("recipe", RepoPath.Of("recipes", "compare-losses.csx"), "-o", folder.Path, "--seed", "3", "--", "--smoke");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Errors);
        string report = File.ReadAllText(folder.File("report.md"));
        foreach (string system in new[] { "baseline", "infonce", "triplet" })
        {
            Assert.Contains($"| {system} |", report);
            Assert.Matches($"│ {system} +│", result.Output);
        }
        Assert.True(File.Exists(folder.File("infonce/model/model.safetensors")));
    }
}

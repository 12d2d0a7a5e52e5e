using ContrastiveTool.Cli;
using ContrastiveTool.Tests.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace ContrastiveTool.Tests.Cli;

/// <summary>What users read in <c>--help</c>, pinned. Regenerate by deleting the snapshot and re-running (then review the diff).</summary>
public sealed class HelpSnapshotTests
{
    [Theory]
    [InlineData("root", new string[0])]
    [InlineData("data", new[] { "data" })]
    [InlineData("data-validate", new[] { "data", "validate" })]
    [InlineData("data-stats", new[] { "data", "stats" })]
    [InlineData("data-convert", new[] { "data", "convert" })]
    [InlineData("data-import", new[] { "data", "import" })]
    [InlineData("data-import-wordnet", new[] { "data", "import", "wordnet" })]
    [InlineData("data-import-quran", new[] { "data", "import", "quran" })]
    [InlineData("data-import-dictd", new[] { "data", "import", "dictd" })]
    [InlineData("data-import-stackexchange", new[] { "data", "import", "stackexchange" })]
    [InlineData("doctor", new[] { "doctor" })]
    [InlineData("losses", new[] { "losses" })]
    [InlineData("embed", new[] { "embed" })]
    [InlineData("report", new[] { "report" })]
    [InlineData("recipe", new[] { "recipe" })]
    [InlineData("train", new[] { "train" })]
    [InlineData("demo", new[] { "demo" })]
    [InlineData("mine", new[] { "mine" })]
    [InlineData("cluster", new[] { "cluster" })]
    [InlineData("compare", new[] { "compare" })]
    public void Help_Verb_MatchesSnapshot(string name, string[] verb)
    {
        var result = CliRunner.Run([.. verb, "--help"]);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("EXAMPLES:", result.Output);
        Snapshot.Match(CliOutput.Scrub(result.Output), new SnapshotNameExtension(name));
    }

    [Fact]
    public void Version_PrintsTheAssemblyVersion()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(ContrastiveApp.Version, result.Output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", ContrastiveApp.Version);
    }
}

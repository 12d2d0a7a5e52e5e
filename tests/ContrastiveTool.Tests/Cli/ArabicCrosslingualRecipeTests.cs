using System.Text.RegularExpressions;
using ContrastiveTool.Cli;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

/// <summary>recipes/arabic-crosslingual.csx end to end with <c>--smoke</c> on the importers' fixtures (4 surahs, a mini
/// FreeDict): the wiring, the files it promises and its argument errors. The quality run is too slow for the suite.</summary>
public sealed class ArabicCrosslingualRecipeTests
{
    private static string Recipe => RepoPath.Of("recipes", "arabic-crosslingual.csx");

    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "fixtures", "import", .. parts]);

    [Fact]
    public void Recipe_Smoke_DistilsOnFixturesAndWritesTableMetricsAndCheckpoint()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("recipe", Recipe, "-o", folder.Path, "--", "--smoke",
            "--quran-json", Fixture("quran", "quran-json", "dist", "quran_en.json"), "--quran-meta", Fixture("quran", "quran-meta"),
            "--test-surahs", "1", "--dictd-folder", Fixture("dictd"), "--dictionaries", "freedict-ara-eng-mini");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Errors + result.Output);
        string output = Regex.Replace(result.Output, @"\s+", " ");
        Assert.Contains("│ normalised (used) │ 0.0 % │ 0.0 %", output);
        Assert.Matches(@"│ en→ar │ minilm \(zero-shot\) │ \d\.\d{4} │ \d\.\d{4} │ 1× │", output);
        Assert.Matches(@"│ ar→en │ distilled student │ \d\.\d{4} │ \d\.\d{4} │", output);
        foreach (string system in new[] { "zero-shot-en-ar", "zero-shot-ar-en", "distilled-en-ar", "distilled-ar-en" })
        {
            var metrics = MetricsFileReader.Read(Path.Combine(folder.Path, "eval", system, MetricsFileWriter.FileName));
            Assert.Equal(["recall@10", "mrr@10"], metrics.Summaries.Select(s => s.Label));
            Assert.NotNull(metrics.PerQuery);
        }
        using var student = EncoderCheckpoint.Load(Path.Combine(folder.Path, "student", "model"));
        Assert.Equal(384, student.Dimension);
        Assert.NotEmpty(File.ReadAllLines(Path.Combine(folder.Path, "student", "metrics.jsonl")));
        Assert.Contains("| en→ar | minilm (zero-shot) |", File.ReadAllText(Path.Combine(folder.Path, "results.md")));
    }

    [Theory]
    [InlineData("--epochs=none", "recipe argument --epochs must be a whole number, got 'none'")]
    [InlineData("--learning-rate=-1", "recipe argument --learning-rate must be at least 0, got -1")]   // `=`: Spectre eats a lone "-1"
    [InlineData("--batch-size=1", "recipe argument --batch-size must be at least 2, got 1")]
    public void Recipe_BadArgument_ExitsOneNamingIt(string argument, string message)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("recipe", Recipe, "-o", folder.Path, "--", argument);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(message, Regex.Replace(result.Errors, @"\s+", " "));
    }
}

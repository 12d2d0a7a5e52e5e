using System.Text.Json;
using ContrastiveTool.Cli;
using ContrastiveTool.Tests.Data;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

public sealed class DataConvertVerbTests
{
    [Theory]
    [InlineData("kto", "trl-kot", "did you mean 'trl-kto'")]
    [InlineData("ktoo", "kto", "did you mean 'kto'")]
    [InlineData("nli", "kto", "known: triplets, sentence-transformers")]
    public void Convert_UnknownFormat_ExitsOneWithDidYouMean(string from, string to, string message)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "convert", MixedFixtureTests.Path("mixed-kto.jsonl"), "--from", from, "--to", to, "-o", folder.File("o.jsonl"));
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(message, result.Errors);
        Assert.False(File.Exists(folder.File("o.jsonl")));
    }

    [Theory]
    [InlineData("--rating-scale", "5")]
    [InlineData("--synthetic", "truncate")]
    [InlineData("--ranking-take", "0")]
    public void Convert_BadOption_ExitsOneWithoutAStackTrace(string option, string value)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "convert", MixedFixtureTests.Path("mixed-kto.jsonl"), "--from", "kto", "--to", "kto", "-o", folder.File("o.jsonl"), option, value);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Errors + result.Output);
    }

    [Fact]
    public void Convert_MaxRejectRatioExceeded_ExitsOneButWritesTheOutput()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "convert", MixedFixtureTests.Path("mixed-cpo.jsonl"), "--from", "cpo", "--to", "cpo",
            "-o", folder.File("o.jsonl"), "--rejects", folder.File("r.jsonl"), "--max-reject-ratio", "0.1");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Equal(4, File.ReadAllLines(folder.File("o.jsonl")).Length);
    }

    [Fact]
    public void Convert_QaToTriplets_OneAnswerQuestionsSkippedAndCounted()
    {
        using var folder = new TempFolder();
        string input = folder.Write("qa.jsonl",
            "{\"question\":{\"id\":1,\"title\":\"Q1\"},\"answers\":[{\"body\":\"low\",\"score\":1},{\"body\":\"top\",\"score\":9},{\"body\":\"mid\",\"score\":4}]}\n" +
            "{\"question\":{\"id\":2,\"title\":\"Q2\"},\"answers\":[{\"body\":\"only\",\"score\":1}]}\n");
        var result = CliRunner.Run("data", "convert", input, "--from", "qa", "--to", "sentence-transformers", "-o", folder.File("o.jsonl"), "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("{\"anchor\":\"Q1\",\"positive\":\"top\",\"negative_1\":\"mid\",\"negative_2\":\"low\"}", File.ReadAllText(folder.File("o.jsonl")).Trim());
        using var summary = JsonDocument.Parse(result.Output);
        Assert.Equal(1, summary.RootElement.GetProperty("skipped").GetProperty("questions with one answer (no negative)").GetInt32());
    }

    [Theory]
    [InlineData("kto", "mixed-kto.jsonl", "KTO rows (pairwise and ranking rows give several)", 39)]
    [InlineData("cpo", "mixed-cpo.jsonl", "negatives", 7)]
    public void Stats_OtherFormats_CountTheGoodRows(string format, string file, string count, double expected)
    {
        var result = CliRunner.Run("data", "stats", MixedFixtureTests.Path(file), "--format", format, "--json", "--max-reject-ratio", "1",
            "--rejects", Path.Combine(Path.GetTempPath(), $"stats-{format}-{Guid.NewGuid():N}.jsonl"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(expected, json.RootElement.GetProperty("statistics").GetProperty("counts").GetProperty(count).GetDouble());
    }
}

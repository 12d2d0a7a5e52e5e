using System.Text.Json;
using ContrastiveTool.Cli;
using ContrastiveTool.Tests.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace ContrastiveTool.Tests.Cli;

public sealed class DataVerbsTests
{
    private static string CopyFixture(TempFolder folder, string name)
    {
        string path = folder.File(name);
        File.Copy(Fixture.Path("qa", name), path);
        return path;
    }

    [Fact]
    public void Stats_SmallFixture_MatchesSnapshot()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "stats", CopyFixture(folder, "small.jsonl"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Snapshot.Match(CliOutput.Scrub(result.Output, folder.Path));
    }

    [Fact]
    public void Stats_Json_HasCountsAndDistributions()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "stats", CopyFixture(folder, "small.jsonl"), "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var stats = json.RootElement.GetProperty("statistics");
        Assert.Equal(4, stats.GetProperty("questions").GetInt32());
        Assert.Equal(8, stats.GetProperty("answers").GetInt32());
        Assert.Equal(2, stats.GetProperty("answers_per_question").GetProperty("median").GetDouble());
        Assert.Equal(0, json.RootElement.GetProperty("read").GetProperty("rejected").GetInt32());
    }

    [Fact]
    public void Stats_TooManyRejects_ExitsOneWithHowToFix()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "stats", CopyFixture(folder, "mixed.jsonl"));
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("3 of 5 rows were rejected", result.Errors);
        Assert.Contains("--max-reject-ratio", result.Errors);

        Assert.Equal(ExitCodes.Ok, CliRunner.Run("data", "stats", folder.File("mixed.jsonl"), "--max-reject-ratio", "0.6").ExitCode);
    }

    [Fact]
    public void Validate_BadRows_ExitsOneAndNamesEveryBadLineInTheRejectsFile()
    {
        using var folder = new TempFolder();
        string rejects = folder.File("bad.jsonl");
        var result = CliRunner.Run("data", "validate", CopyFixture(folder, "mixed.jsonl"), "--format", "qa", "--rejects", rejects);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        var rows = File.ReadAllLines(rejects).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal([2, 4, 6], rows.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(["malformed JSON", "missing score", "duplicate question id"], rows.Select(r => r.GetProperty("reason").GetString()));
        Assert.Equal(File.ReadAllLines(folder.File("mixed.jsonl"))[3], rows[1].GetProperty("raw").GetString());
        Snapshot.Match(CliOutput.Scrub(result.Output, folder.Path));
    }

    [Fact]
    public void Validate_CleanFile_ExitsZeroAndLeavesNoRejectsFile()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "validate", CopyFixture(folder, "small.jsonl"), "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(4, json.RootElement.GetProperty("good").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("rejects_file").ValueKind);
        Assert.False(File.Exists(folder.File("small.rejects.jsonl")));
    }

    [Fact]
    public void Validate_CleanFileWithRejectsPathGiven_WritesAnEmptyFileThere()
    {
        using var folder = new TempFolder();
        string rejects = folder.Write("mine.jsonl", "old content\n");
        var result = CliRunner.Run("data", "validate", CopyFixture(folder, "small.jsonl"), "--rejects", rejects);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", File.ReadAllText(rejects));
    }

    [Fact]
    public void Validate_CleanFileAfterABadRun_RemovesTheStaleDefaultRejectsFile()
    {
        using var folder = new TempFolder();
        string input = CopyFixture(folder, "mixed.jsonl");
        Assert.Equal(ExitCodes.UserError, CliRunner.Run("data", "validate", input).ExitCode);
        Assert.True(File.Exists(folder.File("mixed.rejects.jsonl")));
        File.Copy(Fixture.Path("qa", "small.jsonl"), input, overwrite: true);
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("data", "validate", input).ExitCode);
        Assert.False(File.Exists(folder.File("mixed.rejects.jsonl")));
    }

    [Theory]
    [InlineData("data", "validate", "/no/such/file.jsonl")]
    [InlineData("data", "validate", "x.jsonl", "--format", "nope")]
    [InlineData("data", "stats", "x.jsonl", "--max-reject-ratio", "2")]
    [InlineData("data", "frobnicate")]
    [InlineData("data", "stats")]
    public void UserErrors_ExitOneWithAMessageAndNoStackTrace(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("error", result.Errors);
        Assert.DoesNotContain("   at ", result.Errors + result.Output);
    }

    [Fact]
    public void Doctor_InTheTestProcess_ReportsTorchSharpWorks()
    {
        var result = CliRunner.Run("doctor");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("TorchSharp works.", result.Output);
        Assert.Contains("GLIBCXX_3.4.32 weak", result.Output);
        Assert.Contains("packaged minilm work", result.Output);
    }
}

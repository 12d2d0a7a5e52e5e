using System.Text.RegularExpressions;
using ContrastiveTool.Cli;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

/// <summary><c>contrastive compare</c> through the real parser: a small end-to-end comparison with a failing run, and the
/// errors it raises before training anything.</summary>
public sealed class CompareVerbTests
{
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private static string Config(TempFolder folder, string runs) => folder.Write("cmp.json", $$"""
        {
          "data_path": {{System.Text.Json.JsonSerializer.Serialize(RepoPath.Of("data", "sample", "ranked-qa.jsonl"))}},
          "model": "bow", "limit": 24, "test_size": 0.25, "batch_size": 6, "epochs": 1, "learning_rate": 0.01,
          "eval_steps": 2, "max_length": 24, "bootstrap_resamples": 100, "permutations": 200,
          "runs": [{{runs}}]
        }
        """);

    [Fact]
    public void Compare_TwoRunsAndABrokenOne_ReportsTheFailureAndCompletesTheOthers()
    {
        using var folder = new TempFolder();
        // Well-formed, but mined from other data: no training question has negatives, so the run has no batch to train on.
        string badNegatives = folder.Write("mined.jsonl", """{"query_id": "elsewhere", "positive_id": "a1", "negatives": [{"id": "a2", "tier": 1, "score": 0.5}]}""" + "\n");
        string config = Config(folder, $$"""
            {"name": "infonce", "preset": "infonce_standard"},
            {"name": "broken", "loss_type": "mnr", "batch_transform": "mined", "negatives": {{System.Text.Json.JsonSerializer.Serialize(badNegatives)}}},
            {"name": "triplet", "preset": "triplet_hard_neg"}
            """);

        var result = CliRunner.Run("compare", "--config", config, "-o", folder.File("out"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        string[] files = ["report.md", "report.csv", "report.png", "mrr.png", "ndcg-at-10.png", "map-at-10.png", "recall-at-10.png",
                          "hard_neg_accuracy.png", "learning-loss.png", "learning-eval-mrr.png"];
        Assert.All(files, f => Assert.True(File.Exists(folder.File(Path.Combine("out", f))), $"{f} is missing"));
        Assert.All(new[] { "infonce", "triplet" }, run =>
        {
            Assert.True(File.Exists(folder.File($"out/{run}/metrics.jsonl")));
            Assert.True(Directory.Exists(folder.File($"out/{run}/model")));
        });
        string report = File.ReadAllText(folder.File("out/report.md"));
        Assert.Matches(@"\| infonce \| infonce \+ infonce, 3 steps \| 6 \| (\*\*)?0\.\d{4}", report);
        Assert.Matches(@"\| triplet \| triplet \+ triplet, 3 steps \| 6 \| (\*\*)?0\.\d{4}", report);
        Assert.Contains("| broken | failed: ", report);
        Assert.Contains("has no batch of two or more rows", report);
        Assert.Contains("## Paired randomisation tests against baseline", report);
        string output = Flat(result.Output);
        Assert.Contains("run 1/3 infonce: step 1/3", output);
        Assert.Contains("run 2/3 broken: failed:", output);
        Assert.Contains("| baseline | zero-shot bow | 6 |", output);                  // the table, printed at the end
        Assert.Contains("1 run failed", output);
    }

    [Theory]
    [InlineData("""{"name": "a", "preset": "infonce_standrd"}""", "run 'a': unknown preset 'infonce_standrd': did you mean 'infonce_standard'?")]
    [InlineData("""{"name": "a"}, {"name": "b", "loss_type": "listwise"}""", "run 'b': loss 'listwise' accepts ScoredLists batches")]
    [InlineData("""{"name": "a", "loss_type": "mnr", "batch_transform": "mined", "negatives": "no-such.jsonl"}""", "run 'a': negatives: no such file: 'no-such.jsonl'")]
    public void Compare_BadRun_ExitsOneBeforeTrainingAnything(string runs, string expected)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("compare", "--config", Config(folder, runs), "-o", folder.File("out"));
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(expected, Flat(result.Errors));
        Assert.DoesNotContain("   at ", result.Errors);
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void Compare_NegativesFileThatDoesNotParse_ExitsOneBeforeTrainingAnything()
    {
        using var folder = new TempFolder();
        string negatives = System.Text.Json.JsonSerializer.Serialize(folder.Write("mined.jsonl", "not json\n"));
        string config = Config(folder, $$"""{"name": "a"}, {"name": "b", "loss_type": "mnr", "batch_transform": "mined", "negatives": {{negatives}}}""");
        var result = CliRunner.Run("compare", "--config", config, "-o", folder.File("out"));
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("run 'b': ", Flat(result.Errors));
        Assert.Contains("mined.jsonl:1: not a mined-negatives row", Flat(result.Errors));
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void Compare_UnknownRunSelected_DidYouMean()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("compare", "--config", Config(folder, """{"name": "infonce"}"""), "--runs", "infonse");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("unknown run 'infonse': did you mean 'infonce'?", Flat(result.Errors));
    }

    [Fact]
    public void Compare_NoConfig_SaysWhatToGive()
    {
        var result = CliRunner.Run("compare");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("--config cmp.json", Flat(result.Errors));
    }
}

using ContrastiveTool.Cli;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

/// <summary>train's user errors go through the real parser: exit 1, one message naming the key and the fix, no stack trace.</summary>
public sealed class TrainVerbTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "sample", "ranked-qa.jsonl");

    [Theory]
    [InlineData(new[] { "--batch-size", "many" }, "config key 'batch_size' must be a whole number ≥ 1, got \"many\"")]
    [InlineData(new[] { "--device", "cuda" }, "--device cuda: this build ships the CPU libtorch only")]
    [InlineData(new[] { "--loss-type", "listwise" }, "use batch_transform listwise with loss 'listwise'")]
    [InlineData(new[] { "--model", "minilm" }, "model 'minilm' runs in ONNX Runtime and cannot train; use minilm-torch")]
    [InlineData(new[] { "--batch-transform", "mined", "--loss-type", "mnr" }, "batch_transform 'mined' needs negatives")]
    [InlineData(new[] { "--curriculum", "tier" }, "curriculum 'tier' orders mined negatives")]
    public void Train_BadSetting_ExitsOneWithMessage(string[] flags, string expected)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(["train", "--data-path", Sample, "--output-dir", folder.File("out"), "--model", "bow", .. flags]);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(expected, Flat(result.Errors), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors);
    }

    [Fact]
    public void Train_UnknownKeyInConfig_DidYouMean()
    {
        using var folder = new TempFolder();
        string config = folder.Write("cfg.json", """{"data_path": "x.jsonl", "lerning_rate": 0.1}""");
        var result = CliRunner.Run("train", "--config", config);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("did you mean 'learning_rate'", Flat(result.Errors));
    }

    [Fact]
    public void Train_NothingToTrain_SaysWhatToGive()
    {
        var result = CliRunner.Run("train");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("--config cfg.json", Flat(result.Errors));
    }

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}

using ContrastiveTool.Core.Training;
using ContrastiveTool.Core.Training.Config;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Training;

/// <summary>The trainer on a few steps of a small model: same seed → same metrics.jsonl; a resumed run equals an uninterrupted one.</summary>
public sealed class TrainerTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "sample", "ranked-qa.jsonl");

    private static TrainConfig Small(string outputDir, string model = "bow") => new()
    {
        DataPath = Sample, Limit = 16, TestSize = 0.25, BatchSize = 4, Epochs = 2, MaxLength = 24, LearningRate = 1e-2,
        EvalSteps = 2, EvalAtZero = true, Model = model, OutputDir = outputDir, Seed = 11,
    };

    [Fact]
    public void Run_SameSeedTwice_IdenticalMetricsAndWeights()
    {
        using var folder = new TempFolder();
        var config = Small(folder.File("a")) with { BatchTransform = "triplet", NegStrategy = "mixed", LossType = "triplet" };
        var first = new Trainer().Run(new TrainRequest(config));
        var second = new Trainer().Run(new TrainRequest(config with { OutputDir = folder.File("b") }));
        Assert.Equal(6, first.Steps);                                             // 12 questions / 4 per batch × 2 epochs
        string log = File.ReadAllText(first.MetricsPath);
        Assert.Equal(log, File.ReadAllText(second.MetricsPath));
        Assert.Equal(1 + 6 + 3, log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);   // step 0, 6 steps, evals at 2, 4, 6
        Assert.Equal(Weights(first.ModelPath), Weights(second.ModelPath));
        Assert.NotEqual(first.InitialEvaluation!["mrr"], first.FinalEvaluation!["mrr"]);         // it trained
    }

    [Fact]
    public void Run_OtherSeed_DifferentMetrics()
    {
        using var folder = new TempFolder();
        var first = new Trainer().Run(new TrainRequest(Small(folder.File("a")) with { EvalAtZero = false, Epochs = 1 }));
        var second = new Trainer().Run(new TrainRequest(Small(folder.File("b")) with { EvalAtZero = false, Epochs = 1, Seed = 12 }));
        Assert.NotEqual(File.ReadAllText(first.MetricsPath), File.ReadAllText(second.MetricsPath));
    }

    [Fact]
    public void Run_CancelledMidEpochThenResumed_SameMetricsAndWeightsAsUninterrupted()
    {
        using var folder = new TempFolder();
        var config = Small(folder.File("full"), "tiny-transformer");
        var full = new Trainer().Run(new TrainRequest(config));

        var interrupted = config with { OutputDir = folder.File("resumed") };
        using var cancel = new CancellationTokenSource();
        var stopAtTwo = new Reporter(p => { if (p.Step == 2 && p.Evaluation is null) cancel.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() => new Trainer().Run(new TrainRequest(interrupted), stopAtTwo, cancel.Token));
        Assert.True(Directory.Exists(Path.Combine(interrupted.OutputDir, "checkpoint-step-2")));
        Assert.False(Directory.Exists(Path.Combine(interrupted.OutputDir, "model")));

        var resumed = new Trainer().Run(new TrainRequest(new TrainConfig { OutputDir = interrupted.OutputDir }, "latest"));
        Assert.Equal(2, resumed.ResumedAtStep);
        Assert.Equal(File.ReadAllText(full.MetricsPath), File.ReadAllText(resumed.MetricsPath));
        Assert.Equal(Weights(full.ModelPath), Weights(resumed.ModelPath));
    }

    [Fact]
    public void Run_ResumeFromEpochCheckpoint_SameWeightsAsUninterrupted()
    {
        using var folder = new TempFolder();
        var config = Small(folder.File("full")) with { EvalAtZero = false };
        var full = new Trainer().Run(new TrainRequest(config));
        string epochOne = Path.Combine(config.OutputDir, "checkpoint-epoch-1");
        var copy = folder.File("copy");
        Directory.CreateDirectory(copy);
        CopyFolder(epochOne, Path.Combine(copy, "checkpoint-epoch-1"));
        File.Copy(full.MetricsPath, Path.Combine(copy, "metrics.jsonl"));
        var state = TrainerState.Load(Path.Combine(copy, "checkpoint-epoch-1"));
        File.WriteAllText(Path.Combine(copy, "checkpoint-epoch-1", TrainerState.FileName),
            System.Text.Json.JsonSerializer.Serialize(state with { Config = state.Config with { OutputDir = copy } }, ContrastiveTool.Core.Data.JsonOutput.Indented));
        var resumed = new Trainer().Run(new TrainRequest(new TrainConfig(), Path.Combine(copy, "checkpoint-epoch-1")));
        Assert.Equal(3, resumed.ResumedAtStep);
        Assert.Equal(Weights(full.ModelPath), Weights(resumed.ModelPath));
        Assert.Equal(File.ReadAllText(full.MetricsPath), File.ReadAllText(resumed.MetricsPath));
    }

    [Fact]
    public void Run_CheckpointLoadsAsAModel()
    {
        using var folder = new TempFolder();
        var result = new Trainer().Run(new TrainRequest(Small(folder.File("a")) with { EvalAtZero = false, Epochs = 1 }));
        using var encoder = ContrastiveTool.Core.Models.Encoders.EncoderCatalog.Load(Path.Combine(result.OutputDir, "checkpoint-epoch-1"));
        Assert.Equal(128, encoder.Dimension);
    }

    private static byte[] Weights(string model) => File.ReadAllBytes(Path.Combine(model, "model.safetensors"));

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private sealed class Reporter(Action<TrainProgress> report) : IProgress<TrainProgress>
    {
        public void Report(TrainProgress value) => report(value);
    }
}

using ContrastiveTool.Core.Training.Comparison;
using ContrastiveTool.Core.Training.Config;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Training.Comparison;

/// <summary>compare on a few steps of the bag-of-words model: same start and split for every run, Ctrl+C keeps what finished.</summary>
public sealed class LossComparisonTests
{
    private static TrainConfig Shared => new()
    {
        DataPath = RepoPath.Of("data", "sample", "ranked-qa.jsonl"), Limit = 24, TestSize = 0.25, BatchSize = 6, Epochs = 1,
        MaxLength = 24, LearningRate = 1e-2, EvalSteps = 2, Model = "bow", Seed = 5,
    };

    private static ComparisonConfig Config(params string[] names) =>
        new(Shared, names.Select(n => new ComparisonRun(n, "infonce_standard", ComparisonConfigLoader.Overlay(Shared, TrainPresets.Find("infonce_standard")) with { Name = n })).ToList())
        { BootstrapResamples = 100, Permutations = 200 };

    [Fact]
    public void Run_TwoIdenticalRuns_SameStartAndSplitGiveIdenticalLogsAndMetrics()
    {
        using var folder = new TempFolder();
        var result = new LossComparison().Run(new ComparisonRequest(Config("a", "b"), folder.Path));
        Assert.False(result.Cancelled);
        Assert.Equal([RunStatus.Baseline, RunStatus.Trained, RunStatus.Trained], result.Outcomes.Select(o => o.Status));
        Assert.Equal(6, result.TestQuestions);                                            // 24 × 0.25
        Assert.Equal(3, result.Outcomes[1].Training!.Steps);                              // 18 questions / 6
        Assert.Equal(File.ReadAllText(folder.File("a/metrics.jsonl")), File.ReadAllText(folder.File("b/metrics.jsonl")));
        var (a, b) = (result.Outcomes[1].Metrics!, result.Outcomes[2].Metrics!);
        Assert.Equal(a.Summaries.Select(s => s.Mean), b.Summaries.Select(s => s.Mean));
        Assert.NotEqual(result.Outcomes[0].Metrics!.Summaries.Select(s => s.Mean), a.Summaries.Select(s => s.Mean)); // it trained
        Assert.Equal(["mrr", "ndcg@10", "map@10", "recall@10", "hard_neg_accuracy"], a.Summaries.Select(s => s.Label));
    }

    [Fact]
    public void Run_CancelledDuringTheFirstRun_WritesAPartialReportWithTheBaseline()
    {
        using var folder = new TempFolder();
        using var cancel = new CancellationTokenSource();
        var progress = new Reporter(p => { if (p.Run == 1 && p.Training is { Step: 1, Evaluation: null }) cancel.Cancel(); });
        var result = new LossComparison().Run(new ComparisonRequest(Config("first", "second"), folder.Path), progress, cancel.Token);
        Assert.True(result.Cancelled);
        Assert.Equal([RunStatus.Baseline, RunStatus.Cancelled, RunStatus.NotRun], result.Outcomes.Select(o => o.Status));
        Assert.True(Directory.Exists(folder.File("first/checkpoint-step-1")));            // the trainer's Ctrl+C checkpoint
        Assert.False(Directory.Exists(folder.File("second")));
        string report = File.ReadAllText(folder.File("report.md"));
        Assert.Contains("**Partial report**: stopped by Ctrl+C after 0 of 2 runs", report);
        Assert.Contains("| first | cancelled (Ctrl+C) | 0 |", report);
        Assert.Contains("| second | not run (cancelled) | 0 |", report);
        Assert.Contains("| baseline | zero-shot bow | 6 |", report);
        Assert.Empty(Directory.GetDirectories(folder.Path, ".report-*"));                 // no staging folder left behind
    }

    [Fact]
    public void Run_CancelledBeforeAnyRowFinished_WritesNoReport()
    {
        using var folder = new TempFolder();
        using var cancel = new CancellationTokenSource();
        var progress = new Reporter(p => { if (p.Phase == ComparisonPhase.Evaluating) cancel.Cancel(); });
        var result = new LossComparison().Run(new ComparisonRequest(Config("first"), folder.Path), progress, cancel.Token);
        Assert.True(result.Cancelled);
        Assert.Null(result.Report);
        Assert.False(File.Exists(folder.File("report.md")));
    }

    private sealed class Reporter(Action<ComparisonProgress> report) : IProgress<ComparisonProgress>
    {
        public void Report(ComparisonProgress value) => report(value);
    }
}

using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;
using ContrastiveTool.Core.Training.Comparison;

namespace ContrastiveTool.Tests.Training.Comparison;

/// <summary>Fixed comparison rows for report tests (no training): per-query values on 6 questions, hand-written intervals.</summary>
internal static class ComparisonOutcomes
{
    private static readonly string[] Queries = ["q1", "q2", "q3", "q4", "q5", "q6"];

    /// <summary>baseline (weak), infonce (better everywhere), triplet (best hard-negative accuracy), broken (failed).</summary>
    public static IReadOnlyList<RunOutcome> FourRows() =>
    [
        new("baseline", RunStatus.Baseline, "zero-shot minilm-torch",
            System("baseline", [0.5, 0.25, 1, 0.2, 0.5, 0.1], [0.6, 0.4, 1, 0.3, 0.6, 0], [0, 1, 0, 1])),
        new("infonce", RunStatus.Trained, "infonce + infonce, 40 steps",
            System("infonce", [1, 1, 1, 0.5, 1, 0.5], [1, 1, 1, 0.6, 1, 0.6], [1, 1, 0, 1])),
        new("triplet", RunStatus.Trained, "triplet + triplet, 40 steps",
            System("triplet", [1, 0.5, 1, 0.5, 0.5, 0.25], [1, 0.6, 1, 0.6, 0.6, 0.4], [1, 1, 1, 1])),
        new("broken", RunStatus.Failed, "failed: negatives: no such file: 'mined.jsonl'"),
    ];

    /// <summary>A system with mrr, ndcg@10 (per query, on q1..q6) and hard_neg_accuracy (on q1..q4: the questions with a hard
    /// negative); each interval is the mean ± 0.1.</summary>
    public static SystemMetrics System(string name, double[] mrr, double[] ndcg, double[] hardAccuracy)
    {
        var overall = new EvaluationResult(Queries, [], [new MetricScores("mrr", mrr), new MetricScores("ndcg@10", ndcg)]);
        var hard = new EvaluationResult(Queries[..4], [], [new MetricScores("hard_neg_accuracy", hardAccuracy)]);
        var summaries = overall.Metrics.Concat(hard.Metrics)
            .Select(m => new MetricSummary(m.Label, m.Mean, 0.1, m.Mean - 0.1, m.Mean + 0.1, m.PerQuery.Count)).ToList();
        return new SystemMetrics(name, summaries, overall) { MorePerQuery = [hard] };
    }
}

using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Tests.Evaluation.Reports;

/// <summary>Fixed systems for report tests: hand-written summaries and per-query values on 8 shared queries.</summary>
internal static class ReportSystems
{
    private static readonly string[] Queries = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"];

    /// <summary>bm25 (weak), dense (strong on mrr, tied best on recall), hybrid (no per-query values, no ndcg@10).</summary>
    public static IReadOnlyList<SystemMetrics> Three() =>
    [
        new("bm25", [S("mrr@10", 0.25, 0.1, 0.4), S("ndcg@10", 0.3, 0.15, 0.45), S("recall@10", 0.5, 0.3, 0.7)],
            PerQuery(("mrr@10", [0, 0.5, 0, 1, 0, 0.5, 0, 0]), ("ndcg@10", [0, 0.6, 0.1, 1, 0, 0.5, 0.2, 0]), ("recall@10", [0, 1, 0, 1, 0, 1, 1, 0]))),
        new("dense", [S("mrr@10", 0.8125, 0.6, 0.95), S("ndcg@10", 0.7, 0.5, 0.85), S("recall@10", 0.5, 0.25, 0.75)],
            PerQuery(("mrr@10", [1, 1, 0.5, 1, 1, 0.5, 1, 0.5]), ("ndcg@10", [1, 0.9, 0.4, 1, 0.8, 0.5, 0.7, 0.3]), ("recall@10", [1, 0, 1, 0, 1, 0, 1, 0]))),
        new("hybrid", [S("mrr@10", 0.6, 0.45, 0.75), S("recall@10", 0.45, 0.3, 0.6), S("map@10", 0.33333, 0.2, 0.5)]),
    ];

    public static MetricSummary S(string label, double mean, double lower, double upper) => new(label, mean, 0.2, lower, upper, Queries.Length);

    public static EvaluationResult PerQuery(params (string Label, double[] Values)[] metrics) =>
        new(Queries, [], metrics.Select(m => new MetricScores(m.Label, m.Values)).ToList());
}

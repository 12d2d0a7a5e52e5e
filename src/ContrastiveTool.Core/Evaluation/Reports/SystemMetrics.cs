using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>One system's results as a report sees them: each metric's mean and interval, and per-query values when known.</summary>
/// <param name="Name">How the report names the system (by default the metrics file's name without extension).</param>
/// <param name="Summaries">One summary per metric, in the order the metrics file lists them; empty for a system that failed.</param>
/// <param name="PerQuery">Every query's value of every metric (from <c>eval --per-query</c>); null when not written.
/// Needed for the paired test.</param>
public sealed record SystemMetrics(string Name, IReadOnlyList<MetricSummary> Summaries, EvaluationResult? PerQuery = null)
{
    /// <summary>More per-query results whose queries differ from <see cref="PerQuery"/>'s, e.g. the standardized test's
    /// hard-negative view (only questions with a hard negative). The paired test pairs each metric on its own queries.</summary>
    public IReadOnlyList<EvaluationResult> MorePerQuery { get; init; } = [];

    /// <summary>A short note the report shows beside the system (<c>zero-shot</c>, <c>trained 40 steps</c>,
    /// <c>failed: …</c>); null for none.</summary>
    public string? Status { get; init; }

    /// <summary>The summary of metric <paramref name="label"/>, or null when this system was not judged on it.</summary>
    public MetricSummary? Find(string label) => Summaries.FirstOrDefault(s => s.Label == label);

    /// <summary>The per-query values of metric <paramref name="label"/> with the queries they belong to, from
    /// <see cref="PerQuery"/> or else <see cref="MorePerQuery"/>; null when none has it.</summary>
    public (IReadOnlyList<string> QueryIds, IReadOnlyList<double> Values)? PerQueryOf(string label)
    {
        foreach (var result in PerQuery is null ? MorePerQuery : [PerQuery, .. MorePerQuery])
            if (result.Metrics.FirstOrDefault(m => m.Label == label) is { } scores)
                return (result.QueryIds, scores.PerQuery);
        return null;
    }
}

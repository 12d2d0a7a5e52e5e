using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>One system's results as a report sees them: each metric's mean and interval, and per-query values when known.</summary>
/// <param name="Name">How the report names the system (by default the metrics file's name without extension).</param>
/// <param name="Summaries">One summary per metric, in the order the metrics file lists them.</param>
/// <param name="PerQuery">Every query's value of every metric (from <c>eval --per-query</c>); null when not written.
/// Needed for the paired test.</param>
public sealed record SystemMetrics(string Name, IReadOnlyList<MetricSummary> Summaries, EvaluationResult? PerQuery = null)
{
    /// <summary>The summary of metric <paramref name="label"/>, or null when this system was not judged on it.</summary>
    public MetricSummary? Find(string label) => Summaries.FirstOrDefault(s => s.Label == label);
}

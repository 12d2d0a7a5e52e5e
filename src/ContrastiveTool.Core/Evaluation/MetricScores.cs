namespace ContrastiveTool.Core.Evaluation;

/// <summary>One metric over the evaluated queries: each query's value (in query order) and their mean.</summary>
/// <param name="Label">The metric with its cutoff, e.g. <c>ndcg@10</c>.</param>
/// <param name="PerQuery">One value per evaluated query, in <see cref="EvaluationResult.QueryIds"/> order.</param>
public sealed record MetricScores(string Label, IReadOnlyList<double> PerQuery)
{
    /// <summary>The average over the evaluated queries; 0 when there are none.</summary>
    public double Mean { get; } = PerQuery.Count == 0 ? 0 : PerQuery.Average();
}

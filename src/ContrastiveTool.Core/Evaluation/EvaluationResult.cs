namespace ContrastiveTool.Core.Evaluation;

/// <summary>Metrics of one system on one set of queries, per query and averaged.</summary>
/// <param name="QueryIds">The evaluated queries (those with at least one relevant document), in order.</param>
/// <param name="ExcludedQueries">Queries left out because they have no relevant document (never divided by zero).</param>
/// <param name="Metrics">One entry per requested metric, in the order asked.</param>
public sealed record EvaluationResult(
    IReadOnlyList<string> QueryIds,
    IReadOnlyList<string> ExcludedQueries,
    IReadOnlyList<MetricScores> Metrics)
{
    /// <summary>The scores of the metric labelled <paramref name="label"/> (e.g. <c>ndcg@10</c>).</summary>
    public MetricScores this[string label] =>
        Metrics.FirstOrDefault(m => m.Label == label) ?? throw new KeyNotFoundException($"no metric '{label}' in this result");
}

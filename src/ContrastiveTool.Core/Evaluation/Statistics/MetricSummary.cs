namespace ContrastiveTool.Core.Evaluation.Statistics;

/// <summary>A metric's mean over queries with its spread: standard deviation and a bootstrap confidence interval.</summary>
/// <param name="Label">The metric, e.g. <c>ndcg@10</c>.</param>
/// <param name="Mean">The mean over the evaluated queries.</param>
/// <param name="StandardDeviation">The per-query population standard deviation (numpy's default, as the seed reports).</param>
/// <param name="Lower">The lower end of the percentile bootstrap interval of the mean.</param>
/// <param name="Upper">The upper end of that interval.</param>
/// <param name="Queries">How many queries the mean is over.</param>
public sealed record MetricSummary(string Label, double Mean, double StandardDeviation, double Lower, double Upper, int Queries);

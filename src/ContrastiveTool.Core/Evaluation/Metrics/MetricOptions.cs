namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>The choices that change a metric's definition.</summary>
/// <param name="Gain">NDCG's gain: the grade (default, trec_eval) or 2^grade − 1.</param>
/// <param name="MapDenominator">MAP's denominator: R (default, trec_eval) or min(k, R).</param>
/// <param name="SeedCompat">NDCG and MAP as the seed project computed them (overrides the two above for them).</param>
public sealed record MetricOptions(
    GainKind Gain = GainKind.Linear,
    MapDenominator MapDenominator = MapDenominator.Relevant,
    bool SeedCompat = false)
{
    /// <summary>The standard (trec_eval) definitions.</summary>
    public static MetricOptions Standard { get; } = new();
}

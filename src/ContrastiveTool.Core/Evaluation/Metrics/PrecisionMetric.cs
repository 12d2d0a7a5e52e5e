using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Precision at k: the share of the top k that is relevant.</summary>
/// <remarks>
/// P@k = Σ_{i ≤ k} rel_i / k. Like trec_eval's <c>P_k</c>, the denominator is k even when fewer than k documents
/// were retrieved. Relations: recall@k divides the same count by R instead.
/// </remarks>
public sealed class PrecisionMetric : IRankingMetric
{
    /// <inheritdoc/>
    public string Name => "precision";

    /// <inheritdoc/>
    public string Formula => "Σ_{i≤k} rel_i / k";

    /// <inheritdoc/>
    public Tensor Compute(RankedRelevance ranked, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        using var scope = NewDisposeScope();
        var hits = RankCutoff.Relevant(RankCutoff.Top(ranked.Grades, k)).sum(1);             // (Q)
        return (hits / k).MoveToOuterDisposeScope();
    }
}

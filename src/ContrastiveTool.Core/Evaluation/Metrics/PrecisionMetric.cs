using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Precision at k: the share of the top k that is relevant.</summary>
/// <remarks>
/// P@k = Σ_{i ≤ k} rel_i / k. Like trec_eval's <c>P_k</c>, the denominator is k even when fewer than k documents
/// were retrieved. Relations: recall@k divides the same count by R instead.
/// </remarks>
public sealed class PrecisionMetric : RankingMetric
{
    /// <inheritdoc/>
    public override string Name => "precision";

    /// <inheritdoc/>
    public override string Formula => "Σ_{i≤k} rel_i / k";

    /// <inheritdoc/>
    protected override Tensor Score(RankedRelevance ranked, int k)
    {
        var hits = RankCutoff.Relevant(RankCutoff.Top(ranked.Grades, k)).sum(1);             // (Q)
        return (hits / k);
    }
}

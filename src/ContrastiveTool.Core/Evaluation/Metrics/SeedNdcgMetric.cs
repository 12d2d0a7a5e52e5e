using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>The seed project's NDCG@k, to reproduce its published numbers (<c>--seed-compat</c>).</summary>
/// <remarks>
/// NDCG_seed@k = DCG@k / IDCG_seed@k, DCG@k = Σ_{i ≤ k} grade_i / log2(i + 1), IDCG_seed@k = the same sum over the
/// retrieved top k re-sorted best first. Relevant documents that were not retrieved in the top k do not lower it,
/// so it is ≥ <see cref="NdcgMetric"/>. With one relevant document of grade 1 the two coincide: 1/log2(rank + 1)
/// when it is in the top k, else 0.
/// Relations: <see cref="NdcgMetric"/> is the standard definition.
/// </remarks>
public sealed class SeedNdcgMetric : IRankingMetric
{
    /// <inheritdoc/>
    public string Name => "ndcg";

    /// <inheritdoc/>
    public string Formula => "Σ_{i≤k} rel_i/log2(i+1) ÷ same over the retrieved top k sorted (seed)";

    /// <inheritdoc/>
    public Tensor Compute(RankedRelevance ranked, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        using var scope = NewDisposeScope();
        var top = RankCutoff.Top(ranked.Grades, k);                                           // (Q, k)
        var discounts = RankCutoff.Discounts(top.shape[1]);                                   // (1, k)
        var dcg = (top * discounts).sum(1);                                                   // (Q)
        var ideal = top.sort(1, descending: true).Values;                                     // (Q, k)
        var idcg = (ideal * discounts).sum(1);                                                // (Q)
        return RankCutoff.SafeDivide(dcg, idcg).MoveToOuterDisposeScope();                    // (Q)
    }
}

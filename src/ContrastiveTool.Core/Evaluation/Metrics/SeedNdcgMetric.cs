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
public sealed class SeedNdcgMetric : RankingMetric
{
    /// <inheritdoc/>
    public override string Name => "ndcg";

    /// <inheritdoc/>
    public override string Formula => "Σ_{i≤k} rel_i/log2(i+1) ÷ same over the retrieved top k sorted (seed)";

    /// <inheritdoc/>
    protected override Tensor Score(RankedRelevance ranked, int k)
    {
        var top = RankCutoff.Top(ranked.Grades, k);                                           // (Q, k)
        var dcg = RankCutoff.Dcg(Gains.Apply(GainKind.Linear, top));                          // (Q)
        var idcg = RankCutoff.Dcg(Gains.Apply(GainKind.Linear, top.sort(1, descending: true).Values)); // (Q) ideal: the top k re-sorted
        return RankCutoff.SafeDivide(dcg, idcg);                    // (Q)
    }
}

using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Normalised discounted cumulative gain at k, as trec_eval's <c>ndcg_cut</c>.</summary>
/// <remarks>
/// NDCG@k = DCG@k / IDCG@k; DCG@k = Σ_{i ≤ k} g(grade_i) / log2(i + 1); IDCG@k is the same sum over the
/// query's judged grades sorted best first — all judged documents, retrieved or not — cut at k.
/// g = grade (linear, default) or 2^grade − 1 (<see cref="GainKind.Exponential"/>). 0 when IDCG is 0.
/// Reference: Järvelin &amp; Kekäläinen 2002. Relations: <see cref="SeedNdcgMetric"/> takes the ideal from the
/// retrieved top k only (always ≥ this value); ML.NET defaults to gains 0, 3, 7, 15, 31 and ln(i + 1) (agreement and
/// differences: MlNetRankingCrossCheckTests).
/// </remarks>
public sealed class NdcgMetric(GainKind gain = GainKind.Linear) : RankingMetric
{
    /// <inheritdoc/>
    public override string Name => "ndcg";

    /// <inheritdoc/>
    public override string Formula => gain == GainKind.Exponential
        ? "Σ_{i≤k} (2^rel_i−1)/log2(i+1) ÷ same over all judged grades sorted, cut at k"
        : "Σ_{i≤k} rel_i/log2(i+1) ÷ same over all judged grades sorted, cut at k";

    /// <inheritdoc/>
    protected override Tensor Score(RankedRelevance ranked, int k)
    {
        var dcg = RankCutoff.Dcg(Gains.Apply(gain, RankCutoff.Top(ranked.Grades, k)));       // (Q)
        var idcg = RankCutoff.Dcg(Gains.Apply(gain, RankCutoff.Top(ranked.IdealGrades, k)));  // (Q)
        return RankCutoff.SafeDivide(dcg, idcg);                    // (Q)
    }
}

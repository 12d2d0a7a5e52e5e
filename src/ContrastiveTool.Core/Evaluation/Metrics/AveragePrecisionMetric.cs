using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Average precision cut at k, as trec_eval's <c>map_cut</c>; averaged over queries: MAP@k.</summary>
/// <remarks>
/// AP@k = Σ_{i ≤ k} P@i · rel_i / R, P@i = Σ_{j ≤ i} rel_j / i, R = the query's relevant documents.
/// <see cref="MapDenominator.MinK"/> divides by min(k, R) instead (sentence-transformers).
/// Relations: <see cref="SeedAveragePrecisionMetric"/> divides by the relevant documents found in the top k.
/// </remarks>
public sealed class AveragePrecisionMetric(MapDenominator denominator = MapDenominator.Relevant) : RankingMetric
{
    /// <inheritdoc/>
    public override string Name => "map";

    /// <inheritdoc/>
    public override string Formula => denominator == MapDenominator.MinK
        ? "Σ_{i≤k} P@i·rel_i / min(k, R)"
        : "Σ_{i≤k} P@i·rel_i / R";

    /// <inheritdoc/>
    protected override Tensor Score(RankedRelevance ranked, int k)
    {
        var relevant = RankCutoff.Relevant(RankCutoff.Top(ranked.Grades, k));                // (Q, k)
        var sum = RankCutoff.PrecisionSum(relevant);                                          // (Q)
        var r = denominator == MapDenominator.MinK ? ranked.RelevantCount.clamp_max(k) : ranked.RelevantCount; // (Q)
        return RankCutoff.SafeDivide(sum, r);                       // (Q)
    }
}

using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Average precision cut at k, as trec_eval's <c>map_cut</c>; averaged over queries: MAP@k.</summary>
/// <remarks>
/// AP@k = Σ_{i ≤ k} P@i · rel_i / R, P@i = Σ_{j ≤ i} rel_j / i, R = the query's relevant documents.
/// <see cref="MapDenominator.MinK"/> divides by min(k, R) instead (sentence-transformers).
/// Relations: <see cref="SeedAveragePrecisionMetric"/> divides by the relevant documents found in the top k.
/// </remarks>
public sealed class AveragePrecisionMetric(MapDenominator denominator = MapDenominator.Relevant) : IRankingMetric
{
    /// <inheritdoc/>
    public string Name => "map";

    /// <inheritdoc/>
    public string Formula => denominator == MapDenominator.MinK
        ? "Σ_{i≤k} P@i·rel_i / min(k, R)"
        : "Σ_{i≤k} P@i·rel_i / R";

    /// <inheritdoc/>
    public Tensor Compute(RankedRelevance ranked, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        using var scope = NewDisposeScope();
        var relevant = RankCutoff.Relevant(RankCutoff.Top(ranked.Grades, k));                // (Q, k)
        var precisionAt = relevant.cumsum(1) / RankCutoff.Positions(relevant.shape[1]);      // (Q, k)
        var sum = (precisionAt * relevant).sum(1);                                            // (Q)
        var r = denominator == MapDenominator.MinK ? ranked.RelevantCount.clamp_max(k) : ranked.RelevantCount; // (Q)
        return RankCutoff.SafeDivide(sum, r).MoveToOuterDisposeScope();                       // (Q)
    }
}

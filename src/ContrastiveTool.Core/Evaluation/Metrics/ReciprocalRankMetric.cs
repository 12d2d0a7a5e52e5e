using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Reciprocal rank cut at k: 1 / rank of the first relevant document in the top k, else 0.</summary>
/// <remarks>
/// RR@k = max_{i ≤ k} rel_i / i, rel_i = [grade_i ≥ 1]. Averaged over queries: MRR@k.
/// trec_eval's <c>recip_rank</c> is the uncut form (k = the whole list). Same as sentence-transformers' MRR@k.
/// Relations: accuracy@k = [RR@k &gt; 0]; with one relevant document, AP@k = RR@k.
/// </remarks>
public sealed class ReciprocalRankMetric : IRankingMetric
{
    /// <inheritdoc/>
    public string Name => "mrr";

    /// <inheritdoc/>
    public string Formula => "max_{i≤k} rel_i / i";

    /// <inheritdoc/>
    public Tensor Compute(RankedRelevance ranked, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        using var scope = NewDisposeScope();
        var relevant = RankCutoff.Relevant(RankCutoff.Top(ranked.Grades, k));                // (Q, k)
        var first = relevant * relevant.cumsum(1).eq(1);                                      // (Q, k) 1 at the first hit
        var rr = (first / RankCutoff.Positions(relevant.shape[1])).sum(1);                    // (Q)
        return rr.MoveToOuterDisposeScope();
    }
}

using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Reciprocal rank cut at k: 1 / rank of the first relevant document in the top k, else 0.</summary>
/// <remarks>
/// RR@k = max_{i ≤ k} rel_i / i, rel_i = [grade_i ≥ 1]. Averaged over queries: MRR@k.
/// trec_eval's <c>recip_rank</c> is the uncut form (k = the whole list). Same as sentence-transformers' MRR@k.
/// Relations: accuracy@k = [RR@k &gt; 0]; with one relevant document, AP@k = RR@k.
/// </remarks>
public sealed class ReciprocalRankMetric : RankingMetric
{
    /// <inheritdoc/>
    public override string Name => "mrr";

    /// <inheritdoc/>
    public override string Formula => "max_{i≤k} rel_i / i";

    /// <inheritdoc/>
    protected override Tensor Score(RankedRelevance ranked, int k)
    {
        var relevant = RankCutoff.Relevant(RankCutoff.Top(ranked.Grades, k));                // (Q, k)
        var first = relevant * relevant.cumsum(1).eq(1);                                      // (Q, k) 1 at the first hit
        var rr = (first / RankCutoff.Positions(relevant.shape[1])).sum(1);                    // (Q)
        return rr;
    }
}

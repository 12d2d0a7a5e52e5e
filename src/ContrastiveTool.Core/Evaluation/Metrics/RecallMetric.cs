using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Recall at k: the share of the query's relevant documents found in the top k.</summary>
/// <remarks>
/// Recall@k = Σ_{i ≤ k} rel_i / R, R = the query's judged relevant documents (trec_eval's <c>recall_k</c>).
/// Never falls as k grows. Relations: precision@k divides by k.
/// </remarks>
public sealed class RecallMetric : RankingMetric
{
    /// <inheritdoc/>
    public override string Name => "recall";

    /// <inheritdoc/>
    public override string Formula => "Σ_{i≤k} rel_i / R";

    /// <inheritdoc/>
    protected override Tensor Score(RankedRelevance ranked, int k)
    {
        var hits = RankCutoff.Relevant(RankCutoff.Top(ranked.Grades, k)).sum(1);             // (Q)
        return RankCutoff.SafeDivide(hits, ranked.RelevantCount);   // (Q)
    }
}

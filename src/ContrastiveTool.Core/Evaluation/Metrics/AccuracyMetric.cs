using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Accuracy (hit rate, success) at k: 1 when a relevant document is in the top k, else 0.</summary>
/// <remarks>
/// Acc@k = [Σ_{i ≤ k} rel_i &gt; 0]. accuracy@1 is the seed project's "accuracy@1" (top answer is the positive).
/// Relations: with one relevant document, accuracy@k = recall@k.
/// </remarks>
public sealed class AccuracyMetric : RankingMetric
{
    /// <inheritdoc/>
    public override string Name => "accuracy";

    /// <inheritdoc/>
    public override string Formula => "[Σ_{i≤k} rel_i > 0]";

    /// <inheritdoc/>
    protected override Tensor Score(RankedRelevance ranked, int k)
    {
        var hits = RankCutoff.Relevant(RankCutoff.Top(ranked.Grades, k)).sum(1);             // (Q)
        return hits.gt(0).to_type(ScalarType.Float64);
    }
}

using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>The seed project's MAP@k, to reproduce its published numbers (<c>--seed-compat</c>).</summary>
/// <remarks>
/// AP_seed@k = Σ_{i ≤ k} P@i · rel_i / Σ_{i ≤ k} rel_i, P@i = Σ_{j ≤ i} rel_j / i, rel_i = [grade_i ≥ 1] (the seed only
/// ever fed it binary relevance; fed grades it would exceed 1). It divides by what was found in the top k, not by R:
/// a query whose only relevant document in the top 10 is at rank 1 scores 1 even if it has 5 relevant documents.
/// Relations: <see cref="AveragePrecisionMetric"/> is the standard (trec_eval) definition; with binary grades and one
/// relevant document both give 1/rank.
/// </remarks>
public sealed class SeedAveragePrecisionMetric : RankingMetric
{
    /// <inheritdoc/>
    public override string Name => "map";

    /// <inheritdoc/>
    public override string Formula => "Σ_{i≤k} P@i·rel_i / Σ_{i≤k} rel_i (seed)";

    /// <inheritdoc/>
    protected override Tensor Score(RankedRelevance ranked, int k)
    {
        var relevant = RankCutoff.Relevant(RankCutoff.Top(ranked.Grades, k));                // (Q, k)
        return RankCutoff.SafeDivide(RankCutoff.PrecisionSum(relevant), relevant.sum(1));    // (Q)
    }
}

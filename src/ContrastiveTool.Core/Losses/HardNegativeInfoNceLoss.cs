using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>Symmetric InfoNCE plus a penalty on the similarity of each query to its own question's lower-ranked answers.</summary>
/// <remarks>
/// loss = infonce + λ·mean_{(i,j): same question, i ≠ j, rank_j &gt; rank_i} exp(S_ij), S = Q·Aᵀ/τ; the penalty is 0
/// when the batch has no such pair. Inputs: grouped pairs with ranks. Defaults: τ = 0.1, λ = 1.
/// Relations: infonce is λ = 0.
/// </remarks>
public sealed class HardNegativeInfoNceLoss : ContrastiveLoss
{
    private readonly double _temperature, _weight;

    public HardNegativeInfoNceLoss(double temperature = 0.1, double hardNegativeWeight = 1.0) : base("hard_neg_infonce")
    {
        RequirePositive(temperature, "temperature");
        ArgumentOutOfRangeException.ThrowIfNegative(hardNegativeWeight);
        (_temperature, _weight) = (temperature, hardNegativeWeight);
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.GroupedPairs;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        long rows = queries.shape[0];
        var same = GroupMasks.SameQuestion(QuestionIdsOrRows(batch, rows));                  // (B,B)
        var ranks = Require(batch.Ranks, "ranks (B)", 1);
        RequireRows(ranks, "ranks", rows);
        var lowerRanked = same.logical_and(ranks.unsqueeze(0).gt(ranks.unsqueeze(1)))
                              .to_type(ScalarType.Float32);                                  // (B,B): j below i
        var similarity = queries.matmul(answers.t());                                        // (B,B)
        var logits = similarity / _temperature;                                              // (B,B)
        var infoNce = InBatchCrossEntropy.Symmetric(logits);                                 // ()
        var penalty = (logits.exp() * lowerRanked).sum() / lowerRanked.sum().clamp_min(1);   // ()
        SimilarityMetrics.AddTopIsDiagonal(metrics, logits);
        SimilarityMetrics.AddPositiveNegative(metrics, similarity, GroupMasks.Diagonal(rows));
        metrics.Add("hard_neg_penalty", () => penalty.detach());
        return infoNce + _weight * penalty;
    }
}

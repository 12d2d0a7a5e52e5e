using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>InfoNCE with a soft target: most mass on the row's own answer, a little on its question's other answers.</summary>
/// <remarks>
/// loss = mean_i KL(t_i ‖ softmax(S_i)), t_ii = 1 − p, t_ij = p / |P(i) \ {i}| for the other rows of i's question,
/// all mass on i when the question has no other rows. S = Q·Aᵀ/τ.
/// Inputs: grouped pairs. Defaults: τ = 0.1, p = 0.1 (0 ≤ p &lt; 1). Accuracy: top answer is the row's own.
/// Relations: p = 0 gives one-directional InfoNCE; flex_infonce spreads the target evenly over the group.
/// </remarks>
public sealed class RelaxedHardNegativeLoss : ContrastiveLoss
{
    private readonly double _temperature, _relaxation;

    public RelaxedHardNegativeLoss(double temperature = 0.1, double relaxation = 0.1) : base("relaxed_hard_neg")
    {
        RequirePositive(temperature, "temperature");
        if (!(relaxation >= 0 && relaxation < 1))
            throw new LossInputException($"p (relaxation) must be in [0, 1), got {relaxation}");
        (_temperature, _relaxation) = (temperature, relaxation);
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.GroupedPairs | BatchKind.InBatchPairs;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        long rows = queries.shape[0];
        var same = GroupMasks.SameQuestion(QuestionIdsOrRows(batch, rows));                  // (B,B)
        var diagonal = GroupMasks.Diagonal(rows).to_type(ScalarType.Float32);               // (B,B)
        var others = same.to_type(ScalarType.Float32) - diagonal;                            // (B,B)
        var otherCount = others.sum(1, keepdim: true);                                       // (B,1)
        var relaxed = diagonal * (1 - _relaxation) + others * (_relaxation / otherCount.clamp_min(1)); // (B,B)
        var target = torch.where(otherCount.gt(0), relaxed, diagonal);                       // (B,B)
        var similarity = queries.matmul(answers.t());                                        // (B,B)
        var logits = similarity / _temperature;                                              // (B,B)
        var logTarget = torch.where(target.gt(0), target.clamp_min(1e-30).log(), torch.zeros_like(target)); // (B,B)
        var loss = (target * (logTarget - log_softmax(logits, 1))).sum(1).mean();           // ()
        SimilarityMetrics.AddTopIsDiagonal(metrics, logits);
        SimilarityMetrics.AddPositiveNegative(metrics, similarity, GroupMasks.Diagonal(rows));
        return loss;
    }
}

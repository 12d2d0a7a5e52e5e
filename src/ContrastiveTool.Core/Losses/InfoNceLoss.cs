using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>Symmetric in-batch InfoNCE: query i must rank answer i first among the batch's answers, and answer i query i.</summary>
/// <remarks>
/// loss = ½[CE(S, diag) + CE(Sᵀ, diag)], S = Q·Aᵀ/τ.
/// Inputs: in-batch pairs (question ids, if any, are ignored: same-question rows count as negatives).
/// Defaults: τ = 0.1. Accuracy: share of rows whose top answer is their own.
/// Reference: van den Oord et al. 2018 (CPC); Radford et al. 2021 (CLIP, symmetric form).
/// Relations: flex_infonce treats same-question rows as positives; mnr is the one-directional form with explicit negatives.
/// </remarks>
public sealed class InfoNceLoss : ContrastiveLoss
{
    private readonly double _temperature;

    public InfoNceLoss(double temperature = 0.1) : base("infonce")
    {
        RequirePositive(temperature, "temperature");
        _temperature = temperature;
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.InBatchPairs | BatchKind.GroupedPairs;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        var similarity = queries.matmul(answers.t());                                        // (B,B)
        var logits = similarity / _temperature;                                              // (B,B)
        var loss = InBatchCrossEntropy.Symmetric(logits);                                    // ()
        SimilarityMetrics.AddTopIsDiagonal(metrics, logits);
        SimilarityMetrics.AddPositiveNegative(metrics, similarity, GroupMasks.Diagonal(queries.shape[0]));
        return loss;
    }
}

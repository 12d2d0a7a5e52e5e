using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>sentence-transformers' CosineSimilarityLoss: the cosine of each pair must equal its label.</summary>
/// <remarks>
/// loss = mean_i (cos(q_i,a_i) − y_i)², y = given labels in [0, 1], or the answer's score min-max normalised within its
/// question (1 when all its answers score the same). Inputs: labelled pairs, or grouped pairs with scores.
/// Relations: cosent learns only the order of the labels; the first stage of the GATE recipe.
/// </remarks>
public sealed class CosineSimilarityMseLoss() : ContrastiveLoss("mse")
{
    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.LabelledPairs | BatchKind.GroupedPairs;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (cosine, labels) = RequireLabelledCosines(batch);                                // (B), (B)
        metrics.Add("pos_sim", () => cosine.detach().mean());
        return mse_loss(cosine, labels);
    }
}

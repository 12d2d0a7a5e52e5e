using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Losses;

/// <summary>sentence-transformers' CoSENTLoss: every pair with a higher label must have a higher cosine.</summary>
/// <remarks>
/// loss = log(1 + Σ_{(i,j): y_i &gt; y_j} exp(λ(cos_j − cos_i))), cos_i = cos(q_i,a_i).
/// Inputs: labelled pairs, or grouped pairs with scores (labels as for mse). Defaults: λ (scale) = 20.
/// Metric "accuracy": share of ordered pairs (y_i &gt; y_j) with cos_i &gt; cos_j.
/// Reference: Su 2022 (CoSENT). Relations: mse regresses the labels themselves; AnglE is a variant.
/// </remarks>
public sealed class CoSentLoss : ContrastiveLoss
{
    private readonly double _scale;

    public CoSentLoss(double scale = 20) : base("cosent")
    {
        RequirePositive(scale, "scale");
        _scale = scale;
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.LabelledPairs | BatchKind.GroupedPairs;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (cosine, labels) = RequireLabelledCosines(batch);                                // (B), (B)
        var ordered = labels.unsqueeze(1).gt(labels.unsqueeze(0));                           // (B,B): y_i > y_j
        var differences = (cosine.unsqueeze(0) - cosine.unsqueeze(1)) * _scale;              // (B,B): λ(cos_j − cos_i)
        var terms = differences.masked_fill(ordered.logical_not(), double.NegativeInfinity).flatten(); // (B·B)
        var loss = torch.cat([torch.zeros(1), terms]).logsumexp(0);                          // ()
        using (torch.no_grad())
        {
            var right = ordered.logical_and(differences.lt(0)).to_type(ScalarType.Float32);
            metrics.Add("accuracy", () => right.sum() / ordered.to_type(ScalarType.Float32).sum().clamp_min(1));
            metrics.Add("pos_sim", () => cosine.mean());
        }
        return loss;
    }
}

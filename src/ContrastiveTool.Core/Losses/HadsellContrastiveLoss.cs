using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>sentence-transformers' ContrastiveLoss (Hadsell et al.): similar pairs pulled together, dissimilar ones pushed beyond a margin.</summary>
/// <remarks>
/// loss = mean_i ½[y_i·d_i² + (1 − y_i)·relu(m − d_i)²], d = 1 − cos(q,a), y ∈ {0, 1}.
/// Inputs: labelled pairs. Defaults: m = 0.5. Metric "violation_rate": dissimilar pairs closer than m.
/// Reference: Hadsell, Chopra, LeCun 2006. Relations: online_contrastive keeps only the batch's hard pairs.
/// </remarks>
public class HadsellContrastiveLoss : ContrastiveLoss
{
    public HadsellContrastiveLoss(double margin = 0.5) : this("contrastive", margin) { }

    protected HadsellContrastiveLoss(string name, double margin) : base(name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(margin);
        Margin = margin;
    }

    protected double Margin { get; }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.LabelledPairs;

    /// <inheritdoc/>
    protected sealed override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        var labels = Require(batch.Labels, "labels (B) of 1 (similar) or 0 (dissimilar)", 1).to_type(ScalarType.Float32);
        RequireRows(labels, "labels", queries.shape[0]);
        var cosine = PairSimilarity.Cosine(queries, answers);                                // (B)
        var distance = 1 - cosine;                                                           // (B)
        SimilarityMetrics.AddPositiveNegative(metrics, cosine, labels.gt(0.5));
        metrics.Add("violation_rate", () => labels.lt(0.5).logical_and(distance.lt(Margin)).to_type(ScalarType.Float32).sum()
                                            / labels.lt(0.5).to_type(ScalarType.Float32).sum().clamp_min(1));
        return PairLoss(distance, labels);
    }

    /// <summary>The loss from distances (B) and 0/1 labels (B).</summary>
    protected virtual Tensor PairLoss(Tensor distance, Tensor labels) =>
        (0.5 * (labels * distance.pow(2) + (1 - labels) * relu(Margin - distance).pow(2))).mean(); // ()
}

using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>Triplet loss whose margin shrinks as the positive gets close, plus a push-down of negatives above 0.8.</summary>
/// <remarks>
/// m_i = m·(1 − cos(q_i,a_i)) (no gradient through m_i);
/// loss = mean_{i,k}[relu(m_i + cos(q_i,n_ik) − cos(q_i,a_i)) + 0.1·relu(cos(q_i,n_ik) − 0.8)].
/// Inputs: triplets or explicit negatives. Defaults: m = 0.5.
/// Relations: triplet with a fixed margin.
/// </remarks>
public sealed class AdaptiveTripletLoss : ContrastiveLoss
{
    private const double NegativeCeiling = 0.8, CeilingWeight = 0.1;
    private readonly double _margin;

    public AdaptiveTripletLoss(double margin = 0.5) : base("adaptive_triplet")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(margin);
        _margin = margin;
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.Triplets | BatchKind.ExplicitNegatives;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        var negatives = RequireNegatives(batch, queries);
        var positive = PairSimilarity.Cosine(queries, answers);                              // (B)
        var negative = PairSimilarity.CosineToNegatives(queries, negatives);                 // (B,K)
        var margin = (_margin * (1 - positive.detach())).unsqueeze(1);                       // (B,1)
        var hinge = margin + negative - positive.unsqueeze(1);                               // (B,K)
        var loss = (relu(hinge) + CeilingWeight * relu(negative - NegativeCeiling)).mean();  // ()
        SimilarityMetrics.AddExplicitNegatives(metrics, positive, negative, hinge);
        return loss;
    }
}

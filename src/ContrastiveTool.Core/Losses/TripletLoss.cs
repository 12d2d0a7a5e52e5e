using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>Triplet margin loss on similarities: the positive must beat each negative by a margin.</summary>
/// <remarks>
/// loss = mean_{i,k} relu(s(q_i,n_ik) − s(q_i,a_i) + m), s = dot (default) or cos (similarity = "cos").
/// Inputs: triplets, or explicit negatives (every negative of the row counts). Defaults: m = 0.2, similarity = dot.
/// Metrics: accuracy = share of (row, negative) with s(q,a) &gt; s(q,n); violation_rate = share with a positive hinge.
/// Reference: Schroff et al. 2015 (FaceNet). Relations: adaptive_triplet scales the margin by the positive's similarity.
/// </remarks>
public sealed class TripletLoss : ContrastiveLoss
{
    private readonly double _margin;
    private readonly bool _cosine;

    public TripletLoss(double margin = 0.2, string similarity = "dot") : base("triplet")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(margin);
        _cosine = similarity switch
        {
            "dot" => false,
            "cos" or "cosine" => true,
            _ => throw new LossInputException($"triplet similarity must be 'dot' or 'cos', got '{similarity}'"),
        };
        _margin = margin;
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.Triplets | BatchKind.ExplicitNegatives;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        var negatives = RequireNegatives(batch, queries);
        var positive = _cosine ? PairSimilarity.Cosine(queries, answers) : PairSimilarity.Dot(queries, answers);   // (B)
        var negative = _cosine ? PairSimilarity.CosineToNegatives(queries, negatives)
                               : PairSimilarity.DotToNegatives(queries, negatives);          // (B,K)
        var hinge = negative - positive.unsqueeze(1) + _margin;                              // (B,K)
        var loss = relu(hinge).mean();                                                       // ()
        SimilarityMetrics.AddExplicitNegatives(metrics, positive, negative, hinge);
        return loss;
    }
}

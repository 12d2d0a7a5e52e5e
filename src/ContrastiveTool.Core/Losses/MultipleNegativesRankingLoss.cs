using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>sentence-transformers' MultipleNegativesRankingLoss: each query against every positive and every explicit negative of the batch.</summary>
/// <remarks>
/// loss = CE(scale·cos(q_i, [a_1..a_B, n_11..n_BK]), i); symmetric adds CE(scale·cos(a_i, [q_1..q_B]), i) and halves the sum
/// (MultipleNegativesSymmetricRankingLoss). scale = 1/τ. Inputs: in-batch pairs, optionally explicit negatives (B,K,d).
/// Defaults: scale = 20, symmetric = false. Reference: Henderson et al. 2017; sentence-transformers.
/// Relations: infonce is the symmetric form with τ = 1/scale on dot products and no explicit negatives.
/// </remarks>
public sealed class MultipleNegativesRankingLoss : ContrastiveLoss
{
    private readonly double _scale;
    private readonly bool _symmetric;

    public MultipleNegativesRankingLoss(double scale = 20, bool symmetric = false) : base("mnr")
    {
        RequirePositive(scale, "scale");
        (_scale, _symmetric) = (scale, symmetric);
    }

    /// <inheritdoc/>
    public override BatchKind Accepts =>
        BatchKind.InBatchPairs | BatchKind.GroupedPairs | BatchKind.ExplicitNegatives | BatchKind.Triplets;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        long rows = queries.shape[0];
        var candidates = answers;                                                            // (B,d)
        if (batch.Negatives is not null)
            candidates = torch.cat([answers, RequireNegatives(batch, queries).reshape(-1, queries.shape[1])], 0); // (B+B·K,d)
        var similarity = PairSimilarity.CosineMatrix(queries, candidates);                   // (B,B+B·K)
        var logits = similarity * _scale;                                                    // (B,B+B·K)
        var targets = torch.arange(rows, ScalarType.Int64);                                  // (B)
        var loss = cross_entropy(logits, targets);                                           // ()
        if (_symmetric)
            loss = (loss + cross_entropy(logits.narrow(1, 0, rows).t(), targets)) / 2;      // ()
        SimilarityMetrics.AddTopIsDiagonal(metrics, logits);
        var positive = torch.eye(rows, candidates.shape[0], dtype: ScalarType.Bool);         // (B,B+B·K)
        SimilarityMetrics.AddPositiveNegative(metrics, similarity, positive);
        return loss;
    }
}

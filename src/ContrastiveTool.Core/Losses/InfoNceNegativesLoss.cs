using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>InfoNCE against each row's own explicit negatives (no in-batch negatives).</summary>
/// <remarks>
/// loss = mean_i −log(e^{cos(q_i,a_i)/τ} / (e^{cos(q_i,a_i)/τ} + Σ_k e^{cos(q_i,n_ik)/τ})).
/// Inputs: explicit negatives (B,K,d) or triplets. Defaults: τ = 0.07. Accuracy: cos(q,a) above every cos(q,n_k).
/// Relations: mnr also uses the other rows' positives and negatives as candidates.
/// </remarks>
public sealed class InfoNceNegativesLoss : ContrastiveLoss
{
    private readonly double _temperature;

    public InfoNceNegativesLoss(double temperature = 0.07) : base("infonce_negs")
    {
        RequirePositive(temperature, "temperature");
        _temperature = temperature;
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.ExplicitNegatives | BatchKind.Triplets;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        var negatives = RequireNegatives(batch, queries);
        var positive = PairSimilarity.Cosine(queries, answers);                              // (B)
        var negative = PairSimilarity.CosineToNegatives(queries, negatives);                 // (B,K)
        var logits = torch.cat([positive.unsqueeze(1), negative], 1) / _temperature;        // (B,1+K)
        var loss = cross_entropy(logits, torch.zeros(queries.shape[0], ScalarType.Int64));  // ()
        SimilarityMetrics.AddExplicitNegatives(metrics, positive, negative);
        metrics.Add("accuracy", () => positive.gt(negative.amax(1)).to_type(ScalarType.Float32).mean());   // beats every negative
        return loss;
    }
}

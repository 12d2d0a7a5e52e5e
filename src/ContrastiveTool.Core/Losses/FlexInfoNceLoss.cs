using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>InfoNCE where rows answering the same question are positives of each other.</summary>
/// <remarks>
/// loss_i = −mean_{j∈P(i)} log softmax(S_i)_j, P(i) = rows with i's question id (i included); loss = mean over rows.
/// S = Q·Aᵀ/τ. Inputs: grouped pairs (question ids; without them every row is its own question and this is
/// one-directional InfoNCE). Defaults: τ = 0.1. Accuracy: share of rows whose top answer is in P(i).
/// Relations: rank_infonce weights the positives by rank and score; relaxed_hard_neg keeps them apart.
/// </remarks>
public class FlexInfoNceLoss : ContrastiveLoss
{
    public FlexInfoNceLoss(double temperature = 0.1) : this("flex_infonce", temperature) { }

    protected FlexInfoNceLoss(string name, double temperature) : base(name)
    {
        RequirePositive(temperature, "temperature");
        Temperature = temperature;
    }

    protected double Temperature { get; }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.GroupedPairs | BatchKind.InBatchPairs;

    /// <inheritdoc/>
    protected sealed override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        var same = GroupMasks.SameQuestion(QuestionIdsOrRows(batch, queries.shape[0]));     // (B,B) bool
        var similarity = queries.matmul(answers.t());                                        // (B,B)
        var logits = similarity / Temperature;                                               // (B,B)
        var weights = PositiveWeights(batch, same);                                          // (B,B), rows sum to 1
        var loss = -(weights * log_softmax(logits, 1)).sum(1).mean();                        // ()
        SimilarityMetrics.AddTopIsPositive(metrics, logits, same);
        SimilarityMetrics.AddPositiveNegative(metrics, similarity, same);
        return loss;
    }

    /// <summary>How much each positive j of row i counts (B,B); zero outside the group, each row summing to 1. Here: uniform.</summary>
    protected virtual Tensor PositiveWeights(LossBatch batch, Tensor sameQuestion)
    {
        var mask = sameQuestion.to_type(ScalarType.Float32);                                 // (B,B)
        return mask / mask.sum(1, keepdim: true);                                            // (B,B)
    }
}

using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Losses;

/// <summary>flex_infonce with positives weighted by their rank and vote score within the question.</summary>
/// <remarks>
/// loss_i = −Σ_{j∈P(i)} w_ij log softmax(S_i)_j, w_ij ∝ exp(−rank_weight·rank_j)·exp(score_weight·ŝ_j) normalised over P(i);
/// ŝ = score min-max normalised within the question (0 when the question's scores are all equal). The rank
/// factor applies only with use_ranks, the score factor only with use_scores.
/// Inputs: grouped pairs with ranks and/or scores. Defaults: τ = 0.1, use_ranks = true, use_scores = false,
/// rank_weight = 0.1, score_weight = 0.01. Registered also as "multiple_positives".
/// Relations: flex_infonce is the case rank_weight = score_weight = 0.
/// </remarks>
public sealed class RankInfoNceLoss : FlexInfoNceLoss
{
    private readonly bool _useRanks, _useScores;
    private readonly double _rankWeight, _scoreWeight;

    public RankInfoNceLoss(double temperature = 0.1, bool useRanks = true, bool useScores = false,
        double rankWeight = 0.1, double scoreWeight = 0.01) : base("rank_infonce", temperature)
    {
        (_useRanks, _useScores, _rankWeight, _scoreWeight) = (useRanks, useScores, rankWeight, scoreWeight);
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.GroupedPairs;

    /// <inheritdoc/>
    protected override Tensor PositiveWeights(LossBatch batch, Tensor sameQuestion)
    {
        long rows = sameQuestion.shape[0];
        var logWeight = torch.zeros(rows);                                                   // (B)
        if (_useRanks)
        {
            var ranks = Require(batch.Ranks, "ranks (B)", 1);
            RequireRows(ranks, "ranks", rows);
            logWeight = logWeight - _rankWeight * ranks.to_type(ScalarType.Float32);         // (B)
        }
        if (_useScores)
        {
            var scores = Require(batch.Scores, "scores (B)", 1).to_type(ScalarType.Float32);
            RequireRows(scores, "scores", rows);
            var normalised = GroupMasks.MinMaxWithinGroup(scores, sameQuestion, whenConstant: 0); // (B)
            logWeight = logWeight + _scoreWeight * normalised;                               // (B)
        }
        var weights = sameQuestion.to_type(ScalarType.Float32) * logWeight.exp().unsqueeze(0); // (B,B)
        return weights / weights.sum(1, keepdim: true);                                      // (B,B)
    }
}

using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>Listwise ranking: the model's distribution over a question's answers must match the one its vote scores give.</summary>
/// <remarks>
/// loss = mean_q Σ_{a valid} t_qa (log t_qa − log softmax(sim_q/τ)_a), t_q = softmax(scores_q/τ) over the question's valid answers,
/// sim_qa = q·a. Inputs: scored lists (Q,M,d) with a mask. Defaults: τ = 1.0.
/// Metric "ndcg": NDCG of the order the similarities give, gains = scores min-max normalised within the question,
/// discount 1/log2(rank + 2), whole list; questions whose gains are all 0 are left out.
/// Reference: Cao et al. 2007 (ListNet). Relations: rank_infonce uses ranks as weights on in-batch positives.
/// </remarks>
public sealed class ListwiseLoss : ContrastiveLoss
{
    private readonly double _temperature;

    public ListwiseLoss(double temperature = 1.0) : base("listwise")
    {
        RequirePositive(temperature, "temperature");
        _temperature = temperature;
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.ScoredLists;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var queries = Require(batch.ListQueries, "list_queries (Q,d)", 2);
        var answers = Require(batch.ListAnswers, "list_answers (Q,M,d)", 3);
        var scores = Require(batch.ListScores, "list_scores (Q,M)", 2).to_type(ScalarType.Float32);
        var valid = Require(batch.ListMask, "list_mask (Q,M)", 2).gt(0);                     // (Q,M) bool
        RequireSameShape(scores, "list_scores", valid, "list_mask");
        var similarity = (queries.unsqueeze(1) * answers).sum(2);                            // (Q,M)
        var logProbability = log_softmax((similarity / _temperature).masked_fill(valid.logical_not(), double.NegativeInfinity), 1); // (Q,M)
        var target = softmax((scores / _temperature).masked_fill(valid.logical_not(), double.NegativeInfinity), 1);              // (Q,M)
        var terms = target * (target.clamp_min(1e-30).log() - logProbability);              // (Q,M)
        var loss = torch.where(valid.logical_and(target.gt(0)), terms, torch.zeros_like(terms)).sum(1).mean(); // ()
        metrics.Add("ndcg", () => Ndcg(similarity.detach(), scores, valid));
        return loss;
    }

    private static Tensor Ndcg(Tensor similarity, Tensor scores, Tensor valid)
    {
        using var _ = torch.no_grad();
        var gains = GroupMasks.MinMaxWithinRows(scores, valid, whenConstant: 0)
                              .masked_fill(valid.logical_not(), 0);                          // (Q,M), padding gains 0
        var discount = 1 / (torch.arange(scores.shape[1], ScalarType.Float32) + 2).log2();   // (M)
        var predicted = similarity.masked_fill(valid.logical_not(), double.NegativeInfinity).argsort(1, descending: true); // (Q,M)
        var dcg = (gains.gather(1, predicted) * discount).sum(1);                            // (Q)
        var ideal = (gains.sort(1, descending: true).Values * discount).sum(1);              // (Q)
        var judged = ideal.gt(0);                                                            // (Q)
        return (dcg / ideal.clamp_min(1e-12)).masked_select(judged).mean();
    }
}

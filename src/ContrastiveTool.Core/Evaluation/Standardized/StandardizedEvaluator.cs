using ContrastiveTool.Core.Evaluation.Metrics;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Standardized;

/// <summary>The <c>standardized</c> evaluator: the seed project's three views of where each question's positive ranks.</summary>
/// <remarks>
/// Candidates of question i: its positive p_i, its hard negatives h_i·, and the other questions' positives p_j (j ≠ i).
/// rank = 1 + #{candidates scoring strictly above s(q_i, p_i)} — a tie goes to the positive, as the seed's stable sort of
/// a list that starts with it. Views: overall (all candidates: mrr, accuracy@1 and the requested @k metrics),
/// in_batch (without i's hard negatives), hard_negative (only p_i and h_i·, questions with a hard negative).
/// MRR is uncut (1/rank), as the seed's. With one relevant document the seed's NDCG/MAP equal the standard ones.
/// All questions at once: S = Q·Pᵀ (Q, Q) and H = q·h (Q, H); no per-question loop.
/// </remarks>
public sealed class StandardizedEvaluator
{
    public StandardizedResult Evaluate(StandardizedTest test, IReadOnlyList<MetricSpec> metrics, MetricOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(metrics);
        using var scope = NewDisposeScope();
        long n = test.Questions.shape[0];
        var others = test.Questions.matmul(test.Positives.t());                               // (Q, Q)
        var positive = others.diagonal().unsqueeze(1);                                        // (Q, 1)
        var notSelf = eye(n, dtype: ScalarType.Bool).logical_not();                           // (Q, Q)
        var hard = einsum("qd,qhd->qh", test.Questions, test.HardNegatives);                  // (Q, H)
        var aboveOthers = others.gt(positive).logical_and(notSelf).sum(1);                    // (Q)
        var aboveHard = hard.gt(positive).logical_and(test.HardNegativeMask).sum(1);          // (Q)
        var hasHard = test.HardNegativeMask.any(1);                                           // (Q)

        var overall = Evaluate(test.QuestionIds, aboveOthers + aboveHard + 1, metrics, options);
        var inBatch = Evaluate(test.QuestionIds, aboveOthers + 1, [], options);
        var index = hasHard.nonzero().squeeze(1);                                             // (Q')
        bool[] keep = hasHard.data<bool>().ToArray();
        var hardIds = test.QuestionIds.Where((_, i) => keep[i]).ToList();
        var hardNegative = Evaluate(hardIds, (aboveHard + 1).index_select(0, index), [], options);
        return new StandardizedResult(overall, inBatch, hardNegative);
    }

    /// <summary>MRR (uncut) and accuracy@1 from the positive's 1-based <paramref name="ranks"/> (Q), plus <paramref name="extra"/> metrics.</summary>
    private static EvaluationResult Evaluate(IReadOnlyList<string> ids, Tensor ranks, IReadOnlyList<MetricSpec> extra, MetricOptions? options)
    {
        var reciprocal = ranks.to_type(ScalarType.Float64).reciprocal();                      // (Q)
        var top = ranks.eq(1).to_type(ScalarType.Float64);                                    // (Q)
        var scores = new List<MetricScores>
        {
            new("mrr", reciprocal.data<double>().ToArray()),
            new("accuracy@1", top.data<double>().ToArray()),
        };
        var cut = extra.Where(m => m.K is not null && m.Label is not "mrr" and not "accuracy@1").ToList();
        if (cut.Count > 0)
        {
            using var ranked = RankedRelevance.FromPositiveRanks(ids, ranks, cut.Max(m => m.K!.Value));
            scores.AddRange(RankingEvaluation.Evaluate(ranked, cut, options).Metrics);
        }
        return new EvaluationResult(ids, [], scores);
    }
}

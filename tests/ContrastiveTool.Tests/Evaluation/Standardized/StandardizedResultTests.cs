using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Standardized;

namespace ContrastiveTool.Tests.Evaluation.Standardized;

public sealed class StandardizedResultTests
{
    private static EvaluationResult View(string[] ids, params (string Label, double[] Values)[] metrics) =>
        new(ids, [], metrics.Select(m => new MetricScores(m.Label, m.Values)).ToList());

    [Fact]
    public void Flatten_EveryQuestionHasAHardNegative_AddsTheInBatchAndHardNegativeColumnsUnderTheHeldOutKeys()
    {
        var result = new StandardizedResult(
            View(["q0", "q1"], ("mrr", [0.5, 1]), ("accuracy@1", [0, 1]), ("ndcg@10", [0.63, 1])),
            View(["q0", "q1"], ("mrr", [1, 1]), ("accuracy@1", [1, 1])),
            View(["q0", "q1"], ("mrr", [0.5, 1]), ("accuracy@1", [0, 1])));

        var flat = result.Flatten();

        Assert.Equal(["q0", "q1"], flat.QueryIds);
        Assert.Equal(["mrr", "accuracy@1", "ndcg@10", "mrr_in_batch", "mrr_hard_neg", "hard_neg_accuracy"], flat.Metrics.Select(m => m.Label));
        Assert.Equal([1.0, 1.0], flat["mrr_in_batch"].PerQuery);
        Assert.Equal(0.5, flat["hard_neg_accuracy"].Mean);
        Assert.Equal(0.75, flat["mrr_hard_neg"].Mean);
    }

    [Fact]
    public void Flatten_AQuestionWithoutHardNegatives_LeavesTheHardNegativeColumnsOut()
    {
        // q1 has no hard negative, so the hard view holds q0 only: its columns would have no value for q1.
        var result = new StandardizedResult(
            View(["q0", "q1"], ("mrr", [0.5, 1]), ("accuracy@1", [0, 1])),
            View(["q0", "q1"], ("mrr", [1, 1]), ("accuracy@1", [1, 1])),
            View(["q0"], ("mrr", [0.5]), ("accuracy@1", [0])));

        Assert.Equal(["mrr", "accuracy@1", "mrr_in_batch"], result.Flatten().Metrics.Select(m => m.Label));
    }
}

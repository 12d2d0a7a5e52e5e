using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Evaluation.Retrieval;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Tests.Evaluation.Retrieval;

public sealed class ParallelRetrievalTestTests
{
    private static EmbeddingMatrix Matrix(params float[][] rows) => new(rows.SelectMany(r => r).ToArray(), rows.Length, rows[0].Length);

    [Fact]
    public void Evaluate_HandPlacedVectors_RanksOwnTranslationAsComputedByHand()
    {
        // Queries e1, e2, e3; targets t0 = e1, t1 = (e2 + e3)/√2, t2 = e2; query i's own translation is t_i.
        float h = MathF.Sqrt(0.5f);
        var queries = Matrix([1, 0, 0], [0, 1, 0], [0, 0, 1]);
        var targets = Matrix([1, 0, 0], [0, h, h], [0, 1, 0]);
        // Scores: q0 → [1, 0, 0]: own t0 first (RR 1). q1 → [0, .71, 1]: t2, then own t1 (RR 1/2).
        // q2 → [0, .71, 0]: own t2 ties t0 at 0; ties break by document order, t0 before t2 → rank 3 (RR 1/3).
        var result = ParallelRetrievalTest.Evaluate(["a", "b", "c"], queries, targets, MetricSpec.ParseList("recall@1,recall@2,mrr@10"));
        Assert.Equal(["a", "b", "c"], result.QueryIds);
        Assert.Equal([1.0, 0, 0], result["recall@1"].PerQuery);
        Assert.Equal([1.0, 1, 0], result["recall@2"].PerQuery);
        Assert.Equal(1, result["mrr@10"].PerQuery[0], 6);
        Assert.Equal(0.5, result["mrr@10"].PerQuery[1], 6);
        Assert.Equal(1.0 / 3, result["mrr@10"].PerQuery[2], 6);
    }

    [Fact]
    public void Evaluate_CountsThatDisagree_Throw()
    {
        var two = Matrix([1, 0], [0, 1]);
        Assert.Throws<ArgumentException>(() => ParallelRetrievalTest.Evaluate(["a"], two, two, MetricSpec.ParseList("mrr@10")));
    }
}

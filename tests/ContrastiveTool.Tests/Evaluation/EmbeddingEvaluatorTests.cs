using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Evaluation.Retrieval;
using ContrastiveTool.Core.Evaluation.Standardized;
using ContrastiveTool.Core.Mining.Search;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Evaluation;

/// <summary>The evaluators over embeddings: blocked exact search, retrieval over a corpus, the seed's three views.</summary>
public sealed class EmbeddingEvaluatorTests
{
    private static readonly float Cos60 = 0.5f, Sin60 = MathF.Sqrt(3) / 2, Diagonal = MathF.Sqrt(0.5f);

    private static Tensor Rows(params float[][] rows) => tensor(rows.SelectMany(r => r).ToArray(), rows.Length, rows[0].Length);

    [Fact]
    public void Search_SmallBlocks_SameAsOneFullTopK()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(5);
        var queries = randn(7, 4, generator: generator);
        var documents = randn(23, 4, generator: generator);
        var (scores, indices) = new ExactTopKSearch(queryBlock: 3, documentBlock: 5).Search(queries, documents, 6);
        var (fullScores, fullIndices) = queries.matmul(documents.t()).topk(6, 1);
        Assert.True(scores.allclose(fullScores));
        Assert.True(indices.eq(fullIndices).all().item<bool>());
    }

    [Fact]
    public void Retrieval_TwoQueries_RanksTheCorpusAndJudges()
    {
        // documents e1, e2, (e1+e2)/√2. q0 = e1 wants d0: scores 1, 0, 0.707 → rank 1, RR 1.
        // q1 = e2 wants d2: scores 0, 1, 0.707 → rank 2, RR 1/2. MRR@10 = 0.75; recall@1 = (1 + 0)/2 = 0.5
        using var scope = NewDisposeScope();
        var documents = Rows([1, 0], [0, 1], [Diagonal, Diagonal]);
        using var judgments = new Judgments(2, 3, tensor(new long[] { 0, 1 }), tensor(new long[] { 0, 2 }), tensor(new double[] { 1, 1 }));
        var result = new RetrievalEvaluator(new ExactTopKSearch(1, 2)).Evaluate(["q0", "q1"], Rows([1, 0], [0, 1]), documents, judgments,
            MetricSpec.ParseList("mrr@10,recall@1"));
        Assert.Equal([1.0, 0.5], result["mrr@10"].PerQuery);
        Assert.Equal(0.5, result["recall@1"].Mean, 12);
    }

    [Fact]
    public void Standardized_HandPlacedVectors_ThreeViews()
    {
        // q0 = e1, positive at 60° (0.5), hard negative e1 (1.0, above), other positive e2 (0, below):
        //   overall rank 2, in-batch rank 1, hard-negative rank 2.
        // q1 = e2, positive e2 (1.0), no hard negative, other positive p0 (sin 60° = 0.866, below): rank 1; not in the hard view.
        // overall MRR (1/2 + 1)/2 = 0.75, accuracy@1 0.5; in-batch 1, 1; hard-negative (q0 only) 0.5, 0
        using var scope = NewDisposeScope();
        var test = new StandardizedTest(["q0", "q1"], Rows([1, 0], [0, 1]), Rows([Cos60, Sin60], [0, 1]),
            tensor(new float[] { 1, 0, 0, 0 }, 2, 1, 2), tensor(new[] { true, false }, 2, 1));
        var result = new StandardizedEvaluator().Evaluate(test, MetricSpec.ParseList("ndcg@10"));
        Assert.Equal([0.5, 1.0], result.Overall["mrr"].PerQuery);
        Assert.Equal(0.5, result.Overall["accuracy@1"].Mean);
        Assert.Equal([1 / Math.Log2(3), 1.0], result.Overall["ndcg@10"].PerQuery);
        Assert.Equal((1.0, 1.0), (result.InBatch["mrr"].Mean, result.InBatch["accuracy@1"].Mean));
        Assert.Equal(["q0"], result.HardNegative.QueryIds);
        Assert.Equal((0.5, 0.0), (result.HardNegative["mrr"].Mean, result.HardNegative["accuracy@1"].Mean));
    }

    [Fact]
    public void Standardized_TiedWithTheNegative_PositiveWinsLikeTheSeedsStableSort()
    {
        // q0 = e1; positive e1 and hard negative e1 both score 1: the positive, listed first, keeps rank 1
        using var scope = NewDisposeScope();
        var test = new StandardizedTest(["q0"], Rows([1, 0]), Rows([1, 0]), tensor(new float[] { 1, 0 }, 1, 1, 2), tensor(new[] { true }, 1, 1));
        Assert.Equal(1.0, new StandardizedEvaluator().Evaluate(test, []).HardNegative["accuracy@1"].Mean);
    }
}

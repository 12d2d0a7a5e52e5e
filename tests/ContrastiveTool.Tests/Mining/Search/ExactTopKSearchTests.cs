using ContrastiveTool.Core.Mining.Search;
using CsCheck;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Mining.Search;

public sealed class ExactTopKSearchTests
{
    /// <summary>The naive answer: every score by loops over floats, sorted by (score desc, row asc).</summary>
    private static (float Score, long Id)[][] Naive(float[,] queries, float[,] documents, int k)
    {
        int q = queries.GetLength(0), n = documents.GetLength(0), d = queries.GetLength(1);
        var result = new (float, long)[q][];
        for (int i = 0; i < q; i++)
        {
            var scored = new List<(float Score, long Id)>();
            for (int j = 0; j < n; j++)
            {
                float s = 0;
                for (int c = 0; c < d; c++)
                    s += queries[i, c] * documents[j, c];
                scored.Add((s, j));
            }
            result[i] = scored.OrderByDescending(x => x.Score).ThenBy(x => x.Id).Take(Math.Min(k, n)).ToArray();
        }
        return result;
    }

    private static float[,] Matrix(Tensor t)
    {
        var values = t.data<float>().ToArray();
        var m = new float[t.shape[0], t.shape[1]];
        Buffer.BlockCopy(values, 0, m, 0, values.Length * 4);
        return m;
    }

    [Fact]
    public void Search_IntegerVectors_MatchesNaiveIdsAndScores()
    {
        // small integer entries: every product is exact in float32, so ties are real ties and must go to the lower row
        using var scope = NewDisposeScope();
        var generator = new Generator(11);
        var queries = randint(-2, 3, [9, 3], generator: generator).to(ScalarType.Float32);
        var documents = randint(-2, 3, [300, 3], generator: generator).to(ScalarType.Float32);
        var expected = Naive(Matrix(queries), Matrix(documents), 7);
        foreach (var search in new[] { new ExactTopKSearch(), new ExactTopKSearch(4, 64), new ExactTopKSearch(2, 17) })
        {
            var (scores, ids) = search.Search(queries, documents, 7);
            Assert.Equal(expected.Select(r => r.Select(x => x.Id)).SelectMany(x => x), ids.data<long>().ToArray());
            Assert.Equal(expected.Select(r => r.Select(x => x.Score)).SelectMany(x => x), scores.data<float>().ToArray());
        }
    }

    [Fact]
    public void Search_DuplicatedDocuments_LowerRowsWinTheCut()
    {
        // 50 copies of e1 (rows 0-49) and of e2 (rows 50-99); q = e1: all 50 copies score 1 → the top 5 are rows 0-4
        using var scope = NewDisposeScope();
        var documents = cat([ones(50, 1), zeros(50, 1)], 1).repeat(2, 1);
        documents.narrow(0, 50, 50).copy_(tensor(new float[] { 0, 1 }).expand(50, 2));
        var (scores, ids) = new ExactTopKSearch(1, 8).Search(tensor(new float[] { 1, 0 }).view(1, 2), documents, 5);
        Assert.Equal([0L, 1, 2, 3, 4], ids.data<long>().ToArray());
        Assert.All(scores.data<float>().ToArray(), s => Assert.Equal(1f, s));
    }

    [Fact]
    public void Search_RandomShapes_SameAsFullSortAndOrdered()
    {
        Gen.Select(Gen.Int[1, 20], Gen.Int[1, 400], Gen.Int[1, 12], Gen.Int[1, 8], Gen.Int[1, 300]).Sample((q, n, k, qb, db) =>
        {
            using var scope = NewDisposeScope();
            var queries = randn(q, 8, generator: new Generator((ulong)(q * 1000 + n)));
            var documents = randn(n, 8, generator: new Generator((ulong)(n * 7 + k)));
            var (scores, ids) = new ExactTopKSearch(qb, db).Search(queries, documents, k);
            var (full, _) = queries.matmul(documents.t()).sort(1, descending: true);
            int depth = Math.Min(k, n);
            return ids.shape[1] == depth && scores.allclose(full.narrow(1, 0, depth), 1e-5, 1e-5)
                && scores.narrow(1, 0, depth - 1).ge(scores.narrow(1, 1, depth - 1)).all().item<bool>()
                && queries.matmul(documents.t()).gather(1, ids).allclose(scores, 1e-5, 1e-5);
        }, iter: 40);
    }

    [Fact]
    public void Search_CancelledToken_Throws()
    {
        using var scope = NewDisposeScope();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => new ExactTopKSearch().Search(randn(4, 3), randn(10, 3), 2, cancelled.Token));
    }
}

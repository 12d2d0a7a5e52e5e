using ContrastiveTool.Core.Mining.Search;
using CsCheck;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Mining.Search;

public sealed class RunningTopKTests
{
    [Fact]
    public void Offer_TwoBlocks_KeepsBestThreeOfEachRow()
    {
        // row 0: 5 4 | 9 1 0 → 9 (id 2), 5 (id 0), 4 (id 1); row 1: 1 1 | 1 2 1 → 2 (id 3), then the tied 1s by lower id: 0, 1
        using var scope = NewDisposeScope();
        var best = new RunningTopK(2, 3);
        best.Offer(tensor(new float[] { 5, 4, 1, 1 }, 2, 2), firstId: 0);
        best.Offer(tensor(new float[] { 9, 1, 0, 1, 2, 1 }, 2, 3), firstId: 2);
        var (scores, ids) = best.ToTensors();
        Assert.Equal([9f, 5, 4, 2, 1, 1], scores.data<float>().ToArray());
        Assert.Equal([2L, 0, 1, 3, 0, 1], ids.data<long>().ToArray());
    }

    [Fact]
    public void Offer_IdsOutOfOrder_TiesStillGoToTheLowerId()
    {
        // query 1 sees ids 9, 4 then 7, 2, all scoring 0.5: the two kept are 2 and 4, whatever the arrival order
        using var scope = NewDisposeScope();
        var best = new RunningTopK(3, 2);
        best.Offer(tensor(new float[] { 0.5f, 0.5f }, 1, 2), [1], tensor(new long[] { 9, 4 }));
        best.Offer(tensor(new float[] { 0.5f, 0.5f, 0.1f, 0.2f }, 2, 2), [1, 0], tensor(new long[] { 7, 2 }));
        var (scores, ids) = best.ToTensors();
        Assert.Equal([0.2f, 0.1f, 0.5f, 0.5f, float.NegativeInfinity, float.NegativeInfinity], scores.data<float>().ToArray());
        Assert.Equal([2L, 7, 2, 4, -1, -1], ids.data<long>().ToArray());
    }

    [Fact]
    public void Offer_FewerDocumentsThanK_EmptySlotsAndNaNSkipped()
    {
        using var scope = NewDisposeScope();
        var best = new RunningTopK(1, 4);
        best.Offer(tensor(new float[] { float.NaN, -3, 7 }, 1, 3), firstId: 10);
        var (scores, ids) = best.ToTensors();
        Assert.Equal([7f, -3, float.NegativeInfinity, float.NegativeInfinity], scores.data<float>().ToArray());
        Assert.Equal([12L, 11, -1, -1], ids.data<long>().ToArray());
    }

    [Fact]
    public void Offer_BadShapes_SayWhatIsWrong()
    {
        using var scope = NewDisposeScope();
        var best = new RunningTopK(2, 1);
        Assert.Contains("3 rows of scores for 2 queries", Assert.Throws<ArgumentException>(() => best.Offer(zeros(3, 4), 0)).Message);
        Assert.Contains("float32", Assert.Throws<ArgumentException>(() => best.Offer(zeros(2, 4, ScalarType.Float64), 0)).Message);
        Assert.Contains("3 ids for 4", Assert.Throws<ArgumentException>(() => best.Offer(zeros(1, 4), [0], zeros(3, ScalarType.Int64))).Message);
    }

    [Fact]
    public void Offer_RandomBlocks_SameAsAFullStableSort()
    {
        // rows long enough for the vector path and its scalar tail; rounded scores force ties across block boundaries
        Gen.Select(Gen.Int[1, 9], Gen.Int[1, 700], Gen.Int[1, 40], Gen.Int[1, 300], Gen.UInt).Sample((rows, n, k, block, seed) =>
        {
            using var scope = NewDisposeScope();
            var all = randn(rows, n, generator: new Generator(seed)).mul(4).round();                  // (r, n)
            var best = new RunningTopK(rows, k);
            for (int d0 = 0; d0 < n; d0 += block)
                best.Offer(all.narrow(1, d0, Math.Min(block, n - d0)), d0);                          // non-contiguous views
            var (scores, ids) = best.ToTensors();
            int depth = Math.Min(k, n);
            var (sorted, order) = all.sort(1, descending: true, stable: true);
            return scores.narrow(1, 0, depth).eq(sorted.narrow(1, 0, depth)).all().item<bool>()
                && ids.narrow(1, 0, depth).eq(order.narrow(1, 0, depth)).all().item<bool>()
                && (depth == k || ids.narrow(1, depth, k - depth).eq(-1).all().item<bool>());
        }, iter: 60);
    }
}

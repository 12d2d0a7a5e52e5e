using ContrastiveTool.Core.Training.Distillation;
using CsCheck;

namespace ContrastiveTool.Tests.Training.Distillation;

public sealed class DistillationBatchesTests
{
    [Fact]
    public void Build_AnyLengths_EveryPairOnceExceptALoneLastOne() =>
        Gen.Select(Gen.Int[0, 50].Array[2, 300], Gen.Int[2, 9], Gen.Long).Sample((lengths, batchSize, seed) =>
        {
            var batches = DistillationBatches.Build(lengths, batchSize, seed, 0);
            var seen = batches.SelectMany(b => b).ToList();
            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.InRange(lengths.Length - seen.Count, 0, 1);                 // at most one pair left alone in a window's tail
            Assert.All(batches, b => Assert.InRange(b.Length, 2, batchSize));
        });

    [Fact]
    public void Build_OneWindow_BatchesCutFromTheLengthSortedOrder()
    {
        int[] lengths = [5, 1, 9, 3, 7, 2, 8, 4];                          // 8 pairs, batch 2: one window of 64
        var batches = DistillationBatches.Build(lengths, 2, seed: 3, epoch: 0);
        var byLength = batches.Select(b => b.Select(i => lengths[i]).ToArray()).OrderByDescending(b => b[0]).ToList();
        Assert.Equal(new[] { new[] { 9, 8 }, [7, 5], [4, 3], [2, 1] }, byLength);
    }

    [Fact]
    public void Build_SameSeedAndEpoch_SameBatches_OtherEpoch_OtherOrder()
    {
        var lengths = Enumerable.Range(0, 200).Select(i => i % 13).ToArray();
        string Key(int epoch, long seed = 1) => string.Join(";", DistillationBatches.Build(lengths, 8, seed, epoch).Select(b => string.Join(",", b)));
        Assert.Equal(Key(0), Key(0));
        Assert.NotEqual(Key(0), Key(1));
        Assert.NotEqual(Key(0), Key(0, seed: 2));
    }
}

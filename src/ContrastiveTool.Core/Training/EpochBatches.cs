using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Transforms;

namespace ContrastiveTool.Core.Training;

/// <summary>One epoch's batches: the training questions shuffled by (seed, epoch), cut into <c>batch_size</c> chunks, each
/// transformed with a generator seeded by (seed, epoch, chunk).</summary>
/// <remarks>A function of its inputs only, so a resumed run rebuilds exactly the batches it had not trained on. Batches
/// with fewer than two rows are dropped (a contrastive loss needs something to contrast with).</remarks>
public static class EpochBatches
{
    public static IReadOnlyList<TextBatch> Build(IReadOnlyList<RankedQaItem> train, IBatchTransform transform, int batchSize, long seed, int epoch)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var order = DataSplit.Shuffled(train.Count, SeedMix.Random(seed, 0xE90C, epoch));
        var batches = new List<TextBatch>();
        int chunk = 0;
        foreach (var indices in order.Chunk(batchSize))
        {
            var batch = transform.Apply(indices.Select(i => train[i]).ToList(), SeedMix.Random(seed, 0xBA7C, epoch, chunk++));
            if (batch.Count >= 2)
                batches.Add(batch);
        }
        return batches;
    }
}

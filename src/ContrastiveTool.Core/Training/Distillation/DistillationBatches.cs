namespace ContrastiveTool.Core.Training.Distillation;

/// <summary>One epoch's batches of pair indices: shuffled by (seed, epoch), then bucketed by length so a batch's texts need
/// about the same number of tokens (little padding), and the batches shuffled again.</summary>
/// <remarks>Bucketing: the shuffled order is cut into windows of <see cref="BucketBatches"/> batches; each window is sorted by
/// length (longest first, ties in shuffled order) and cut into batches. Short dictionary pairs and long verses then rarely
/// share a batch, which on a CPU roughly halves the time of a mixed set. A function of its inputs only. Batches of fewer
/// than two pairs are dropped (the ranking term needs something to contrast with).</remarks>
public static class DistillationBatches
{
    /// <summary>Batches per length-sorting window.</summary>
    public const int BucketBatches = 32;

    /// <param name="lengths">A length per pair (tokens of its longer side), which orders a window.</param>
    /// <param name="batchSize">Pairs per batch.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="epoch">0-based epoch: each epoch has its own order.</param>
    public static IReadOnlyList<int[]> Build(IReadOnlyList<int> lengths, int batchSize, long seed, int epoch)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var order = DataSplit.Shuffled(lengths.Count, SeedMix.Random(seed, 0xD157, epoch));
        var batches = order.Chunk(batchSize * BucketBatches)
            .SelectMany(window => window.OrderByDescending(i => lengths[i]).Chunk(batchSize))
            .Where(batch => batch.Length >= 2)
            .ToList();
        return DataSplit.Shuffled(batches.Count, SeedMix.Random(seed, 0xD158, epoch)).Select(b => batches[b]).ToList();
    }
}

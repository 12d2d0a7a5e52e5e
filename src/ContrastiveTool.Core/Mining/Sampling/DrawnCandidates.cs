using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Sampling;

/// <summary>Turns random draws into picks: blocked and repeated draws are skipped, the first acceptable ones kept.</summary>
public static class DrawnCandidates
{
    /// <summary>Extra draws beyond the wanted count, so repeats and blocked items rarely leave a row short.</summary>
    public static int DrawsFor(MiningBlock block, int wanted) => 2 * wanted + 8 + (int)block.Blocked.shape[1];

    /// <summary>(b, width) picks from (b, M) <paramref name="draws"/>, at most <paramref name="limit"/> per row, avoiding
    /// the block's blocked items and <paramref name="taken"/> ((b, t), −1 padded; counted as duplicates).</summary>
    public static Tensor Pick(MiningBlock block, Tensor draws, Tensor limit, int width, Tensor? taken = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        var (blocked, reasons) = (block.Blocked, block.BlockedReasons);
        if (taken is not null)
            (blocked, reasons) = RowSets.Block(blocked, reasons, taken, SkipReason.Duplicate);
        var why = RowSets.WithDuplicates(draws, RowSets.Reasons(draws, blocked, reasons));    // (b, M)
        var (picks, skips) = FirstValid.Take(draws, why, limit, width);
        block.Context.Counters.AddSkips(skips);
        return picks;                                                                         // (b, width)
    }

    /// <summary>As <see cref="Pick(MiningBlock, Tensor, Tensor, int, Tensor?)"/> with the same limit for every row.</summary>
    public static Tensor Pick(MiningBlock block, Tensor draws, int count) =>
        Pick(block, draws, full(block.Rows, (long)count, dtype: ScalarType.Int64), count);

    /// <summary>(b, M) uniform draws over the whole corpus (a permutation of it when it is small).</summary>
    public static Tensor Uniform(MiningBlock block, int draws) =>
        GroupSampler.Positions(full(block.Rows, 1, block.Context.CorpusCount, dtype: ScalarType.Int64), draws, block.Context.Generator);

    /// <summary>Tier labels for picks: <paramref name="tier"/> where picked, −1 elsewhere.</summary>
    public static Tensor Label(Tensor picks, int tier) => where(picks.ge(0), full_like(picks, (long)tier), full_like(picks, -1L));
}

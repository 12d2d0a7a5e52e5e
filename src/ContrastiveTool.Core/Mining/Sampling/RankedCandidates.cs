using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Sampling;

/// <summary>Runs a picker over each row's most similar corpus items, searching deeper for the rows that need it.</summary>
/// <remarks>Iterative deepening: search depth D for every row; a row whose picker says "need more" (too few acceptable
/// candidates in its top D, e.g. its own cluster fills the top under tier 3) is searched again at 4·D, until the
/// depth reaches the corpus size. The result equals picking from the full ranking, while the common case costs one
/// search of a small depth. Skips are counted once per row, from the pass that settled it.</remarks>
public static class RankedCandidates
{
    /// <summary>Picks from ranked candidates of the rows <paramref name="rows"/> (block row numbers, (r) int64).</summary>
    /// <param name="rows">The block rows being searched.</param>
    /// <param name="indices">(r, D) corpus indices, best first.</param>
    /// <param name="scores">(r, D) their scores.</param>
    /// <param name="exhaustive">Whether D is the whole corpus (no deeper search is possible).</param>
    /// <returns>(r, width) picks, (r) bool "search deeper", (r, D) skip reasons to count.</returns>
    public delegate (Tensor Picks, Tensor NeedMore, Tensor Skips) Picker(Tensor rows, Tensor indices, Tensor scores, bool exhaustive);

    /// <summary>(b, width) picks for every row of <paramref name="block"/>, −1 where short.</summary>
    public static Tensor Pick(MiningBlock block, int width, int depth, Picker picker)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(picker);
        var context = block.Context;
        var result = full(block.Rows, width, -1L, dtype: ScalarType.Int64);                    // (b, width)
        var rows = arange(block.Rows, dtype: ScalarType.Int64);                                // (r)
        long corpus = context.CorpusCount;
        long d = Math.Clamp(depth, 1, corpus);
        while (rows.shape[0] > 0)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var (scores, indices) = context.Search.Search(block.Queries.index(rows), (int)d, context.Cancellation); // (r, D)
            bool exhaustive = indices.shape[1] >= corpus;
            var (picks, needMore, skips) = picker(rows, indices, scores, exhaustive);
            var settled = exhaustive ? ones_like(needMore) : needMore.logical_not();            // (r)
            result.index_copy_(0, rows.masked_select(settled), picks.index(settled));
            context.Counters.AddSkips(skips.index(settled));
            rows = rows.masked_select(settled.logical_not());
            d = Math.Min(d * 4, corpus);
        }
        return result;
    }

    /// <summary>The first acceptable candidates by rank, up to a per-row limit: hard mining's picker, semi_hard's fallback, tier 3.</summary>
    /// <param name="block">The block mined.</param>
    /// <param name="limit">Per-row limit for the given block rows, or null for <paramref name="width"/> each.</param>
    /// <param name="width">The output width.</param>
    /// <param name="extraReasons">Adds reasons (beyond the block's blocked set) for the rows' candidates, or null.</param>
    public static Picker Top(MiningBlock block, Func<Tensor, Tensor>? limit, int width,
                             Func<Tensor, Tensor, Tensor, Tensor>? extraReasons = null) => (rows, indices, scores, exhaustive) =>
    {
        var reasons = RowSets.Reasons(indices, block.Blocked.index(rows), block.BlockedReasons.index(rows)); // (r, D)
        if (extraReasons is not null)
            reasons = where(reasons.eq(0), extraReasons(rows, indices, scores), reasons);
        reasons = RowSets.WithDuplicates(indices, reasons);
        var wanted = limit?.Invoke(rows) ?? full(rows.shape[0], (long)width, dtype: ScalarType.Int64); // (r)
        var (picks, skips) = FirstValid.Take(indices, reasons, wanted, width);
        return (picks, FirstValid.Count(picks).lt(wanted), skips);
    };
}

using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Sampling;

/// <summary>Takes, per row, the first candidates without a skip reason, in candidate order, up to a per-row limit.</summary>
/// <remarks>Batched: rank = cumsum(valid) − 1, then a scatter into (b, width + 1) whose last column swallows the rest.
/// Skips are reported only for the candidates a row looked at: those before its last pick (all of them when it came
/// up short), so a guard's count means "candidates this guard turned away".</remarks>
public static class FirstValid
{
    /// <summary>(b, width) picks (−1 where short) and the (b, M) skip reasons of the candidates looked at (0 elsewhere).</summary>
    /// <param name="candidates">(b, M) item indices, −1 for none.</param>
    /// <param name="reasons">(b, M) <see cref="SkipReason"/> codes, 0 = acceptable.</param>
    /// <param name="limit">(b) how many each row wants (≤ <paramref name="width"/>).</param>
    /// <param name="width">The output width.</param>
    public static (Tensor Picks, Tensor Skips) Take(Tensor candidates, Tensor reasons, Tensor limit, int width)
    {
        var valid = candidates.ge(0) & reasons.eq(0);                                          // (b, M)
        var taken = valid.to_type(ScalarType.Int64).cumsum(1);                                 // (b, M) inclusive
        var wanted = limit.unsqueeze(1);                                                       // (b, 1)
        var slot = where(valid & taken.le(wanted), taken - 1, full_like(taken, width));        // (b, M)
        var picks = full(candidates.shape[0], width + 1, -1L, dtype: ScalarType.Int64)
            .scatter(1, slot, where(valid, candidates, full_like(candidates, -1L)))
            .narrow(1, 0, width);                                                              // (b, width)
        var before = (taken - valid.to_type(ScalarType.Int64)).lt(wanted) & candidates.ge(0);  // looked at before the last pick
        var skips = where(before, reasons, zeros_like(reasons));                               // (b, M)
        return (picks, skips);
    }

    /// <summary>As <see cref="Take(Tensor, Tensor, Tensor, int)"/> with the same limit for every row.</summary>
    public static (Tensor Picks, Tensor Skips) Take(Tensor candidates, Tensor reasons, int count) =>
        Take(candidates, reasons, full(candidates.shape[0], (long)count, dtype: ScalarType.Int64), count);

    /// <summary>The number of picks (≥ 0 entries) per row: (b) int64.</summary>
    public static Tensor Count(Tensor picks) => picks.ge(0).sum(1, type: ScalarType.Int64);
}

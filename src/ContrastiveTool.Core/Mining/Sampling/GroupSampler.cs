using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Sampling;

/// <summary>Random draws of items from groups, batched over rows; every draw is seeded through one generator.</summary>
/// <remarks>
/// <see cref="FromPool"/>: each row names a pool of groups; draws are uniform over the pool's members (a group weighs its
/// size). A pool of at most M members is returned as a random permutation of all of them (so a small pool is used up
/// exactly, never missed by chance); a larger pool gets M independent draws (repeats are removed later by
/// <see cref="RowSets.WithDuplicates"/>). <see cref="Evenly"/>: slot i takes a random member of the i-th group of a
/// random order of the row's allowed groups, cycling, so groups share the draws evenly.
/// </remarks>
public static class GroupSampler
{
    /// <summary>(b, M) item indices drawn from the pooled members of each row's groups, −1 where the pool has no more.</summary>
    /// <param name="layout">The items by group.</param>
    /// <param name="pools">(b, a) group ids, −1 padded.</param>
    /// <param name="draws">M, draws per row.</param>
    /// <param name="generator">The run's seeded generator.</param>
    public static Tensor FromPool(GroupLayout layout, Tensor pools, int draws, Generator generator)
    {
        ArgumentNullException.ThrowIfNull(layout);
        long b = pools.shape[0];
        var present = pools.ge(0);                                                             // (b, a)
        var safe = pools.clamp_min(0);
        var sizes = where(present, layout.Sizes.index(safe), zeros_like(safe));                // (b, a)
        var ends = sizes.cumsum(1);                                                            // (b, a)
        var total = ends.narrow(1, ends.shape[1] - 1, 1);                                      // (b, 1)
        var positions = Positions(total, draws, generator);                                    // (b, M), −1 = none
        var slot = searchsorted(ends, positions, right: true).clamp_max(pools.shape[1] - 1);   // (b, M) which group: #ends ≤ position
        var group = safe.gather(1, slot);                                                      // (b, M)
        var within = positions - (ends - sizes).gather(1, slot);                               // (b, M)
        var at = (layout.Offsets.index(group) + within).clamp(0, Math.Max(layout.Members.shape[0] - 1, 0));
        var items = layout.Members.shape[0] == 0 ? full_like(at, -1L) : layout.Members.index(at);
        return where(positions.ge(0), items, full_like(items, -1L));                           // (b, M)
    }

    /// <summary>(b, M) positions in [0, total) per row: a random permutation when total ≤ M (−1 after it), else uniform draws.</summary>
    public static Tensor Positions(Tensor total, int draws, Generator generator)
    {
        long b = total.shape[0];
        var column = arange(draws, dtype: ScalarType.Int64).unsqueeze(0);                      // (1, M)
        var keys = rand([b, draws], generator: generator);                                     // (b, M)
        keys = keys.masked_fill(column.ge(total), 2f);
        var permutation = keys.argsort(1);                                                     // (b, M): slots < total first
        var uniform = (rand([b, draws], generator: generator).to_type(ScalarType.Float64) * total.to_type(ScalarType.Float64))
            .floor().to_type(ScalarType.Int64);
        uniform = minimum(uniform, (total - 1).clamp_min(0));            // (b, M)
        var small = total.le(draws);                                                           // (b, 1)
        var positions = where(small, permutation, uniform);
        return where(column.lt(total), positions, full_like(positions, -1L));                  // (b, M)
    }

    /// <summary>(b, M) item indices spread evenly over each row's allowed groups (in a random group order, cycling).</summary>
    /// <param name="layout">The items by group.</param>
    /// <param name="allowed">(b, G) whether the row may draw from each group.</param>
    /// <param name="draws">M, draws per row.</param>
    /// <param name="generator">The run's seeded generator.</param>
    public static Tensor Evenly(GroupLayout layout, Tensor allowed, int draws, Generator generator)
    {
        ArgumentNullException.ThrowIfNull(layout);
        long b = allowed.shape[0];
        var usable = allowed & layout.Sizes.gt(0).unsqueeze(0);                                // (b, G)
        var count = usable.sum(1, keepdim: true, type: ScalarType.Int64);                      // (b, 1)
        var keys = rand([b, layout.GroupCount], generator: generator).masked_fill(usable.logical_not(), 2f);
        var order = keys.argsort(1);                                                           // (b, G): usable groups first
        var slot = arange(draws, dtype: ScalarType.Int64).unsqueeze(0) % count.clamp_min(1);   // (b, M)
        var group = order.gather(1, slot);                                                     // (b, M)
        var size = layout.Sizes.index(group);                                                  // (b, M)
        var within = (rand([b, draws], generator: generator).to_type(ScalarType.Float64) * size.to_type(ScalarType.Float64))
            .floor().to_type(ScalarType.Int64);
        within = minimum(within, (size - 1).clamp_min(0));             // (b, M)
        var at = (layout.Offsets.index(group) + within).clamp(0, Math.Max(layout.Members.shape[0] - 1, 0));
        var items = layout.Members.shape[0] == 0 ? full_like(at, -1L) : layout.Members.index(at);
        return where(count.gt(0), items, full_like(items, -1L));                               // (b, M)
    }
}

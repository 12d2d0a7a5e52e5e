using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>A negative-selection strategy: given a block of pairs, picks n negatives per pair with a tier label each.</summary>
/// <remarks>Strategies select; search is the <see cref="INeighbourSearch"/> in the context. A strategy never returns a
/// blocked item (<see cref="MiningBlock.Blocked"/>: positives, the query, excluded or tier-0 same-question answers) and
/// never the same item twice in a row; rows it cannot fill keep −1. Tiers: 1 in-cluster, 2 adjacent cluster, 3 high
/// similarity, 4 random (0 is the driver's same-question tier).</remarks>
public interface INegativeMiner
{
    /// <summary>The registry name (<c>random</c>, <c>tiered</c>, ...).</summary>
    string Name { get; }

    /// <summary>Whether the run must provide corpus clusters.</summary>
    bool NeedsClusters => false;

    /// <summary>Whether the run must provide categories.</summary>
    bool NeedsCategories => false;

    /// <summary>Negatives per tier label (index = tier) this strategy aims for, when it promises proportions; else null.</summary>
    IReadOnlyList<int>? TierTargets => null;

    /// <summary>(b, n) int64 corpus indices (−1 where short) and (b, n) int64 tiers for the block.</summary>
    (Tensor Negatives, Tensor Tiers) Mine(MiningBlock block);
}

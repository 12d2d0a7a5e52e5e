using ContrastiveTool.Core.Mining.Sampling;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Strategies;

/// <summary><c>hard</c>: the n corpus items most similar to the query that are not positives (nor blocked).</summary>
/// <remarks>negatives = top-n of s(a, x) = a·x over the corpus minus blocked items, best first. Tier 3 (high similarity).
/// No false-negative guard: the top of the ranking often holds unlabelled positives — use <c>range</c> with
/// <c>--margin</c> or <c>--relative-margin</c>, or <c>semi_hard</c>, when that hurts. This is also what the seed
/// notebook calls semi-hard (negatives more similar than the positive).</remarks>
public sealed class HardMiner : INegativeMiner
{
    /// <inheritdoc/>
    public string Name => "hard";

    /// <inheritdoc/>
    public (Tensor Negatives, Tensor Tiers) Mine(MiningBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int n = block.Context.Negatives;
        var picks = RankedCandidates.Pick(block, n, n + (int)block.Blocked.shape[1] + 8, RankedCandidates.Top(block, null, n)); // (b, n)
        return (picks, DrawnCandidates.Label(picks, 3));
    }
}

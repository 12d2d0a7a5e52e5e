using ContrastiveTool.Core.Mining.Sampling;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Strategies;

/// <summary><c>random</c>: n negatives drawn uniformly from the corpus minus the query's positives (and blocked items).</summary>
/// <remarks>P(item) = 1 / |corpus \ blocked| per draw, without repeats in a row. Tier 4 (random). The easy end of a
/// curriculum and the baseline every other strategy is compared with. Relations: <c>tiered</c>'s tier 4 draws the same
/// way from distant clusters only.</remarks>
public sealed class RandomMiner : INegativeMiner
{
    /// <inheritdoc/>
    public string Name => "random";

    /// <inheritdoc/>
    public (Tensor Negatives, Tensor Tiers) Mine(MiningBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int n = block.Context.Negatives;
        var draws = DrawnCandidates.Uniform(block, DrawnCandidates.DrawsFor(block, n));      // (b, M)
        var picks = DrawnCandidates.Pick(block, draws, n);                                    // (b, n)
        return (picks, DrawnCandidates.Label(picks, 4));
    }
}

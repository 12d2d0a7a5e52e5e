using ContrastiveTool.Core.Mining.Sampling;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Strategies;

/// <summary><c>cluster</c>: negatives spread evenly over the clusters other than the pair's (k-means on the corpus), or,
/// with <c>--same-cluster</c>, drawn from the pair's own cluster.</summary>
/// <remarks>The pair's cluster is its positive's. Other clusters: slot i takes a random member of the i-th cluster of a
/// seeded random order of the other non-empty clusters (cycling when n exceeds them), so n negatives cover
/// min(n, k − 1) clusters: diverse negatives. Tier 4 (random, other clusters). Same cluster: uniform over the pair's
/// cluster minus blocked items; tier 1 (in-cluster), the topically close negatives. Clusters come from
/// <c>contrastive cluster</c> (<c>--clusters</c>) or ML.NET KMeans run by <c>mine</c> (<c>--k</c>).</remarks>
public sealed class ClusterMiner(bool sameCluster = false) : INegativeMiner
{
    /// <inheritdoc/>
    public string Name => "cluster";

    /// <inheritdoc/>
    public bool NeedsClusters => true;

    /// <inheritdoc/>
    public (Tensor Negatives, Tensor Tiers) Mine(MiningBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var layout = block.Context.ClusterLayout!;
        int n = block.Context.Negatives;
        int m = DrawnCandidates.DrawsFor(block, n);
        var own = block.PairCluster;                                                           // (b)
        var draws = sameCluster
            ? GroupSampler.FromPool(layout, own.unsqueeze(1), m, block.Context.Generator)     // (b, M)
            : GroupSampler.Evenly(layout, arange(layout.GroupCount, dtype: ScalarType.Int64).unsqueeze(0).ne(own.unsqueeze(1)),
                                  m, block.Context.Generator);                                 // (b, M)
        var picks = DrawnCandidates.Pick(block, draws, n);                                     // (b, n)
        return (picks, DrawnCandidates.Label(picks, sameCluster ? 1 : 4));
    }
}

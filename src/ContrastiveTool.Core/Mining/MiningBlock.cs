using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>A block of b consecutive pairs, as tensors, for a strategy to mine in one batched pass.</summary>
/// <param name="Context">The run's shared state.</param>
/// <param name="PairQuery">(b) int64 query index of each pair.</param>
/// <param name="Positive">(b) int64 the pair's positive corpus index.</param>
/// <param name="Queries">(b, d) the pairs' query embeddings.</param>
/// <param name="PositiveScores">(b) s(a, p).</param>
/// <param name="Blocked">(b, F) int64 corpus indices that must not be picked, −1 padded.</param>
/// <param name="BlockedReasons">(b, F) the <see cref="SkipReason"/> code of each blocked entry.</param>
public sealed record MiningBlock(MiningContext Context, Tensor PairQuery, Tensor Positive, Tensor Queries,
                                 Tensor PositiveScores, Tensor Blocked, Tensor BlockedReasons)
{
    /// <summary>The number of pairs b.</summary>
    public long Rows => PairQuery.shape[0];

    /// <summary>(b) the cluster of each pair (its positive's), when the run has clusters.</summary>
    public Tensor PairCluster => Context.ClusterLayout?.Labels.index(Positive)
                                 ?? throw new InvalidOperationException("this strategy needs clusters");
}

using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>Puts candidate hits in the order every index returns: score descending, ties by the lower id.</summary>
/// <remarks>Two sorts per row: ids ascending, then scores descending with a stable sort, so equal scores keep the id
/// order. Batched over rows; cost O(c log c) per row for c candidates (c is k or k + 1 here).</remarks>
internal static class HitOrder
{
    /// <summary>The candidates (R, c) sorted by (score desc, id asc).</summary>
    public static (Tensor Scores, Tensor Ids) Sort(Tensor scores, Tensor ids)
    {
        using var scope = NewDisposeScope();
        var (byId, idOrder) = ids.sort(1);                                                    // (R, c)
        var (sorted, scoreOrder) = scores.gather(1, idOrder).sort(1, descending: true, stable: true); // (R, c)
        return (sorted.MoveToOuterDisposeScope(), byId.gather(1, scoreOrder).MoveToOuterDisposeScope()); // (R, c), (R, c)
    }

    /// <summary>Fills the ids of empty slots (score −∞) with −1.</summary>
    public static Tensor MarkEmpty(Tensor scores, Tensor ids) =>
        ids.masked_fill(scores.isneginf(), -1);                                               // (R, c)
}

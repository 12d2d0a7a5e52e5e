using ContrastiveTool.Core.Mining.Search;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>Mining over any <see cref="IVectorIndex"/> kind (<c>exact</c>, <c>hnsw</c>, <c>ivf</c>), picked with
/// <c>--index-kind</c>; built over the corpus once, or loaded from <c>--index</c>.</summary>
/// <remarks>An approximate index may find fewer than k hits for a query; those slots come back as row 0 with score −∞,
/// so every strategy ranks them last and the guards reject them.</remarks>
public sealed class IndexNeighbourSearch(IVectorIndex index) : INeighbourSearch
{
    private readonly IVectorIndex _index = index ?? throw new ArgumentNullException(nameof(index));

    /// <summary>A factory for <see cref="MiningOptions.SearchFactory"/>: the index of kind <paramref name="kind"/> over the corpus.</summary>
    public static Func<Tensor, INeighbourSearch> Factory(string kind, string? indexPath, SearchIndexOptions options) =>
        corpus => new IndexNeighbourSearch(IndexCatalog.Open(kind, corpus, indexPath, options));

    /// <inheritdoc/>
    public long Count => _index.Count;

    /// <inheritdoc/>
    public (Tensor Scores, Tensor Indices) Search(Tensor queries, int k, CancellationToken cancellationToken = default)
    {
        var hits = _index.Search(queries, k, cancellationToken: cancellationToken);
        return (hits.Scores, hits.Ids.clamp_min(0));                                                   // (Q, k), (Q, k)
    }
}

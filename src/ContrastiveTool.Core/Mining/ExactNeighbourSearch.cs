using ContrastiveTool.Core.Mining.Search;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>The default <see cref="INeighbourSearch"/>: exact blocked matrix product + top-k (<see cref="ExactTopKSearch"/>).</summary>
/// <remarks>Memory is bounded by one (query block × document block) of scores, never the full (Q, N) matrix.</remarks>
public sealed class ExactNeighbourSearch(Tensor documents, ExactTopKSearch? search = null) : INeighbourSearch
{
    private readonly Tensor _documents = documents ?? throw new ArgumentNullException(nameof(documents));
    private readonly ExactTopKSearch _search = search ?? new ExactTopKSearch();

    /// <inheritdoc/>
    public long Count => _documents.shape[0];

    /// <inheritdoc/>
    public (Tensor Scores, Tensor Indices) Search(Tensor queries, int k, CancellationToken cancellationToken = default) =>
        _search.Search(queries, _documents, k, cancellationToken);
}

using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>The <c>exact</c> kind: every query scores every document (<see cref="ExactTopKSearch"/>, blocked), so its
/// recall is 1 by definition and it is the reference the approximate kinds are measured against.</summary>
/// <remarks>Builds nothing: it keeps a reference to the caller's (N, d) float32 documents (no copy; the caller keeps
/// them alive and disposes them). Cost per query: N·d multiply-adds. Nothing to save.</remarks>
public sealed class ExactIndex(Tensor documents, ExactTopKSearch? search = null) : IVectorIndex
{
    private readonly Tensor _documents = documents?.dim() == 2 ? documents
        : throw new ArgumentException("documents must be (N, d)", nameof(documents));
    private readonly ExactTopKSearch _search = search ?? new ExactTopKSearch();

    /// <inheritdoc/>
    public string Kind => "exact";

    /// <inheritdoc/>
    public long Count => _documents.shape[0];

    /// <inheritdoc/>
    public int Dimension => (int)_documents.shape[1];

    /// <inheritdoc/>
    public SearchHits Search(Tensor queries, int k, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (scores, ids) = _search.Search(queries, _documents, k, progress, cancellationToken);
        return new SearchHits(scores, ids);
    }

    /// <inheritdoc/>
    public void Save(string path) =>
        throw new NotSupportedException("the exact index builds nothing to save: it searches the embeddings themselves");

    /// <summary>Nothing to release: the documents belong to the caller.</summary>
    public void Dispose() { }
}

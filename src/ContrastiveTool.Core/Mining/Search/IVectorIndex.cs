using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>A built index over <see cref="Count"/> documents of <see cref="Dimension"/> floats: the k most similar
/// documents of each query by inner product (cosine for L2-normalised vectors).</summary>
/// <remarks>
/// Results are ordered by score (descending), ties by the lower document row, so a search is deterministic. Approximate
/// kinds may return fewer than k hits for a query: the missing slots hold id −1 and score −∞.
/// Kinds: <c>exact</c> (<see cref="ExactIndex"/>), <c>hnsw</c> (<see cref="HnswIndex"/>), <c>ivf</c> (<see cref="IvfIndex"/>),
/// built or loaded through <see cref="IndexCatalog"/>.
/// </remarks>
public interface IVectorIndex : IDisposable
{
    /// <summary>The catalog name of the kind (<c>exact</c>, <c>hnsw</c>, <c>ivf</c>).</summary>
    string Kind { get; }

    /// <summary>Documents in the index; ids are their rows, 0 … Count − 1.</summary>
    long Count { get; }

    /// <summary>Floats per vector.</summary>
    int Dimension { get; }

    /// <summary>The top <paramref name="k"/> documents of each row of <paramref name="queries"/> (Q, d) float32;
    /// k is capped at <see cref="Count"/>. The returned tensors belong to the caller's dispose scope.</summary>
    SearchHits Search(Tensor queries, int k, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Writes the index to <paramref name="path"/> (temporary file, then rename) so that
    /// <see cref="IndexCatalog.Open"/> can load it instead of building.</summary>
    /// <exception cref="NotSupportedException">The kind builds nothing worth saving (<c>exact</c>).</exception>
    void Save(string path);
}

using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>The one seam between mining and similarity search: the k most similar corpus items of each query.</summary>
/// <remarks>A miner receives a factory <c>Func&lt;Tensor, INeighbourSearch&gt;</c> (see <see cref="MiningOptions.SearchFactory"/>)
/// that builds a search over the corpus embeddings once; the default is exact search (<see cref="MiningOptions.CreateSearch"/>). An ANN index
/// (HNSW, IVF) plugs in by implementing this interface. Scores are inner products (cosine on unit vectors).</remarks>
public interface INeighbourSearch
{
    /// <summary>(Q, k') scores and (Q, k') int64 corpus indices, best first, k' = min(k, corpus size).</summary>
    (Tensor Scores, Tensor Indices) Search(Tensor queries, int k, CancellationToken cancellationToken = default);

    /// <summary>The number of corpus items searched.</summary>
    long Count { get; }
}

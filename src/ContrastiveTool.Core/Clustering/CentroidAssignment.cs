using ContrastiveTool.Core.Models.Encoders;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Clustering;

/// <summary>Assigns vectors to their nearest centroid in blocks: argmin over ‖x‖² − 2x·c + ‖c‖² (ties to the lower id),
/// and k-means' inertia Σ ‖x − c(x)‖².</summary>
public static class CentroidAssignment
{
    /// <summary>The nearest centroid of every vector (squared Euclidean, ties to the lower id) and the total squared distance.</summary>
    public static (int[] Assignments, double Inertia) Assign(EmbeddingMatrix vectors, float[] centroids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(centroids);
        const int block = 8192;
        using var scope = NewDisposeScope();
        int d = vectors.Dimension;
        var c = tensor(centroids, [centroids.Length / d, d]);                                   // (k, d)
        var cNorms = c.pow(2).sum(1);                                                           // (k)
        var assignments = new int[vectors.Count];
        double inertia = 0;
        for (int start = 0; start < vectors.Count; start += block)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var blockScope = NewDisposeScope();
            int size = Math.Min(block, vectors.Count - start);
            var x = tensor(vectors.Values.AsSpan(start * d, size * d).ToArray(), [size, d]);  // (b, d)
            var distances = x.pow(2).sum(1, keepdim: true) - 2 * x.matmul(c.t()) + cNorms;      // (b, k)
            var (best, at) = distances.min(1);                                                  // (b), (b)
            inertia += best.clamp_min(0).to_type(ScalarType.Float64).sum().item<double>();
            at.to_type(ScalarType.Int32).data<int>().CopyTo(assignments, start);
        }
        return (assignments, inertia);
    }

}

using static TorchSharp.torch;

namespace ContrastiveTool.Core.Clustering;

/// <summary>How clusters relate: the cosine between every two centroids, and each cluster's nearest clusters.</summary>
/// <remarks>cos(cᵢ, cⱼ) = cᵢ·cⱼ / (‖cᵢ‖‖cⱼ‖). Adjacent clusters of i: the <c>adjacentK</c> other clusters with the
/// highest centroid cosine, best first, ties to the lower id; the tiered miner's tier 2 draws from them.</remarks>
public static class CentroidGraph
{
    /// <summary>The (k, k) centroid cosine matrix, row-major.</summary>
    public static float[] Cosines(ClusterResult clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        using var scope = NewDisposeScope();
        var c = nn.functional.normalize(tensor(clusters.Centroids, [clusters.K, clusters.Dimension]), dim: 1);  // (k, d)
        return c.matmul(c.t()).data<float>().ToArray();                                                         // (k, k)
    }

    /// <summary>For each cluster, its <paramref name="adjacentK"/> nearest other clusters by centroid cosine, <c>(k, a)</c>
    /// row-major with a = min(adjacentK, k − 1).</summary>
    public static int[] Adjacent(ClusterResult clusters, int adjacentK)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentOutOfRangeException.ThrowIfNegative(adjacentK);
        int k = clusters.K;
        int a = Math.Min(adjacentK, k - 1);
        if (a == 0)
            return [];
        using var scope = NewDisposeScope();
        var cosines = tensor(Cosines(clusters), [k, k]);                                        // (k, k)
        cosines = cosines.masked_fill(eye(k, dtype: ScalarType.Bool), float.NegativeInfinity);
        // A stable descending sort keeps equal cosines in id order.
        var order = cosines.sort(1, descending: true, stable: true).Indices.narrow(1, 0, a);     // (k, a)
        return order.to_type(ScalarType.Int32).data<int>().ToArray();
    }
}

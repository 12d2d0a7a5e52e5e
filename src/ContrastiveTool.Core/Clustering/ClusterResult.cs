namespace ContrastiveTool.Core.Clustering;

/// <summary>A clustering of n vectors into k clusters: each vector's cluster, the centroids, the sizes and the inertia.</summary>
/// <param name="Assignments">The cluster (0 … k−1) of each vector, in input order.</param>
/// <param name="Centroids">The k centroids, row-major <c>(k, Dimension)</c>.</param>
/// <param name="Dimension">The length of every vector.</param>
/// <param name="Inertia">Σ over vectors of the squared Euclidean distance to the centroid of its cluster (k-means' objective).</param>
public sealed record ClusterResult(int[] Assignments, float[] Centroids, int Dimension, double Inertia)
{
    /// <summary>The number of clusters.</summary>
    public int K => Centroids.Length / Dimension;

    /// <summary>Members per cluster (a cluster may be empty).</summary>
    public int[] Sizes
    {
        get
        {
            var sizes = new int[K];
            foreach (int cluster in Assignments)
                sizes[cluster]++;
            return sizes;
        }
    }

    /// <summary>Centroid <paramref name="cluster"/>.</summary>
    public ReadOnlySpan<float> Centroid(int cluster) => Centroids.AsSpan(cluster * Dimension, Dimension);
}

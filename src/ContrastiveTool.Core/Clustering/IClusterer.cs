using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Clustering;

/// <summary>Partitions embeddings into k clusters; the mining strategies and the <c>cluster</c> verb use it.</summary>
/// <remarks>Implementations: <see cref="MlNetKMeansClusterer"/> (ML.NET KMeans, the default).</remarks>
public interface IClusterer
{
    /// <summary>Clusters the rows of <paramref name="vectors"/>; <paramref name="progress"/> gets a line per stage.</summary>
    ClusterResult Fit(EmbeddingMatrix vectors, IProgress<string>? progress = null, CancellationToken cancellationToken = default);
}

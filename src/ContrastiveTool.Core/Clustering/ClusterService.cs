using System.Diagnostics;
using ContrastiveTool.Core.Models.Embeddings;

namespace ContrastiveTool.Core.Clustering;

/// <summary><c>contrastive cluster</c>: k-means (<see cref="ClustererCatalog"/>) over an embeddings file, written as <see cref="ClusterFile"/>.</summary>
public static class ClusterService
{
    /// <summary>Clusters <paramref name="embeddingsPath"/> and writes <paramref name="outputPath"/> (a <c>.json</c> file, or a
    /// folder that gets <c>clusters.json</c>); k null = <see cref="KMeansOptions.DefaultK"/>; returns the result, the JSON path and the time taken.</summary>
    public static (ClusterResult Result, string JsonPath, TimeSpan Time) Run(string embeddingsPath, string outputPath, int? k, int maxIterations, int seed, string clusterer,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var (matrix, ids) = EmbeddingsFile.Read(embeddingsPath);
        string json = outputPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? outputPath : Path.Combine(outputPath, "clusters.json");
        string? folder = Path.GetDirectoryName(Path.GetFullPath(json));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var result = ClustererCatalog.Create(clusterer, new KMeansOptions(k ?? KMeansOptions.DefaultK(matrix.Count), maxIterations, seed)).Fit(matrix, progress, cancellationToken);
        var time = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();
        ClusterFile.Write(json, result, ids);
        return (result, json, time);
    }
}

namespace ContrastiveTool.Core.Clustering;

/// <summary>What k-means is asked for.</summary>
/// <param name="K">Clusters; capped at the number of vectors.</param>
/// <param name="MaxIterations">Lloyd iterations at most (ML.NET stops earlier once the centroids move less than its tolerance).</param>
/// <param name="Seed">Seeds the initialisation (k-means++), so the same seed gives the same clusters.</param>
/// <param name="Threads">Worker threads; 1 (the default) keeps the result independent of thread scheduling.</param>
public sealed record KMeansOptions(int K, int MaxIterations = 100, int Seed = 42, int Threads = 1)
{
    /// <summary>A default k for n vectors: round(√(n/2)), between 2 and 1000 (the rule of thumb for k-means).</summary>
    public static int DefaultK(int count) => Math.Clamp((int)Math.Round(Math.Sqrt(count / 2.0)), 2, 1000);
}

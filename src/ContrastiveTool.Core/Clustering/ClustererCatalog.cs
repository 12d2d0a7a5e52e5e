namespace ContrastiveTool.Core.Clustering;

/// <summary>The k-means implementations by name: <c>mlnet</c> (ML.NET KMeans, the default) and <c>torch</c> (TorchSharp,
/// much faster on large sets: the assignment step is one matrix product).</summary>
public static class ClustererCatalog
{
    public static IReadOnlyList<(string Name, Func<KMeansOptions, IClusterer> Create)> All { get; } =
    [
        ("mlnet", o => new MlNetKMeansClusterer(o)),
        ("torch", o => new TorchKMeansClusterer(o)),
    ];

    /// <summary>Builds clusterer <paramref name="name"/>; an unknown name gets "did you mean" and the list.</summary>
    public static IClusterer Create(string name, KMeansOptions options) =>
        NameLookup.Find(All, c => c.Name, name, "clusterer").Create(options);
}

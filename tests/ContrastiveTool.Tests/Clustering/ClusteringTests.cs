using ContrastiveTool.Core.Clustering;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Tests.TestSupport;
using static ContrastiveTool.Tests.Mining.MiningFixture;

namespace ContrastiveTool.Tests.Clustering;

/// <summary>k-means (ML.NET and TorchSharp), the assignment/inertia pass, centroid adjacency and the clusters file.</summary>
public sealed class ClusteringTests
{
    /// <summary>Three tight blobs of 20 points around the x, y and z axes (seeded noise of 0.05).</summary>
    private static EmbeddingMatrix Blobs()
    {
        var random = new Random(5);
        var values = new List<float>();
        for (int blob = 0; blob < 3; blob++)
            for (int i = 0; i < 20; i++)
                values.AddRange(Enumerable.Range(0, 3).Select(axis => (axis == blob ? 1f : 0f) + (float)(random.NextDouble() - 0.5) * 0.1f));
        return new EmbeddingMatrix(values.ToArray(), 60, 3);
    }

    [Theory]
    [InlineData("mlnet")]
    [InlineData("torch")]
    public void Fit_ThreeSeparatedBlobs_PutsEachBlobInItsOwnCluster(string clusterer)
    {
        var result = ClustererCatalog.Create(clusterer, new KMeansOptions(3, Seed: 1)).Fit(Blobs());

        for (int blob = 0; blob < 3; blob++)
            Assert.Single(result.Assignments.Skip(blob * 20).Take(20).Distinct());
        Assert.Equal(3, result.Assignments.Distinct().Count());
        Assert.Equal([20, 20, 20], result.Sizes);
        Assert.True(result.Inertia < 60 * 3 * 0.05 * 0.05, $"inertia {result.Inertia}");
    }

    [Theory]
    [InlineData("mlnet")]
    [InlineData("torch")]
    public void Fit_SameSeed_SameClusters(string clusterer)
    {
        var a = ClustererCatalog.Create(clusterer, new KMeansOptions(4, Seed: 9)).Fit(Blobs());
        var b = ClustererCatalog.Create(clusterer, new KMeansOptions(4, Seed: 9)).Fit(Blobs());

        Assert.Equal(a.Assignments, b.Assignments);
        Assert.Equal(a.Centroids, b.Centroids);
    }

    [Fact]
    public void Assign_HandPoints_NearestCentroidAndSumOfSquaredDistances()
    {
        // (0,0) and (2,0) are 1 from centroid (1,0); (10,0) sits on centroid (10,0): inertia 1 + 1 + 0 = 2.
        var points = new EmbeddingMatrix([0, 0, 2, 0, 10, 0], 3, 2);

        var (assignments, inertia) = CentroidAssignment.Assign(points, [1, 0, 10, 0]);

        Assert.Equal([0, 0, 1], assignments);
        Assert.Equal(2.0, inertia, 6);
    }

    [Fact]
    public void Adjacent_CentroidsAtKnownAngles_NearestByCosine()
    {
        // Centroids at 0°, 30°, 90°, 180°: nearest of 0° is 30° (cos 0.87); of 30° is 0°; of 90° is 30° (0.5);
        // of 180° is 90° (0 beats cos 150° = −0.87). Two nearest of 0°: 30°, 90°; of 30°: 0°, 90°.
        var clusters = new ClusterResult([0, 1, 2, 3], Angles(0, 30, 90, 180).Values, 2, 0);

        Assert.Equal([1, 0, 1, 2], CentroidGraph.Adjacent(clusters, 1));
        Assert.Equal([1, 2, 0, 2], CentroidGraph.Adjacent(clusters, 2).Take(4));
    }

    [Fact]
    public void ClusterFile_WriteThenRead_RoundTrips()
    {
        using var folder = new TempFolder();
        var clusters = new ClusterResult([1, 0, 1], [0.5f, 0.5f, 1, 0], 2, 1.25);
        string path = folder.File("clusters.json");

        ClusterFile.Write(path, clusters, ["a", "b", "c"]);
        var back = ClusterFile.Read(path, ["c", "a", "b"]);

        Assert.Equal([1, 1, 0], back.Assignments);
        Assert.Equal(clusters.Centroids, back.Centroids);
        Assert.Equal(1.25, back.Inertia);
        Assert.True(File.Exists(folder.File("clusters.centroids.safetensors")));
    }
}

using ContrastiveTool.Core.Models.Encoders;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Clustering;

/// <summary>k-means with ML.NET (<c>mlContext.Clustering.Trainers.KMeans</c>, k-means++ initialisation), seeded.</summary>
/// <remarks>Objective: minimise Σᵢ ‖xᵢ − c(xᵢ)‖² (Euclidean; on unit vectors the same partition as cosine up to
/// centroid norms). ML.NET trains the centroids; the assignments and the inertia are then computed here in one
/// batched pass (argmin over ‖x‖² − 2x·c + ‖c‖², ties to the lower cluster id), so they match the returned centroids
/// exactly. Defaults: 100 iterations, one thread (deterministic). Relations: <see cref="CentroidGraph"/> ranks clusters
/// by centroid cosine for the tiered miner's adjacent tier.</remarks>
public sealed class MlNetKMeansClusterer(KMeansOptions options) : IClusterer
{
    private readonly KMeansOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc/>
    public ClusterResult Fit(EmbeddingMatrix vectors, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count < 1)
            throw new UserInputException("k-means needs at least one vector");
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.K, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxIterations, 1);
        int k = Math.Min(_options.K, vectors.Count);
        var context = new MLContext(_options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vectors.Dimension);
        var rows = Enumerable.Range(0, vectors.Count).Select(i => new Row { Features = vectors.Row(i).ToArray() });
        var data = context.Data.LoadFromEnumerable(rows, schema);
        var trainer = context.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            NumberOfClusters = k,
            MaximumNumberOfIterations = _options.MaxIterations,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            NumberOfThreads = _options.Threads,
            FeatureColumnName = nameof(Row.Features),
        });
        progress?.Report($"k-means: {vectors.Count} vectors, k = {k}, at most {_options.MaxIterations} iterations");
        cancellationToken.ThrowIfCancellationRequested();
        var model = trainer.Fit(data);
        cancellationToken.ThrowIfCancellationRequested();
        VBuffer<float>[] centroids = [];
        model.Model.GetClusterCentroids(ref centroids, out int trained);
        var flat = new float[trained * vectors.Dimension];
        for (int c = 0; c < trained; c++)
            centroids[c].DenseValues().ToArray().CopyTo(flat, c * vectors.Dimension);
        progress?.Report("k-means: assigning vectors to centroids");
        var (assignments, inertia) = Assign(vectors, flat, cancellationToken);
        return new ClusterResult(assignments, flat, vectors.Dimension, inertia);
    }

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

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
    }
}

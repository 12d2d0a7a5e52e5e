using ContrastiveTool.Core.Models.Encoders;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ContrastiveTool.Core.Clustering;

/// <summary>k-means with ML.NET (<c>mlContext.Clustering.Trainers.KMeans</c>, k-means++ initialisation), seeded.</summary>
/// <remarks>Objective: minimise Σᵢ ‖xᵢ − c(xᵢ)‖² (Euclidean; on unit vectors the same partition as cosine up to
/// centroid norms). ML.NET trains the centroids; the assignments and the inertia are then computed here in one
/// batched pass (argmin over ‖x‖² − 2x·c + ‖c‖², ties to the lower cluster id), so they match the returned centroids
/// exactly (<see cref="CentroidAssignment"/>). Defaults: 100 iterations, one thread (deterministic). Relations: <see cref="CentroidGraph"/> ranks clusters
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
        var (assignments, inertia) = CentroidAssignment.Assign(vectors, flat, cancellationToken);
        return new ClusterResult(assignments, flat, vectors.Dimension, inertia);
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
    }
}

using ContrastiveTool.Core.Clustering;
using ContrastiveTool.Core.Mining.Sampling;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>Everything a run shares across blocks: the embeddings, the search, the seeded generator, the clusters and
/// categories (when the strategy needs them), and the counters.</summary>
public sealed class MiningContext : IDisposable
{
    internal MiningContext(Tensor queries, Tensor corpus, INeighbourSearch search, int negatives, long seed,
                           ClusterResult? clusters, int[]? queryCategories, int[]? corpusCategories, int categoryCount,
                           CancellationToken cancellationToken)
    {
        Cancellation = cancellationToken;
        Queries = queries;
        Corpus = corpus;
        Search = search;
        Negatives = negatives;
        Generator = new Generator((ulong)seed);
        Clusters = clusters;
        if (clusters is not null)
            ClusterLayout = new GroupLayout(clusters.Assignments, clusters.K);
        if (corpusCategories is not null && queryCategories is not null)
        {
            CategoryLayout = new GroupLayout(corpusCategories, Math.Max(categoryCount, 1));
            QueryCategories = tensor(queryCategories.Select(c => (long)c).ToArray(), dtype: ScalarType.Int64);
        }
    }

    /// <summary>(Q, d) query embeddings.</summary>
    public Tensor Queries { get; }

    /// <summary>(N, d) corpus embeddings.</summary>
    public Tensor Corpus { get; }

    /// <summary>Nearest corpus items of a query.</summary>
    public INeighbourSearch Search { get; }

    /// <summary>Negatives wanted per pair.</summary>
    public int Negatives { get; }

    /// <summary>The run's one random generator (blocks run in order, so a seed gives one output).</summary>
    public Generator Generator { get; }

    /// <summary>The corpus clusters, when the strategy needs them.</summary>
    public ClusterResult? Clusters { get; }

    /// <summary>The corpus grouped by cluster.</summary>
    public GroupLayout? ClusterLayout { get; }

    /// <summary>The corpus grouped by category code (−1 = none).</summary>
    public GroupLayout? CategoryLayout { get; }

    /// <summary>(Q) each query's category code, −1 = none.</summary>
    public Tensor? QueryCategories { get; }

    /// <summary>Skips and events of the run.</summary>
    public MiningCounters Counters { get; } = new();

    /// <summary>Cancels the run between searches and blocks.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The corpus size N.</summary>
    public long CorpusCount => Corpus.shape[0];

    public void Dispose()
    {
        Generator.Dispose();
        ClusterLayout?.Dispose();
        CategoryLayout?.Dispose();
        QueryCategories?.Dispose();
    }
}

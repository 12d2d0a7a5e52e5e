using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Mining.Search;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Retrieval;

/// <summary>The <c>retrieval</c> evaluator: every query searches the whole corpus through an index (exact by default), the
/// top k is judged.</summary>
/// <remarks>
/// Inputs: query embeddings (Q, d), document embeddings (N, d), judgments over (query row, document row). Ranking by dot
/// product (cosine for normalised embeddings). Depth = the largest k asked for; a metric without cutoff ranks the whole
/// corpus. The index comes from <see cref="IndexCatalog"/> (<c>exact</c>, <c>hnsw</c>, <c>ivf</c>); an approximate one
/// judges what it finds, which is how its recall loss shows in the metrics.
/// Relations: <see cref="Standardized.StandardizedEvaluator"/> ranks only each question's candidate list.
/// </remarks>
public sealed class RetrievalEvaluator(Func<Tensor, IVectorIndex> openIndex)
{
    /// <summary>Exact search (blocked; <paramref name="search"/> sets the blocks).</summary>
    public RetrievalEvaluator(ExactTopKSearch? search = null)
        : this(documents => new ExactIndex(documents, search))
    {
    }

    /// <summary>Search through an index of kind <paramref name="indexKind"/> (built per call, or loaded from <paramref name="indexPath"/>).</summary>
    public RetrievalEvaluator(string indexKind, string? indexPath = null, SearchIndexOptions? options = null)
        : this(documents => IndexCatalog.Open(indexKind, documents, indexPath, options))
    {
    }

    public EvaluationResult Evaluate(IReadOnlyList<string> queryIds, Tensor queries, Tensor documents, Judgments judgments,
        IReadOnlyList<MetricSpec> metrics, MetricOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queryIds);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(metrics);
        using var scope = NewDisposeScope();
        int depth = RankingEvaluation.DepthFor(metrics) ?? (int)documents.shape[0];
        using var index = openIndex(documents);
        var (_, retrieved) = index.Search(queries, depth, null, cancellationToken);            // (Q, k)
        using var ranked = judgments.Rank(queryIds, retrieved);
        return RankingEvaluation.Evaluate(ranked, metrics, options);
    }
}

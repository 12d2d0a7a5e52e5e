using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Models.Encoders;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Retrieval;

/// <summary>Translation retrieval (bitext search): query i searches all the targets; only target i, its translation, is relevant.</summary>
/// <remarks>English→Arabic on held-out Quran verses: the queries are the English verses, the corpus every held-out Arabic
/// verse, and each verse's own Arabic is its one relevant document (grade 1; every other document unjudged, so
/// non-relevant as in trec_eval). Swap the two sides for the other direction. A random ranking scores Recall@k ≈ k/n.
/// Relations: <see cref="QaRetrievalTest"/> is the same search over a ranked-QA file's answers.</remarks>
public static class ParallelRetrievalTest
{
    /// <param name="ids">One id per pair (the query ids of the result), in row order.</param>
    /// <param name="queries">The query side's embeddings, one row per pair.</param>
    /// <param name="targets">The other side's embeddings, row i translating query i.</param>
    /// <param name="metrics">What to compute (e.g. recall@10, mrr@10).</param>
    /// <param name="options">Metric definitions.</param>
    /// <param name="cancellationToken">Checked during the search.</param>
    public static EvaluationResult Evaluate(IReadOnlyList<string> ids, EmbeddingMatrix queries, EmbeddingMatrix targets,
        IReadOnlyList<MetricSpec> metrics, MetricOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(targets);
        if (queries.Count != ids.Count || targets.Count != ids.Count)
            throw new ArgumentException($"expected {ids.Count} query and {ids.Count} target embeddings, got {queries.Count} and {targets.Count}");
        if (queries.Dimension != targets.Dimension)
            throw new ArgumentException($"queries have {queries.Dimension} dimensions, targets {targets.Dimension}");
        using var scope = torch.NewDisposeScope();
        var diagonal = torch.arange(ids.Count, ScalarType.Int64);                             // (n) query i ↔ target i
        using var judgments = new Judgments(ids.Count, ids.Count, diagonal, diagonal, torch.ones(ids.Count));
        return new RetrievalEvaluator().Evaluate(ids,
            torch.tensor(queries.Values, queries.Count, queries.Dimension),                   // (n, d)
            torch.tensor(targets.Values, targets.Count, targets.Dimension),                   // (n, d)
            judgments, metrics, options ?? MetricOptions.Standard, cancellationToken);
    }
}

using ContrastiveTool.Core.Evaluation.Metrics;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Retrieval;

/// <summary>The <c>retrieval</c> evaluator: every query searches the whole corpus (exact, blocked), the top k is judged.</summary>
/// <remarks>
/// Inputs: query embeddings (Q, d), document embeddings (N, d), judgments over (query row, document row). Ranking by dot
/// product (cosine for normalised embeddings). Depth = the largest k asked for; a metric without cutoff ranks the whole
/// corpus. Relations: <see cref="Standardized.StandardizedEvaluator"/> ranks only each question's candidate list.
/// </remarks>
public sealed class RetrievalEvaluator(ExactTopKSearch? search = null)
{
    private readonly ExactTopKSearch _search = search ?? new ExactTopKSearch();

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
        var (_, retrieved) = _search.Search(queries, documents, depth, cancellationToken);   // (Q, k)
        using var ranked = judgments.Rank(queryIds, retrieved);
        return RankingEvaluation.Evaluate(ranked, metrics, options);
    }
}

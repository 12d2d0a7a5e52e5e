using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>A ranking metric cut at k, computed for every query at once.</summary>
public interface IRankingMetric
{
    /// <summary>The registry name (<c>"ndcg"</c>, <c>"mrr"</c>, ...); with a cutoff it reads <c>ndcg@10</c>.</summary>
    string Name { get; }

    /// <summary>The definition, as plain text.</summary>
    string Formula { get; }

    /// <summary>(Q) float64: the metric of each query at cutoff <paramref name="k"/>.</summary>
    /// <remarks>Queries without relevant documents get 0 here; evaluations exclude them before averaging.</remarks>
    Tensor Compute(RankedRelevance ranked, int k);
}

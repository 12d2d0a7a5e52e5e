using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Evaluation.Standardized;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Training;

/// <summary>Evaluates the model on the held-out split with the standardized test (<see cref="StandardizedEvaluator"/>).</summary>
/// <remarks>Keys: the overall view's <c>mrr</c>, <c>accuracy@1</c>, <c>ndcg@10</c>, <c>map@10</c>, <c>recall@10</c>; the in-batch
/// view's <c>mrr_in_batch</c>; the hard-negative view's <c>mrr_hard_neg</c> and <c>hard_neg_accuracy</c> (its accuracy@1: how
/// often the positive beats all of the question's own lower-ranked answers), as the seed project names them.</remarks>
public sealed class HeldOutEvaluator(IReadOnlyList<RankedQaItem> test, EncodeOptions options)
{
    private static readonly IReadOnlyList<MetricSpec> Metrics = MetricSpec.ParseList("mrr,accuracy@1,ndcg@10,map@10,recall@10");

    /// <summary>Whether the split holds enough questions (two) for the test.</summary>
    public bool CanEvaluate => test.Count >= 2;

    /// <summary>The means under the keys above.</summary>
    public IReadOnlyDictionary<string, double> Evaluate(ITextEncoder encoder, CancellationToken cancellationToken)
    {
        var result = EvaluateViews(encoder, null, cancellationToken);
        var values = result.Overall.Metrics.ToDictionary(m => m.Label, m => m.Mean, StringComparer.Ordinal);
        values["mrr_in_batch"] = result.InBatch["mrr"].Mean;
        values["mrr_hard_neg"] = result.HardNegative["mrr"].Mean;
        values["hard_neg_accuracy"] = result.HardNegative["accuracy@1"].Mean;
        return values;
    }

    /// <summary>The three views with every question's values (for per-query tables, intervals and paired tests);
    /// <paramref name="progress"/> gets the texts embedded so far.</summary>
    public StandardizedResult EvaluateViews(ITextEncoder encoder, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        using var scope = TorchSharp.torch.NewDisposeScope();
        var built = StandardizedTestBuilder.Build(test, encoder, options, progress: progress, cancellationToken: cancellationToken);
        return new StandardizedEvaluator().Evaluate(built, Metrics);
    }
}

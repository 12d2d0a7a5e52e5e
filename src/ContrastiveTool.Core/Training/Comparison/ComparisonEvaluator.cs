using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>Judges one model on the comparison's shared test set with the standardized evaluator (the trainer's
/// <see cref="HeldOutEvaluator"/>) and summarises each metric with a seeded bootstrap interval.</summary>
/// <remarks>Columns: <c>mrr</c>, <c>ndcg@10</c>, <c>map@10</c>, <c>recall@10</c> from the overall view (each question's
/// positive among its hard negatives and every other question's positive) and <c>hard_neg_accuracy</c> from the
/// hard-negative view (how often the positive beats all of the question's own lower-ranked answers; only questions with
/// one). Per-query values are kept for the paired test: the overall ones as <see cref="SystemMetrics.PerQuery"/>, the
/// hard-negative ones in <see cref="SystemMetrics.MorePerQuery"/> (their queries differ).</remarks>
public sealed class ComparisonEvaluator(IReadOnlyList<RankedQaItem> test, int maxLength, Bootstrap bootstrap)
{
    /// <summary>The report's metric columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["mrr", "ndcg@10", "map@10", "recall@10", HardNegativeAccuracy];

    private const string HardNegativeAccuracy = "hard_neg_accuracy";

    private readonly HeldOutEvaluator _evaluator = new(test, new EncodeOptions(64, maxLength));

    /// <summary>How many questions the test holds.</summary>
    public int Questions => test.Count;

    public SystemMetrics Evaluate(string name, ITextEncoder encoder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        var views = _evaluator.EvaluateViews(encoder, null, cancellationToken);
        var overall = new EvaluationResult(views.Overall.QueryIds, [], Columns.SkipLast(1).Select(c => views.Overall[c]).ToList());
        var hard = new EvaluationResult(views.HardNegative.QueryIds, [],
            [new MetricScores(HardNegativeAccuracy, views.HardNegative["accuracy@1"].PerQuery)]);
        var summaries = overall.Metrics.Concat(hard.Metrics).Select(bootstrap.Summarise).ToList();
        return new SystemMetrics(name, summaries, overall) { MorePerQuery = [hard] };
    }
}

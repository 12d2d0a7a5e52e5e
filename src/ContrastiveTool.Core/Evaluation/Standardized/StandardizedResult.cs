namespace ContrastiveTool.Core.Evaluation.Standardized;

/// <summary>The seed project's three views of one standardized test.</summary>
/// <param name="Overall">All candidates: mrr, accuracy@1 and the requested cut metrics.</param>
/// <param name="InBatch">Without the question's own hard negatives: mrr, accuracy@1.</param>
/// <param name="HardNegative">Only the question's own answers, questions with a hard negative: mrr, accuracy@1.</param>
public sealed record StandardizedResult(EvaluationResult Overall, EvaluationResult InBatch, EvaluationResult HardNegative)
{
    /// <summary>The views by the names the seed's metric keys use (<c>mrr</c>, <c>mrr_in_batch</c>, <c>mrr_hard_neg</c>).</summary>
    public IReadOnlyDictionary<string, EvaluationResult> Views => new Dictionary<string, EvaluationResult>
    {
        ["overall"] = Overall, ["in_batch"] = InBatch, ["hard_neg"] = HardNegative,
    };

    /// <summary>The views as one table over the overall view's questions: the overall metrics, then <c>mrr_in_batch</c>, and
    /// <c>mrr_hard_neg</c> and <c>hard_neg_accuracy</c> (the hard-negative view's mrr and accuracy@1) — the keys
    /// <see cref="Training.HeldOutEvaluator"/> reports. The hard-negative columns are there only when every question has a
    /// hard negative (that view then covers the same questions); otherwise their per-question values would be undefined.</summary>
    public EvaluationResult Flatten()
    {
        var metrics = Overall.Metrics.ToList();
        metrics.Add(new MetricScores("mrr_in_batch", InBatch["mrr"].PerQuery));
        if (HardNegative.QueryIds.SequenceEqual(Overall.QueryIds, StringComparer.Ordinal))
        {
            metrics.Add(new MetricScores("mrr_hard_neg", HardNegative["mrr"].PerQuery));
            metrics.Add(new MetricScores("hard_neg_accuracy", HardNegative["accuracy@1"].PerQuery));
        }
        return new EvaluationResult(Overall.QueryIds, Overall.ExcludedQueries, metrics);
    }
}

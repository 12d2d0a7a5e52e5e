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
}

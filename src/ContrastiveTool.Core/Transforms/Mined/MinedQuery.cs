namespace ContrastiveTool.Core.Transforms.Mined;

/// <summary>One row of a <c>mine</c> output: <c>{"query_id", "positive_id", "positive_score"?, "negatives": [{"id", "tier", "score"}]}</c>.</summary>
/// <param name="QueryId">The question id.</param>
/// <param name="PositiveId">The answer id mined against.</param>
/// <param name="PositiveScore">s(a, p) when the miner wrote it; difficulty needs it (or the trainer computes it).</param>
/// <param name="Negatives">In the miner's order.</param>
public sealed record MinedQuery(string QueryId, string PositiveId, double? PositiveScore, IReadOnlyList<MinedNegative> Negatives)
{
    /// <summary>This row with every negative's difficulty set from s(a, p) = <paramref name="positiveScore"/>.</summary>
    public MinedQuery WithPositiveScore(double positiveScore) => this with
    {
        PositiveScore = positiveScore,
        Negatives = Negatives.Select(n => n with { Difficulty = n.Score - positiveScore + 1 }).ToList(),
    };
}

namespace ContrastiveTool.Core.Mining;

/// <summary>What a user reads after mining: score percentiles of positives and negatives (overall and per tier),
/// negatives per tier, skipped candidates by reason, events (fallbacks, padding), rows short of n, and the checks.</summary>
public sealed record MiningSummary(
    int Pairs, int Negatives, ScorePercentiles Positive, ScorePercentiles Negative,
    IReadOnlyDictionary<int, ScorePercentiles> ByTier, IReadOnlyDictionary<string, long> Skips,
    IReadOnlyDictionary<string, long> Events, long ShortRows, long Missing,
    IReadOnlyList<(string Check, bool Passed, string Detail)> Checks)
{
    public static MiningSummary Of(MiningResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var byTier = Enumerable.Range(0, 5)
            .Select(t => (t, scores: result.Tiers.Select((tier, i) => (tier, i)).Where(x => x.tier == t).Select(x => result.Scores[x.i]).ToList()))
            .Where(x => x.scores.Count > 0)
            .ToDictionary(x => x.t, x => ScorePercentiles.Of(x.scores));
        return new MiningSummary(result.Pairs, result.Width, ScorePercentiles.Of(result.PositiveScores), ScorePercentiles.Of(result.Scores),
                                 byTier, result.Counters.Skips, result.Counters.Events, result.Validation.ShortRows,
                                 result.Validation.Missing, result.Validation.Lines());
    }
}

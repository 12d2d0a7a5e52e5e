namespace ContrastiveTool.Core.Mining;

/// <summary>What a mining run produced: n negatives per pair (corpus indices, −1 where short), their tiers and scores.</summary>
/// <param name="Negatives">(pairs × n) row-major corpus indices, −1 where a row came up short.</param>
/// <param name="Tiers">(pairs × n) tier labels 0–4, −1 where short.</param>
/// <param name="Scores">(pairs × n) s(a, n) = cosine of query and negative, NaN where short.</param>
/// <param name="PositiveScores">(pairs) s(a, p).</param>
/// <param name="Width">n, negatives asked per pair.</param>
/// <param name="Counters">Skipped candidates by reason and named events.</param>
/// <param name="Validation">The checks run on the output.</param>
public sealed record MiningResult(long[] Negatives, long[] Tiers, float[] Scores, float[] PositiveScores, int Width,
                                  MiningCounters Counters, MiningValidation Validation)
{
    /// <summary>The number of pairs.</summary>
    public int Pairs => PositiveScores.Length;
}

namespace ContrastiveTool.Core.Data.RankedQa;

/// <summary>A question with its answers ranked by score, best first (ties keep file order).</summary>
/// <remarks>Rank 0 is the positive; the lower-ranked answers are the question's hard negatives.</remarks>
public sealed record RankedQaItem(QaQuestion Question, IReadOnlyList<QaAnswer> Answers, long Line)
{
    /// <summary>The best-scored answer.</summary>
    public QaAnswer Positive => Answers[0];

    /// <summary>Every answer but the best, in rank order.</summary>
    public IEnumerable<QaAnswer> HardNegatives => Answers.Skip(1);
}

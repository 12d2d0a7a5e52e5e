using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms;

/// <summary><c>hard_negative</c>: each question with all its answers, ranked; the lower-ranked ones are its hard negatives.</summary>
/// <remarks>Items with fewer than two answers are skipped (nothing to contrast within the question). One row per answer,
/// sharing the question id, with rank and score: the loss sees which rows are the same question's worse answers.
/// Produces: grouped pairs. Pairs with: hard_neg_infonce, relaxed_hard_neg, rank_infonce, flex_infonce.</remarks>
public sealed class HardNegativeTransform : IBatchTransform
{
    /// <inheritdoc/>
    public string Name => "hard_negative";

    /// <inheritdoc/>
    public BatchKind Produces => BatchKind.GroupedPairs;

    /// <inheritdoc/>
    public TextBatch Apply(IReadOnlyList<RankedQaItem> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        var pairs = items.Where(i => i.Answers.Count > 1).SelectMany(i => i.Answers.Select(a => i.Pair(a))).ToList();
        return TextBatch.OfPairs(Produces, pairs);
    }
}

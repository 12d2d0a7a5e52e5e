using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms;

/// <summary><c>infonce</c>: each question with one answer; the batch's other answers are its negatives.</summary>
/// <remarks>Per item: the top answer (<c>take_top=true</c>, default), or one of its answers drawn uniformly
/// (<c>take_top=false</c>; an item with one answer keeps it). Rows carry the answer's rank and score.
/// Produces: in-batch pairs. Pairs with: infonce, mnr, flex_infonce, relaxed_hard_neg, gist.</remarks>
public sealed class InfoNceTransform(bool takeTop = true) : IBatchTransform
{
    /// <inheritdoc/>
    public string Name => "infonce";

    /// <inheritdoc/>
    public BatchKind Produces => BatchKind.InBatchPairs;

    /// <inheritdoc/>
    public TextBatch Apply(IReadOnlyList<RankedQaItem> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(random);
        var pairs = items.Where(i => i.Answers.Count > 0)
            .Select(i => i.Pair(takeTop || i.Answers.Count == 1 ? i.Positive : i.Answers[random.Next(i.Answers.Count)]))
            .ToList();
        return TextBatch.OfPairs(Produces, pairs);
    }
}

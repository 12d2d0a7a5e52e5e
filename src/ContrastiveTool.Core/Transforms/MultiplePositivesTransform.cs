using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms;

/// <summary><c>multiple_positives</c>: each question once per each of its top <c>pos_count</c> answers.</summary>
/// <remarks>Rows of one question share its id and carry their answer's rank (0, 1, ...) and vote score, so a
/// rank- or score-weighted loss can learn relative quality. Default pos_count = 3. Produces: grouped pairs.
/// Pairs with: rank_infonce (use_ranks / use_scores), flex_infonce, hard_neg_infonce, infonce, mnr.</remarks>
public sealed class MultiplePositivesTransform : IBatchTransform
{
    private readonly int _positives;

    public MultiplePositivesTransform(int posCount = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(posCount, 1);
        _positives = posCount;
    }

    /// <inheritdoc/>
    public string Name => "multiple_positives";

    /// <inheritdoc/>
    public BatchKind Produces => BatchKind.GroupedPairs;

    /// <inheritdoc/>
    public TextBatch Apply(IReadOnlyList<RankedQaItem> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        var pairs = items.SelectMany(i => i.Answers.Take(_positives).Select(a => i.Pair(a))).ToList();
        return TextBatch.OfPairs(Produces, pairs);
    }
}

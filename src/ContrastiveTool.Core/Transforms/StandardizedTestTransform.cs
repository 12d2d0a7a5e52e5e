using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms;

/// <summary><c>standardized_test</c> (evaluation only): each question's top answer as its one positive, up to
/// <c>hardNegatives</c> (5) of its lower-ranked answers as hard negatives; the other rows' positives are its normal negatives.</summary>
/// <remarks>This is the selection <see cref="Evaluation.Standardized.StandardizedTestBuilder"/> embeds, so training-time and
/// <c>eval</c> use one definition. Normal negatives are not repeated per row: row j's positive is row i's normal negative for
/// every j ≠ i. Unlike the seed, questions with a single answer are kept (they count in the overall and in-batch views).
/// Produces: <see cref="BatchKind.None"/> — no loss trains on it.</remarks>
public sealed class StandardizedTestTransform : IBatchTransform
{
    /// <summary>The seed's number of hard negatives per question.</summary>
    public const int SeedHardNegatives = 5;

    private readonly int _hardNegatives;

    public StandardizedTestTransform(int hardNegatives = SeedHardNegatives)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hardNegatives);
        _hardNegatives = hardNegatives;
    }

    /// <inheritdoc/>
    public string Name => "standardized_test";

    /// <inheritdoc/>
    public BatchKind Produces => BatchKind.None;

    /// <inheritdoc/>
    public TextBatch Apply(IReadOnlyList<RankedQaItem> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        var pairs = items.Where(i => i.Answers.Count > 0)
            .Select(i => i.Pair(i.Positive, i.HardNegatives.Take(_hardNegatives).Select(a => a.Candidate()).ToList()))
            .ToList();
        return TextBatch.OfPairs(Produces, pairs);
    }
}

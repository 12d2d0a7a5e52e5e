using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms;

/// <summary>A training batch as text: what a transform builds and the trainer encodes into a <see cref="LossBatch"/>.</summary>
/// <param name="Kind">The batch kind (a single flag; <see cref="BatchKind.None"/> for evaluation-only batches).</param>
/// <param name="Pairs">Pair-shaped rows (in-batch, grouped, triplet, explicit negatives); empty for lists.</param>
/// <param name="Lists">Listwise rows; empty for pairs.</param>
public sealed record TextBatch(BatchKind Kind, IReadOnlyList<TrainingPair> Pairs, IReadOnlyList<AnswerList> Lists)
{
    /// <summary>A pair-shaped batch.</summary>
    public static TextBatch OfPairs(BatchKind kind, IReadOnlyList<TrainingPair> pairs) => new(kind, pairs, []);

    /// <summary>A listwise batch.</summary>
    public static TextBatch OfLists(IReadOnlyList<AnswerList> lists) => new(BatchKind.ScoredLists, [], lists);

    /// <summary>Rows: pairs or lists.</summary>
    public int Count => Pairs.Count + Lists.Count;

    /// <summary>Documents the batch shows the model: each distinct question once, plus every answer and negative (the seed's
    /// <c>docs seen</c> count).</summary>
    public int Documents =>
        Pairs.Select(p => p.QuestionId).Distinct(StringComparer.Ordinal).Count() + Pairs.Sum(p => 1 + p.Negatives.Count)
        + Lists.Sum(l => 1 + l.Answers.Count);
}

using ContrastiveTool.Core.Data.RankedQa;

namespace ContrastiveTool.Core.Transforms;

/// <summary>Turns an item's answers into <see cref="TextCandidate"/>s (the transforms' shared vocabulary).</summary>
internal static class AnswerText
{
    public static TextCandidate Candidate(this QaAnswer answer) => new(answer.Id, answer.Body, answer.Score, answer.Rank);

    public static TrainingPair Pair(this RankedQaItem item, QaAnswer positive, IReadOnlyList<TextCandidate>? negatives = null) =>
        new(item.Question.Id, item.Question.Text, positive.Candidate(), negatives ?? []);
}

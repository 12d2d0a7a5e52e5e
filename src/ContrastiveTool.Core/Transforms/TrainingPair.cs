namespace ContrastiveTool.Core.Transforms;

/// <summary>One row of a pair-shaped batch: a query, its positive answer and any explicit negatives.</summary>
/// <param name="QuestionId">The question; rows sharing it are positives of each other (grouped pairs).</param>
/// <param name="Query">The question's text.</param>
/// <param name="Positive">The answer this row treats as positive, with its rank and score.</param>
/// <param name="Negatives">Explicit negatives (empty for in-batch batches).</param>
public sealed record TrainingPair(string QuestionId, string Query, TextCandidate Positive, IReadOnlyList<TextCandidate> Negatives)
{
    /// <summary>A row without explicit negatives.</summary>
    public TrainingPair(string questionId, string query, TextCandidate positive) : this(questionId, query, positive, []) { }
}

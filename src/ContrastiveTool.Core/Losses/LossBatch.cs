using static TorchSharp.torch;

namespace ContrastiveTool.Core.Losses;

/// <summary>Embeddings and side information for one loss computation; a loss uses the parts its batch kind has.</summary>
/// <remarks>Embeddings arrive L2-normalised unless a loss says otherwise. Shapes: B rows, d dimensions,
/// K explicit negatives per row, Q questions with up to M answers each.</remarks>
public sealed record LossBatch
{
    /// <summary>Queries or anchors (B,d).</summary>
    public Tensor? Queries { get; init; }

    /// <summary>Positives, row-aligned with <see cref="Queries"/> (B,d).</summary>
    public Tensor? Answers { get; init; }

    /// <summary>Explicit negatives (B,K,d).</summary>
    public Tensor? Negatives { get; init; }

    /// <summary>Question id of each row (B) int64; rows sharing an id are positives of each other.</summary>
    public Tensor? QuestionIds { get; init; }

    /// <summary>Rank of each row's answer within its question (B) int64; 0 is the best.</summary>
    public Tensor? Ranks { get; init; }

    /// <summary>Vote score of each row's answer (B) float.</summary>
    public Tensor? Scores { get; init; }

    /// <summary>Per-row label (B) float: a similarity in [0, 1], 1/0 for similar/dissimilar, or a class index.</summary>
    public Tensor? Labels { get; init; }

    /// <summary>List queries (Q,d) for listwise losses.</summary>
    public Tensor? ListQueries { get; init; }

    /// <summary>List answers (Q,M,d).</summary>
    public Tensor? ListAnswers { get; init; }

    /// <summary>List answer scores (Q,M).</summary>
    public Tensor? ListScores { get; init; }

    /// <summary>1 where a list slot holds an answer, 0 for padding (Q,M).</summary>
    public Tensor? ListMask { get; init; }

    /// <summary>A guide model's embeddings of the queries (B,g), for false-negative filtering.</summary>
    public Tensor? GuideQueries { get; init; }

    /// <summary>A guide model's embeddings of the answers (B,g).</summary>
    public Tensor? GuideAnswers { get; init; }

    /// <summary>A guide model's embeddings of the negatives (B,K,g).</summary>
    public Tensor? GuideNegatives { get; init; }

    /// <summary>Teacher embeddings of the texts in <see cref="Queries"/> (B,d), for distillation.</summary>
    public Tensor? Teacher { get; init; }

    /// <summary>Every input that is present, by the name used in messages and fixtures.</summary>
    public IEnumerable<(string Name, Tensor Tensor)> Present()
    {
        (string, Tensor?)[] all =
        [
            ("queries", Queries), ("answers", Answers), ("negatives", Negatives), ("question_ids", QuestionIds),
            ("ranks", Ranks), ("scores", Scores), ("labels", Labels), ("list_queries", ListQueries),
            ("list_answers", ListAnswers), ("list_scores", ListScores), ("list_mask", ListMask),
            ("guide_queries", GuideQueries), ("guide_answers", GuideAnswers), ("guide_negatives", GuideNegatives),
            ("teacher", Teacher),
        ];
        foreach (var (name, tensor) in all)
            if (tensor is not null)
                yield return (name, tensor);
    }

    /// <summary>Rows in the batch (B), from the queries.</summary>
    public long Size => Queries?.shape[0] ?? ListQueries?.shape[0] ?? 0;
}

namespace ContrastiveTool.Core.Losses;

/// <summary>The shapes of training batch a transform produces and a loss accepts.</summary>
/// <remarks>The trainer refuses a loss/transform pair whose kinds don't meet, listing the compatible
/// transforms.</remarks>
[Flags]
public enum BatchKind
{
    None = 0,

    /// <summary>Queries (B,d) and answers (B,d); row i's answer is the positive, the others are negatives.</summary>
    InBatchPairs = 1,

    /// <summary>Pairs with question ids (B), answer ranks (B) and scores (B): several rows may share a question.</summary>
    GroupedPairs = 2,

    /// <summary>Pairs plus explicit negatives (B,K,d).</summary>
    ExplicitNegatives = 4,

    /// <summary>Anchor, positive and one negative per row: explicit negatives with K = 1.</summary>
    Triplets = 8,

    /// <summary>Per question a list of answers (Q,M,d) with scores (Q,M) and a validity mask (Q,M).</summary>
    ScoredLists = 16,

    /// <summary>Pairs with a similarity label in [0, 1] (B), or a class label (0, 1, 2) for classification.</summary>
    LabelledPairs = 32,

    /// <summary>Student embeddings (B,d) with teacher embeddings (B,d) of the same texts.</summary>
    TeacherEmbeddings = 64,
}

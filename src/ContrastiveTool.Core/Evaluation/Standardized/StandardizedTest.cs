using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Standardized;

/// <summary>The seed project's standardized test set as embeddings: each question, its top answer (the positive), and
/// up to H of its lower-ranked answers (hard negatives); the other questions' positives are its normal negatives.</summary>
/// <param name="QuestionIds">(Q) question ids.</param>
/// <param name="Questions">(Q, d) question embeddings.</param>
/// <param name="Positives">(Q, d) each question's top answer.</param>
/// <param name="HardNegatives">(Q, H, d) lower-ranked answers of the same question (H = 5 in the seed).</param>
/// <param name="HardNegativeMask">(Q, H) bool: which hard-negative slots are real.</param>
public sealed record StandardizedTest(
    IReadOnlyList<string> QuestionIds, Tensor Questions, Tensor Positives, Tensor HardNegatives, Tensor HardNegativeMask);

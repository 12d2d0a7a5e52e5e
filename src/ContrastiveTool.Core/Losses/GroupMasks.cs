using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Losses;

/// <summary>Question groups as masks: the tensor form of "rows that answer the same question".</summary>
internal static class GroupMasks
{
    /// <summary>(B,B) bool: true where rows i and j share a question id (the diagonal included).</summary>
    public static Tensor SameQuestion(Tensor questionIds) =>
        questionIds.unsqueeze(1).eq(questionIds.unsqueeze(0));                               // (B,B)

    /// <summary>(B,B) bool identity.</summary>
    public static Tensor Diagonal(long rows) => torch.eye(rows, dtype: ScalarType.Bool);    // (B,B)

    /// <summary>Per-row minimum and maximum of <paramref name="values"/> over the row's group (B each).</summary>
    public static (Tensor Min, Tensor Max) GroupRange(Tensor values, Tensor sameQuestion)
    {
        var spread = values.unsqueeze(0).expand(values.shape[0], values.shape[0]);          // (B,B): row i sees all values
        var min = spread.masked_fill(sameQuestion.logical_not(), double.PositiveInfinity).amin(1);   // (B)
        var max = spread.masked_fill(sameQuestion.logical_not(), double.NegativeInfinity).amax(1);   // (B)
        return (min, max);
    }
}

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

    /// <summary>Each value min-max normalised over its group (B): <c>(v − min) / (max − min)</c> of the group,
    /// <paramref name="whenConstant"/> where all the group's values are equal.</summary>
    public static Tensor MinMaxWithinGroup(Tensor values, Tensor sameQuestion, double whenConstant)
    {
        var spread = values.unsqueeze(0).expand(values.shape[0], values.shape[0]);          // (B,B): row i sees all values
        return MinMaxOverRows(values, spread, sameQuestion, whenConstant, keepdim: false);   // (B)
    }

    /// <summary>Each entry of <paramref name="values"/> (R,C) min-max normalised over the valid entries of its row,
    /// <paramref name="whenConstant"/> where the row's valid values are all equal.</summary>
    public static Tensor MinMaxWithinRows(Tensor values, Tensor valid, double whenConstant) =>
        MinMaxOverRows(values, values, valid, whenConstant, keepdim: true);                  // (R,C)

    // min and max of `spread` over `mask` per row, applied to `values`.
    private static Tensor MinMaxOverRows(Tensor values, Tensor spread, Tensor mask, double whenConstant, bool keepdim)
    {
        var min = spread.masked_fill(mask.logical_not(), double.PositiveInfinity).amin([1L], keepdim);
        var max = spread.masked_fill(mask.logical_not(), double.NegativeInfinity).amax([1L], keepdim);
        var range = max - min;
        return torch.where(range.gt(0), (values - min) / range.clamp_min(1e-12), torch.full_like(values, whenConstant));
    }
}

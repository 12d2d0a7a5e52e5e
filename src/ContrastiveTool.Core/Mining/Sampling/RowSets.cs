using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Sampling;

/// <summary>Row-wise set operations on padded index tensors (−1 = empty slot), batched as broadcast comparisons.</summary>
public static class RowSets
{
    /// <summary>For each candidate, the largest reason code of a blocked entry equal to it, else 0: (b, M) int64.</summary>
    /// <param name="candidates">(b, M) item indices, −1 for none.</param>
    /// <param name="blocked">(b, F) item indices, −1 padded.</param>
    /// <param name="reasons">(b, F) the <see cref="SkipReason"/> code of each blocked entry.</param>
    public static Tensor Reasons(Tensor candidates, Tensor blocked, Tensor reasons)
    {
        if (blocked.shape[1] == 0)
            return zeros_like(candidates);
        var equal = candidates.unsqueeze(2).eq(blocked.unsqueeze(1)) & blocked.ge(0).unsqueeze(1);  // (b, M, F)
        return where(equal, reasons.unsqueeze(1), zeros_like(reasons).unsqueeze(1)).amax([2]);       // (b, M)
    }

    /// <summary>True where the candidate equals an earlier candidate of its row: (b, M) bool.</summary>
    public static Tensor RepeatsEarlier(Tensor candidates)
    {
        long m = candidates.shape[1];
        var earlier = ones(m, m, dtype: ScalarType.Bool).tril(-1);                              // (M, M): [j, i] = i < j
        return (candidates.unsqueeze(2).eq(candidates.unsqueeze(1)) & earlier).any(2);         // (b, M)
    }

    /// <summary>Adds reason <see cref="SkipReason.Duplicate"/> where a candidate repeats an earlier one that has no reason.</summary>
    public static Tensor WithDuplicates(Tensor candidates, Tensor reasons)
    {
        var marked = where(reasons.eq(0), candidates, full_like(candidates, -2));              // skipped ones never count as "earlier"
        var repeated = RepeatsEarlier(marked) & reasons.eq(0) & candidates.ge(0);
        return where(repeated, full_like(reasons, (long)SkipReason.Duplicate), reasons);       // (b, M)
    }

    /// <summary>Concatenates blocked sets with their reasons, one reason per added set.</summary>
    public static (Tensor Blocked, Tensor Reasons) Block(Tensor blocked, Tensor reasons, Tensor more, SkipReason reason) =>
        (cat([blocked, more], 1), cat([reasons, full_like(more, (long)reason)], 1));
}

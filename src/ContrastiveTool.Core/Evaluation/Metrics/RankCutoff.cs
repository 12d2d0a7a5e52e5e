using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>The pieces metrics share: the top k columns, binary relevance, 1-based positions, log discounts.</summary>
internal static class RankCutoff
{
    /// <summary>The first min(k, K) columns of a (Q, K) tensor.</summary>
    public static Tensor Top(Tensor ranked, int k) =>
        ranked.narrow(1, 0, Math.Min(k, ranked.shape[1]));                                    // (Q, k)

    /// <summary>1 where the grade is relevant (≥ 1), else 0.</summary>
    public static Tensor Relevant(Tensor grades) =>
        grades.ge(RankedRelevance.RelevantGrade).to_type(ScalarType.Float64);                 // (Q, k)

    /// <summary>1-based ranks 1..n as a row.</summary>
    public static Tensor Positions(long n) =>
        arange(1, n + 1, ScalarType.Float64).unsqueeze(0);                                    // (1, n)

    /// <summary>1 / log2(i + 1) for ranks i = 1..n.</summary>
    public static Tensor Discounts(long n) =>
        Positions(n).add(1).log2().reciprocal();                                              // (1, n)

    /// <summary>DCG of (Q, k) gains: Σ_i gain_i / log2(i + 1).</summary>
    public static Tensor Dcg(Tensor gains) =>
        (gains * Discounts(gains.shape[1])).sum(1);                                           // (Q)

    /// <summary>Σ_i P@i · rel_i for (Q, k) binary relevance, P@i = Σ_{j ≤ i} rel_j / i.</summary>
    public static Tensor PrecisionSum(Tensor relevant) =>
        (relevant.cumsum(1) / Positions(relevant.shape[1]) * relevant).sum(1);                // (Q)

    /// <summary>numerator / denominator, 0 where the denominator is 0.</summary>
    public static Tensor SafeDivide(Tensor numerator, Tensor denominator) =>
        where(denominator.gt(0), numerator / denominator.clamp_min(1e-300), zeros_like(numerator));
}

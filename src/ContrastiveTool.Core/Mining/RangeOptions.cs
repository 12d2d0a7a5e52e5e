namespace ContrastiveTool.Core.Mining;

/// <summary>The knobs of <c>range</c> mining (sentence-transformers' <c>mine_hard_negatives</c>), each with what it does.</summary>
/// <param name="RangeMin">Skip the first RangeMin non-positive candidates by rank (the likeliest false negatives). Default 0.</param>
/// <param name="RangeMax">Consider only candidates ranked below RangeMax (among non-positives). Default 100.</param>
/// <param name="MaxScore">Skip candidates scoring above it (near-duplicates of the query). Default none.</param>
/// <param name="MinScore">Skip candidates scoring below it (too easy to teach anything). Default none.</param>
/// <param name="Margin">Skip unless s(a,n) ≤ s(a,p) − Margin: a negative must be clearly below the positive. Default none.</param>
/// <param name="RelativeMargin">Skip unless s(a,n) ≤ s(a,p)·(1 − RelativeMargin); 0.05 keeps negatives at ≤ 95 % of the
/// positive's score (NV-Retriever's guard). Default none.</param>
/// <param name="Sampling"><c>top</c>: the best-ranked survivors; <c>random</c>: a seeded sample of the survivors in the window.</param>
public sealed record RangeOptions(int RangeMin = 0, int RangeMax = 100, double? MaxScore = null, double? MinScore = null,
                                  double? Margin = null, double? RelativeMargin = null, string Sampling = "top")
{
    /// <summary>The sampling names.</summary>
    public static IReadOnlyList<string> SamplingNames { get; } = ["top", "random"];
}

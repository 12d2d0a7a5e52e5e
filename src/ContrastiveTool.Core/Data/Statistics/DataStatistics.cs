namespace ContrastiveTool.Core.Data.Statistics;

/// <summary>What <c>data stats</c> reports about a file of any format other than ranked QA: named counts and shares,
/// then named distributions, each in the order the format lists them.</summary>
/// <param name="Counts">Counts and shares (a share is a fraction in [0, 1], flagged so it is shown as a percentage).</param>
/// <param name="Distributions">Per-row numbers summarised.</param>
public sealed record DataStatistics(IReadOnlyList<DataStatistics.Count> Counts, IReadOnlyList<DataStatistics.NamedDistribution> Distributions)
{
    /// <summary>One count or share.</summary>
    public sealed record Count(string Name, double Value, bool IsShare = false);

    /// <summary>One distribution.</summary>
    public sealed record NamedDistribution(string Name, Distribution Distribution);
}

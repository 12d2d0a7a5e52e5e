namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Two systems compared query by query: the paired randomisation p-value of each metric both have per query.</summary>
/// <param name="First">The first system's name.</param>
/// <param name="Second">The second system's name.</param>
/// <param name="CommonQueries">How many queries both systems were evaluated on (the test pairs only these; the largest
/// count over the metrics when their queries differ).</param>
/// <param name="PValues">One p-value per shared metric, in report column order; empty when a side has no per-query values.</param>
public sealed record PairedComparison(string First, string Second, int CommonQueries, IReadOnlyList<PairedComparison.MetricPValue> PValues)
{
    /// <summary>The two-sided p-value of the difference in <paramref name="Label"/> between the two systems.</summary>
    public sealed record MetricPValue(string Label, double PValue);

    /// <summary>Whether the test could run: both systems had per-query values and at least one query in common.</summary>
    public bool Tested => PValues.Count > 0;

    /// <summary>The p-value of metric <paramref name="label"/>, or null when it was not tested.</summary>
    public double? PValueOf(string label) => PValues.FirstOrDefault(p => p.Label == label)?.PValue;
}

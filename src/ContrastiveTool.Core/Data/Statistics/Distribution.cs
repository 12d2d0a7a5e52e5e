namespace ContrastiveTool.Core.Data.Statistics;

/// <summary>Summary of a list of numbers: count, min, median, mean, max.</summary>
/// <remarks>The median of an even count is the mean of the two middle values. An empty list gives
/// zeros with <see cref="Count"/> 0.</remarks>
public sealed record Distribution(long Count, double Min, double Median, double Mean, double Max)
{
    public static Distribution Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Summarises <paramref name="values"/> (sorted in place).</summary>
    public static Distribution Of(List<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            return Empty;
        values.Sort();
        int n = values.Count;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return new Distribution(n, values[0], median, values.Average(), values[^1]);
    }
}

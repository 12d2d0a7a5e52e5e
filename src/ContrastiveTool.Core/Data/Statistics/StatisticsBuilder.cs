namespace ContrastiveTool.Core.Data.Statistics;

/// <summary>Collects the counts and distributions of a <see cref="DataStatistics"/>, in the order they are added.</summary>
public sealed class StatisticsBuilder
{
    private readonly List<DataStatistics.Count> _counts = [];
    private readonly List<DataStatistics.NamedDistribution> _distributions = [];

    public StatisticsBuilder Count(string name, double value)
    {
        _counts.Add(new DataStatistics.Count(name, value));
        return this;
    }

    /// <summary>A share part / whole (0 when the whole is 0).</summary>
    public StatisticsBuilder Share(string name, double part, double whole)
    {
        _counts.Add(new DataStatistics.Count(name, whole == 0 ? 0 : part / whole, IsShare: true));
        return this;
    }

    public StatisticsBuilder Distribution(string name, List<double> values)
    {
        _distributions.Add(new DataStatistics.NamedDistribution(name, Statistics.Distribution.Of(values)));
        return this;
    }

    public DataStatistics Build() => new(_counts, _distributions);
}

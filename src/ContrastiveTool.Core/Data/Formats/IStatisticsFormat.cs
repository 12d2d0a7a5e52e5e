using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Statistics;

namespace ContrastiveTool.Core.Data.Formats;

/// <summary>A data format <c>data stats</c> can describe with <see cref="DataStatistics"/>.</summary>
public interface IStatisticsFormat : IDataFormat
{
    /// <summary>Reads every row of <paramref name="path"/> (rejects into <paramref name="report"/>) and describes the good ones.</summary>
    DataStatistics Describe(string path, ReadReport report, CancellationToken cancellationToken);
}

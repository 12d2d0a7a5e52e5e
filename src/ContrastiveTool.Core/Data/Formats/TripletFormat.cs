using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Statistics;
using ContrastiveTool.Core.Data.Triplets;

namespace ContrastiveTool.Core.Data.Formats;

/// <summary>Triplets in any of their shapes (single, list, sentence-transformers columns, FlagEmbedding).</summary>
public sealed class TripletFormat : IStatisticsFormat
{
    /// <inheritdoc/>
    public string Name => "triplet";

    /// <inheritdoc/>
    public string Description => "triplets: {anchor, positive, negative | negatives[] | negative_1..n} or {query, pos[], neg[]}";

    /// <inheritdoc/>
    public void Validate(string path, ReadReport report, CancellationToken cancellationToken)
    {
        foreach (var _ in new TripletReader().Read(path, report, cancellationToken)) { }
    }

    /// <inheritdoc/>
    public DataStatistics Describe(string path, ReadReport report, CancellationToken cancellationToken)
    {
        var collector = new TripletStatisticsCollector();
        foreach (var record in new TripletReader().Read(path, report, cancellationToken))
            collector.Add(record);
        return collector.Build();
    }
}

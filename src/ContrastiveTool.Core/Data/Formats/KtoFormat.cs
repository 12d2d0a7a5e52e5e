using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Statistics;

namespace ContrastiveTool.Core.Data.Formats;

/// <summary>KTO binary feedback in any of its four forms, detected per row, read with the default <see cref="KtoOptions"/>.</summary>
public sealed class KtoFormat : IStatisticsFormat
{
    /// <inheritdoc/>
    public string Name => "kto";

    /// <inheritdoc/>
    public string Description => "KTO: binary {prompt, response|completion, label}, pairwise {prompt, chosen, rejected}, ranking {prompt, responses, rankings}, conversation {messages}";

    /// <inheritdoc/>
    public void Validate(string path, ReadReport report, CancellationToken cancellationToken)
    {
        foreach (var _ in new KtoReader().Read(path, report, cancellationToken)) { }
    }

    /// <inheritdoc/>
    public DataStatistics Describe(string path, ReadReport report, CancellationToken cancellationToken)
    {
        var collector = new KtoStatisticsCollector();
        foreach (var record in new KtoReader().Read(path, report, cancellationToken))
            collector.Add(record);
        return collector.Build();
    }
}

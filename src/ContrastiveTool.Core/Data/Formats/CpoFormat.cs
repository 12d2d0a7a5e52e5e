using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Statistics;

namespace ContrastiveTool.Core.Data.Formats;

/// <summary>CPO multi-negative preference rows, checked with the default <see cref="CpoOptions"/>.</summary>
public sealed class CpoFormat : IStatisticsFormat
{
    /// <inheritdoc/>
    public string Name => "cpo";

    /// <inheritdoc/>
    public string Description => "CPO: {prompt, chosen, negatives | rejected | rejected_responses | bad_responses | negative_responses | alternatives}";

    /// <inheritdoc/>
    public void Validate(string path, ReadReport report, CancellationToken cancellationToken)
    {
        foreach (var _ in new CpoReader().Read(path, report, cancellationToken)) { }
    }

    /// <inheritdoc/>
    public DataStatistics Describe(string path, ReadReport report, CancellationToken cancellationToken)
    {
        var collector = new CpoStatisticsCollector();
        foreach (var row in new CpoReader().Read(path, report, cancellationToken))
            collector.Add(row);
        return collector.Build();
    }
}

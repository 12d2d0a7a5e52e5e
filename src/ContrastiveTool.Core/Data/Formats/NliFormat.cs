using ContrastiveTool.Core.Data.Nli;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Statistics;

namespace ContrastiveTool.Core.Data.Formats;

/// <summary>NLI pairs {premise, hypothesis, label}; <c>data convert --from nli</c> turns them into triplets per premise.</summary>
public sealed class NliFormat : IStatisticsFormat
{
    /// <inheritdoc/>
    public string Name => "nli";

    /// <inheritdoc/>
    public string Description => "NLI pairs: {premise, hypothesis, label: 0|1|2 or entailment|neutral|contradiction}";

    /// <inheritdoc/>
    public void Validate(string path, ReadReport report, CancellationToken cancellationToken)
    {
        foreach (var _ in new NliReader().Read(path, report, cancellationToken)) { }
    }

    /// <inheritdoc/>
    public DataStatistics Describe(string path, ReadReport report, CancellationToken cancellationToken)
    {
        var builder = new NliTripletBuilder();
        var labels = new long[3];
        foreach (var row in new NliReader().Read(path, report, cancellationToken))
        {
            labels[(int)row.Label]++;
            builder.Add(row);
        }
        long triplets = builder.Triplets().LongCount();
        return new StatisticsBuilder()
            .Count("pairs", labels.Sum())
            .Count("  entailment", labels[0])
            .Count("  neutral", labels[1])
            .Count("  contradiction", labels[2])
            .Count("premises with an entailment or contradiction", builder.Premises)
            .Count("triplets (one per entailment)", triplets)
            .Count("premises without an entailment", builder.PremisesWithoutEntailment)
            .Count("premises without a contradiction", builder.PremisesWithoutContradiction)
            .Build();
    }
}

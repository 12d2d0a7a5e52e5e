using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Several systems side by side: their metric summaries, the metric columns, and paired tests between systems.</summary>
/// <remarks>
/// Columns are the union of the systems' metrics in first-seen order. Every metric here is "higher is better" (MRR,
/// NDCG, MAP, recall, precision, accuracy), so the best of a column is its largest mean. Without a reference every pair of
/// systems is tested; with one (<c>compare</c>'s zero-shot baseline) each other system is tested against it. A pair is
/// tested metric by metric on the queries both systems evaluated (matched by query id). Relations:
/// <see cref="MarkdownReportWriter"/>, <see cref="CsvReportWriter"/> and <see cref="BarChartWriter"/> render it;
/// <see cref="ReportFolderWriter"/> writes all.
/// </remarks>
public sealed record ComparisonReport(IReadOnlyList<SystemMetrics> Systems, IReadOnlyList<string> Metrics, IReadOnlyList<PairedComparison> Comparisons)
{
    /// <summary>The system every other one is tested against, or null when every pair is tested.</summary>
    public string? Reference { get; init; }

    /// <summary>The report's heading; null for "Comparison of N systems".</summary>
    public string? Title { get; init; }

    /// <summary>Paragraphs shown under the heading (e.g. that the report is partial, what was compared).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Builds the report: columns, and the paired tests (seeded, so reproducible).</summary>
    /// <param name="systems">The systems, in row order.</param>
    /// <param name="test">The paired test; 10,000 permutations with seed 42 by default.</param>
    /// <param name="reference">Test every other system against this one only; null tests every pair.</param>
    /// <exception cref="UserInputException">No systems, two systems with the same name, or an unknown reference.</exception>
    public static ComparisonReport Build(IReadOnlyList<SystemMetrics> systems, PairedRandomizationTest? test = null, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(systems);
        if (systems.Count == 0)
            throw new UserInputException("no systems to report: give at least one metrics file");
        var duplicate = systems.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new UserInputException($"two systems are named '{duplicate.Key}': rename a metrics file or give --names");
        test ??= new PairedRandomizationTest();
        var metrics = systems.SelectMany(s => s.Summaries.Select(m => m.Label)).Distinct().ToList();
        var comparisons = new List<PairedComparison>();
        if (reference is not null)
        {
            var against = systems.FirstOrDefault(s => s.Name == reference)
                ?? throw new UserInputException($"reference system '{reference}' is not among the systems: {string.Join(", ", systems.Select(s => s.Name))}");
            comparisons.AddRange(systems.Where(s => s != against).Select(s => Compare(against, s, metrics, test)));
        }
        else
        {
            for (int a = 0; a < systems.Count; a++)
                for (int b = a + 1; b < systems.Count; b++)
                    comparisons.Add(Compare(systems[a], systems[b], metrics, test));
        }
        return new ComparisonReport(systems, metrics, comparisons) { Reference = reference };
    }

    /// <summary>The largest mean of metric <paramref name="label"/> over the systems that have it; null when none has it.</summary>
    public double? Best(string label) => Systems.Select(s => s.Find(label)?.Mean).Max();

    /// <summary>The test of <paramref name="system"/> against <see cref="Reference"/>; null without a reference or for the reference itself.</summary>
    public PairedComparison? AgainstReference(string system) =>
        Reference is null ? null : Comparisons.FirstOrDefault(c => c.First == Reference && c.Second == system);

    private static PairedComparison Compare(SystemMetrics first, SystemMetrics second, IReadOnlyList<string> metrics, PairedRandomizationTest test)
    {
        var pValues = new List<PairedComparison.MetricPValue>();
        int common = 0;
        foreach (string label in metrics)
        {
            if (first.PerQueryOf(label) is not { } a || second.PerQueryOf(label) is not { } b)
                continue;
            var rowOfB = b.QueryIds.Select((id, row) => (id, row)).ToDictionary(p => p.id, p => p.row);
            var pairs = a.QueryIds.Select((id, row) => (row, other: rowOfB.GetValueOrDefault(id, -1))).Where(p => p.other >= 0).ToList();
            if (pairs.Count == 0)
                continue;
            common = Math.Max(common, pairs.Count);
            double p = test.PValue(pairs.Select(p => a.Values[p.row]).ToList(), pairs.Select(p => b.Values[p.other]).ToList());
            pValues.Add(new PairedComparison.MetricPValue(label, p));
        }
        return new PairedComparison(first.Name, second.Name, common, pValues);
    }
}

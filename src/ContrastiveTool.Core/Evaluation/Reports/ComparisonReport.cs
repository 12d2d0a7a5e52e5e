using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Several systems side by side: their metric summaries, the metric columns, and a paired test per pair of systems.</summary>
/// <remarks>
/// Columns are the union of the systems' metrics in first-seen order. Every metric here is "higher is better" (MRR,
/// NDCG, MAP, recall, precision, accuracy), so the best of a column is its largest mean. Pairs are tested on the queries
/// both systems evaluated (matched by query id). Relations: <see cref="MarkdownReportWriter"/>,
/// <see cref="CsvReportWriter"/> and <see cref="BarChartWriter"/> render it; <see cref="ReportFolderWriter"/> writes all.
/// </remarks>
public sealed record ComparisonReport(IReadOnlyList<SystemMetrics> Systems, IReadOnlyList<string> Metrics, IReadOnlyList<PairedComparison> Comparisons)
{
    /// <summary>Builds the report: columns, and the paired test for every pair of systems (seeded, so reproducible).</summary>
    /// <exception cref="UserInputException">No systems, or two systems with the same name.</exception>
    public static ComparisonReport Build(IReadOnlyList<SystemMetrics> systems, PairedRandomizationTest? test = null)
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
        for (int a = 0; a < systems.Count; a++)
            for (int b = a + 1; b < systems.Count; b++)
                comparisons.Add(Compare(systems[a], systems[b], metrics, test));
        return new ComparisonReport(systems, metrics, comparisons);
    }

    /// <summary>The largest mean of metric <paramref name="label"/> over the systems that have it; null when none has it.</summary>
    public double? Best(string label) => Systems.Select(s => s.Find(label)?.Mean).Max();

    private static PairedComparison Compare(SystemMetrics first, SystemMetrics second, IReadOnlyList<string> metrics, PairedRandomizationTest test)
    {
        if (first.PerQuery is not { } a || second.PerQuery is not { } b)
            return new PairedComparison(first.Name, second.Name, 0, []);
        var rowOfB = b.QueryIds.Select((id, row) => (id, row)).ToDictionary(p => p.id, p => p.row);
        var pairs = a.QueryIds.Select((id, row) => (row, other: rowOfB.GetValueOrDefault(id, -1))).Where(p => p.other >= 0).ToList();
        if (pairs.Count == 0)
            return new PairedComparison(first.Name, second.Name, 0, []);
        var pValues = new List<PairedComparison.MetricPValue>();
        foreach (string label in metrics)
        {
            var left = a.Metrics.FirstOrDefault(m => m.Label == label);
            var right = b.Metrics.FirstOrDefault(m => m.Label == label);
            if (left is null || right is null)
                continue;
            double p = test.PValue(pairs.Select(p => left.PerQuery[p.row]).ToList(), pairs.Select(p => right.PerQuery[p.other]).ToList());
            pValues.Add(new PairedComparison.MetricPValue(label, p));
        }
        return new PairedComparison(first.Name, second.Name, pairs.Count, pValues);
    }
}

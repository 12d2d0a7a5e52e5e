using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>Turns a comparison's rows into its report: the table (every row, failed ones with their error), the paired
/// tests against the baseline, and the learning curves read back from each run's <c>metrics.jsonl</c>.</summary>
public static class ComparisonReportBuilder
{
    /// <summary>The learning-curve charts: the training loss per step, and the held-out MRR per evaluation.</summary>
    public static IReadOnlyList<(string FileName, string Quantity, string Title, string ValueLabel)> CurveCharts { get; } =
    [
        ("learning-loss.png", "loss", "Training loss per step", "loss"),
        ("learning-eval-mrr.png", "eval.mrr", "Held-out MRR during training", "eval MRR"),
    ];

    /// <param name="outcomes">The rows, baseline first when there is one.</param>
    /// <param name="description">A sentence saying what was compared (model, data, test set), shown under the heading.</param>
    /// <param name="cancelled">Whether the comparison was stopped early: the report then says it is partial.</param>
    /// <param name="test">The paired test against the baseline.</param>
    public static ComparisonReport Build(IReadOnlyList<RunOutcome> outcomes, string description, bool cancelled, PairedRandomizationTest test)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(description);
        var systems = outcomes.Select(o => o.ToSystem()).ToList();
        string? reference = outcomes.Any(o => o.Status == RunStatus.Baseline) ? ComparisonConfig.BaselineName : null;
        var notes = new List<string> { description };
        if (cancelled)
            notes.Insert(0, $"**Partial report**: stopped by Ctrl+C after {outcomes.Count(o => o.Status is RunStatus.Trained or RunStatus.Failed)} of "
                          + $"{outcomes.Count(o => o.Status != RunStatus.Baseline)} runs; rows marked cancelled or not run have no results.");
        int failed = outcomes.Count(o => o.Status == RunStatus.Failed);
        if (failed > 0)
            notes.Add($"{failed} run{(failed == 1 ? "" : "s")} failed; the error is in the status column, the other runs are unaffected.");
        return ComparisonReport.Build(systems, test, reference) with { Title = "Loss comparison", Notes = notes };
    }

    /// <summary>The learning-curve charts of the runs that logged something; a chart no run has points for is left out.</summary>
    public static IReadOnlyList<LearningCurveChart> Curves(IReadOnlyList<RunOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var charts = new List<LearningCurveChart>();
        foreach (var (file, quantity, title, label) in CurveCharts)
        {
            var curves = outcomes.Where(o => o.MetricsLogPath is not null).Select(o => Read(o.MetricsLogPath!, quantity, o.Name))
                .OfType<LearningCurve>().ToList();
            if (curves.Count > 0)
                charts.Add(new LearningCurveChart(file, title, label, curves));
        }
        return charts;
    }

    private static LearningCurve? Read(string path, string quantity, string run)
    {
        try { return MetricsLogReader.Read(path, quantity, run); }
        catch (UserInputException) { return null; }                      // the run logged no such value (no evaluations, no step)
    }
}

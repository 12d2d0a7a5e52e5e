using ContrastiveTool.Core.Evaluation.Reports;

namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>One row of a comparison: how it ended, its metrics on the test set, and what the trainer wrote.</summary>
/// <param name="Name">The run's name (<c>baseline</c> for the zero-shot row).</param>
/// <param name="Status">How it ended.</param>
/// <param name="Detail">What the report shows beside it: the recipe and steps, or the error.</param>
/// <param name="Metrics">Its metrics (with per-query values); null unless <see cref="RunStatus.Baseline"/> or <see cref="RunStatus.Trained"/>.</param>
/// <param name="OutputDir">The run's folder (model, metrics.jsonl, checkpoints); null for the baseline.</param>
/// <param name="Training">The trainer's result, when training finished.</param>
/// <param name="Seconds">Wall time of training and evaluation.</param>
public sealed record RunOutcome(string Name, RunStatus Status, string Detail, SystemMetrics? Metrics = null, string? OutputDir = null,
                                TrainResult? Training = null, double Seconds = 0)
{
    /// <summary>The run's <c>metrics.jsonl</c> when it exists (also for a failed or cancelled run: its curve so far).</summary>
    public string? MetricsLogPath => OutputDir is { } dir && File.Exists(Path.Combine(dir, MetricsLog.FileName))
        ? Path.Combine(dir, MetricsLog.FileName) : null;

    /// <summary>The row a report shows: the metrics with the detail as status, or an empty row for a run without metrics.</summary>
    public SystemMetrics ToSystem() => (Metrics ?? new SystemMetrics(Name, [])) with { Name = Name, Status = Detail };
}

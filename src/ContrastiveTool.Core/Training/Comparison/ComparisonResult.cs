using ContrastiveTool.Core.Evaluation.Reports;

namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>A finished (or cancelled) comparison.</summary>
/// <param name="OutputDir">The output folder (full path).</param>
/// <param name="Outcomes">Every row: the baseline first (when asked for), then the runs in order.</param>
/// <param name="TestQuestions">Questions in the shared test set.</param>
/// <param name="Report">The report written; null when cancelled before any row finished.</param>
/// <param name="Files">The report files written (report.md, report.csv, the charts).</param>
/// <param name="Cancelled">Stopped by Ctrl+C: the report (if any) is partial and says so.</param>
public sealed record ComparisonResult(string OutputDir, IReadOnlyList<RunOutcome> Outcomes, int TestQuestions, ComparisonReport? Report,
                                      IReadOnlyList<string> Files, bool Cancelled);

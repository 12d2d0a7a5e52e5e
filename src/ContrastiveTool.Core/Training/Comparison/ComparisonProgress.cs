namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>Where a comparison is.</summary>
/// <param name="Run">1-based index of the training run; 0 for the baseline and for the phases outside a run.</param>
/// <param name="Runs">How many training runs the comparison has.</param>
/// <param name="Name">The run's name (<c>baseline</c> for the zero-shot row; empty outside a run).</param>
/// <param name="Phase">What it is doing.</param>
/// <param name="Training">The trainer's latest report, in <see cref="ComparisonPhase.Training"/>.</param>
/// <param name="Outcome">How the run ended, in <see cref="ComparisonPhase.Finished"/>.</param>
public sealed record ComparisonProgress(int Run, int Runs, string Name, ComparisonPhase Phase, TrainProgress? Training = null,
                                        RunOutcome? Outcome = null);

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>One run's values of one quantity over training steps (loss, eval MRR, …): a line of a learning-curve chart.</summary>
/// <param name="Run">The run's name, shown in the legend.</param>
/// <param name="Points">(step, value) pairs in step order.</param>
public sealed record LearningCurve(string Run, IReadOnlyList<(long Step, double Value)> Points);

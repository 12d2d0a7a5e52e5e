namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>One learning-curve PNG of a report: its file name, title, vertical-axis label and one curve per run
/// (drawn by <see cref="LearningCurveWriter"/>).</summary>
/// <param name="FileName">The PNG's name inside the report folder, e.g. <c>learning-loss.png</c>.</param>
/// <param name="Title">The chart's title, e.g. <c>Training loss</c>.</param>
/// <param name="ValueLabel">The vertical axis label, e.g. <c>loss</c>.</param>
/// <param name="Curves">One curve per run, in legend order.</param>
public sealed record LearningCurveChart(string FileName, string Title, string ValueLabel, IReadOnlyList<LearningCurve> Curves);

namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>A comparison to run and where its output goes.</summary>
/// <param name="Config">The runs and shared settings (<see cref="ComparisonConfigLoader"/>).</param>
/// <param name="OutputDir">The report goes here; each run writes to a sub-folder named after it.</param>
public sealed record ComparisonRequest(ComparisonConfig Config, string OutputDir);

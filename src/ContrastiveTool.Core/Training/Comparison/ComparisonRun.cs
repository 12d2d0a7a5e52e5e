using ContrastiveTool.Core.Training.Config;

namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>One named training run of a comparison.</summary>
/// <param name="Name">The run's name: its row in the report and its sub-folder of the output folder.</param>
/// <param name="Preset">The preset it started from (<see cref="TrainPresets"/>), or null.</param>
/// <param name="Config">Its resolved settings: shared keys, then the preset's transform and loss keys, then its own keys, then
/// the flags. <see cref="TrainConfig.OutputDir"/> is set when the comparison runs.</param>
public sealed record ComparisonRun(string Name, string? Preset, TrainConfig Config)
{
    /// <summary>"transform + loss", e.g. <c>triplet + triplet</c>.</summary>
    public string Recipe => $"{Config.BatchTransform} + {Config.LossType}";
}

using ContrastiveTool.Core.Training.Config;

namespace ContrastiveTool.Core.Training;

/// <summary>What to train: a resolved configuration, or a checkpoint to resume (whose saved configuration then applies).</summary>
/// <param name="Config">The run's settings.</param>
/// <param name="ResumeFrom">A checkpoint folder written by an earlier run of the same configuration (<c>checkpoint-epoch-N</c> or
/// <c>checkpoint-step-N</c>), or <c>latest</c> for the newest one under <see cref="TrainConfig.OutputDir"/>; null to start fresh.</param>
public sealed record TrainRequest(TrainConfig Config, string? ResumeFrom = null)
{
    /// <summary>Evaluate on the held-out split after the last step (the default); <c>compare</c> turns it off because it
    /// evaluates every model itself, per query, on one shared test set.</summary>
    public bool FinalEvaluation { get; init; } = true;
}

namespace ContrastiveTool.Core.Training;

/// <summary>A step's loss was not finite (NaN or ±∞): the run diverged, so its weights are no longer worth updating.</summary>
/// <remarks>Thrown before the optimiser step, so the last checkpoint and <c>metrics.jsonl</c> hold only finite values.
/// A user error: the settings (usually the learning rate or the temperature) are the cause and the fix.</remarks>
public sealed class TrainingDivergedException(int step, double loss)
    : UserInputException($"the loss is {loss} at step {step} (the run diverged): lower learning_rate, raise temperature, or keep max_grad_norm > 0")
{
    /// <summary>The 1-based step whose loss was not finite.</summary>
    public int Step { get; } = step;
}

namespace ContrastiveTool.Core.Training;

/// <summary>Where a run is: reported after every step and every evaluation.</summary>
/// <param name="Step">Steps done.</param>
/// <param name="TotalSteps">Steps the run will take.</param>
/// <param name="Epoch">1-based epoch being trained.</param>
/// <param name="Stage">The curriculum stage (<c>all</c> without a curriculum).</param>
/// <param name="Loss">The last step's loss.</param>
/// <param name="Accuracy">The last step's batch accuracy, when the loss reports one.</param>
/// <param name="Evaluation">Set when this report is an evaluation: its metrics by name.</param>
public sealed record TrainProgress(int Step, int TotalSteps, int Epoch, string Stage, double? Loss, double? Accuracy,
                                   IReadOnlyDictionary<string, double>? Evaluation = null);

namespace ContrastiveTool.Core.Training.Distillation;

/// <summary>What a distillation run wrote and did.</summary>
/// <param name="ModelFolder">The student's checkpoint (<c>model/</c>), loadable wherever a model name is.</param>
/// <param name="MetricsFile">The run's <c>metrics.jsonl</c>.</param>
/// <param name="Steps">Optimizer steps taken.</param>
/// <param name="Pairs">Parallel pairs trained on (per epoch).</param>
/// <param name="FirstLoss">The first step's loss.</param>
/// <param name="LastLoss">The last step's loss.</param>
/// <param name="SecondsPerStep">Mean wall time of a step.</param>
public sealed record DistillationResult(string ModelFolder, string MetricsFile, int Steps, int Pairs, double FirstLoss, double LastLoss,
                                        double SecondsPerStep);

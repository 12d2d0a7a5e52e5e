using static TorchSharp.torch;

namespace ContrastiveTool.Core.Losses;

/// <summary>A loss value (a scalar tensor to back-propagate) and the metrics of the batch.</summary>
/// <param name="Loss">Scalar, attached to the graph of the inputs.</param>
/// <param name="Metrics">Named batch metrics: "accuracy" as each loss defines it, "pos_sim" and
/// "neg_sim" (mean positive and negative similarity), "violation_rate" where a margin applies.</param>
public sealed record LossResult(Tensor Loss, IReadOnlyDictionary<string, double> Metrics);

using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Losses;

/// <summary>Batch metrics shared by the losses, computed without gradients.</summary>
internal static class SimilarityMetrics
{
    /// <summary>Adds "pos_sim" and "neg_sim": mean similarity where <paramref name="positive"/> is true, and where it is false.</summary>
    public static void AddPositiveNegative(LossMetrics metrics, Tensor similarity, Tensor positive)
    {
        if (!metrics.Enabled) return;
        using var _ = torch.no_grad();
        var s = similarity.detach();
        var p = positive.to_type(s.dtype);                                                   // same shape as s
        var n = 1 - p;
        metrics.Add("pos_sim", () => (s * p).sum() / p.sum().clamp_min(1));
        metrics.Add("neg_sim", () => (s * n).sum() / n.sum().clamp_min(1));
    }

    /// <summary>Adds "accuracy": the share of rows whose highest-scoring column is one of its positives.</summary>
    public static void AddTopIsPositive(LossMetrics metrics, Tensor logits, Tensor positive)
    {
        if (!metrics.Enabled) return;
        using var _ = torch.no_grad();
        var top = logits.detach().argmax(1, keepdim: true);                                  // (B,1)
        metrics.Add("accuracy", () => positive.gather(1, top).to_type(ScalarType.Float32).mean());
    }

    /// <summary>Adds "accuracy" for a row-aligned target: the share of rows whose top column is the row itself.</summary>
    public static void AddTopIsDiagonal(LossMetrics metrics, Tensor logits)
    {
        if (!metrics.Enabled) return;
        using var _ = torch.no_grad();
        var targets = torch.arange(logits.shape[0], ScalarType.Int64);
        metrics.Add("accuracy", () => logits.detach().argmax(1).eq(targets).to_type(ScalarType.Float32).mean());
    }

    /// <summary>Adds "accuracy" (share of (row, negative) pairs where the positive scores higher), "pos_sim", "neg_sim",
    /// and "violation_rate" (share of positive hinges) when <paramref name="hinge"/> is given.</summary>
    public static void AddExplicitNegatives(LossMetrics metrics, Tensor positive, Tensor negative, Tensor? hinge = null)
    {
        using var _ = torch.no_grad();
        metrics.Add("accuracy", () => positive.unsqueeze(1).gt(negative).to_type(ScalarType.Float32).mean());   // positive (B), negative (B,K)
        metrics.Add("pos_sim", () => positive.mean());
        metrics.Add("neg_sim", () => negative.mean());
        if (hinge is not null)
            metrics.Add("violation_rate", () => hinge.gt(0).to_type(ScalarType.Float32).mean());
    }
}

namespace ContrastiveTool.Core.Losses;

/// <summary>A contrastive loss: embeddings in, a scalar loss and batch metrics out.</summary>
public interface IContrastiveLoss
{
    /// <summary>The registry name (as in configs and on the command line).</summary>
    string Name { get; }

    /// <summary>The batch kinds this loss can compute on.</summary>
    BatchKind Accepts { get; }

    /// <summary>Computes the loss on <paramref name="batch"/>; the loss tensor is the caller's to dispose.</summary>
    /// <param name="batch">The embeddings and side information.</param>
    /// <param name="withMetrics">Whether to compute the batch metrics too (a trainer asks on logging steps only).</param>
    LossResult Compute(LossBatch batch, bool withMetrics = true);
}

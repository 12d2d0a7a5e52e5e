namespace ContrastiveTool.Core.Losses;

/// <summary>A contrastive loss: embeddings in, a scalar loss and batch metrics out.</summary>
public interface IContrastiveLoss
{
    /// <summary>The registry name (as in configs and on the command line).</summary>
    string Name { get; }

    /// <summary>The batch kinds this loss can compute on.</summary>
    BatchKind Accepts { get; }

    /// <summary>Computes the loss on <paramref name="batch"/>; the loss tensor is the caller's to dispose.</summary>
    LossResult Compute(LossBatch batch);
}

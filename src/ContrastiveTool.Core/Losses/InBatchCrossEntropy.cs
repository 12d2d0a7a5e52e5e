using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>Cross-entropy with the diagonal as the target, both directions, without materialising a transpose.</summary>
internal static class InBatchCrossEntropy
{
    /// <summary>½[CE(S, diag) + CE(Sᵀ, diag)] for a square (B,B) logit matrix.</summary>
    public static Tensor Symmetric(Tensor logits)
    {
        var rows = log_softmax(logits, 1).diagonal();                                        // (B): query i → answer i
        var columns = log_softmax(logits, 0).diagonal();                                     // (B): answer i → query i
        return -(rows.mean() + columns.mean()) / 2;                                          // ()
    }
}

using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>sentence-transformers' OnlineContrastiveLoss: the contrastive loss on the batch's hard pairs only.</summary>
/// <remarks>
/// With d = 1 − cos: hard positives are similar pairs farther than the closest dissimilar pair (than the positives'
/// mean when there is at most one negative); hard negatives are dissimilar pairs closer than the farthest similar pair
/// (than the negatives' mean when there is at most one positive). loss = Σ_{hard pos} d² + Σ_{hard neg} relu(m − d)²
/// (a sum, as in sentence-transformers). Inputs: labelled pairs (0/1). Defaults: m = 0.5.
/// Relations: contrastive uses every pair.
/// </remarks>
public sealed class OnlineContrastiveLoss(double margin = 0.5) : HadsellContrastiveLoss("online_contrastive", margin)
{
    /// <inheritdoc/>
    protected override Tensor PairLoss(Tensor distance, Tensor labels)
    {
        var positive = labels.gt(0.5);                                                       // (B) bool
        var negative = positive.logical_not();                                               // (B) bool
        long positives = positive.sum().item<long>(), negatives = negative.sum().item<long>();
        Tensor negativeThreshold, positiveThreshold;
        using (torch.no_grad())
        {
            var d = distance.detach();
            negativeThreshold = positives > 1 ? d.masked_select(positive).max() : d.masked_select(negative).mean();
            positiveThreshold = negatives > 1 ? d.masked_select(negative).min() : d.masked_select(positive).mean();
        }
        var hardNegative = negative.logical_and(distance.lt(negativeThreshold)).to_type(ScalarType.Float32); // (B)
        var hardPositive = positive.logical_and(distance.gt(positiveThreshold)).to_type(ScalarType.Float32); // (B)
        return (hardPositive * distance.pow(2)).sum() + (hardNegative * relu(Margin - distance).pow(2)).sum(); // ()
    }
}

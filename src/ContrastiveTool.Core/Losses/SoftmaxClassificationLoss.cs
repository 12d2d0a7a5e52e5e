using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>sentence-transformers' SoftmaxLoss (SBERT NLI): a trainable linear head classifies each pair from [u, v, |u − v|].</summary>
/// <remarks>
/// loss = CE(W·[u; v; |u − v|] + b, y), y ∈ {0, …, labels − 1} (NLI: entailment, neutral, contradiction).
/// Inputs: labelled pairs with class labels. Defaults: 3 labels, dimension 384 (the encoder's). The head is a
/// submodule ("head"), trained with the encoder and saved in checkpoints. Accuracy: argmax = y.
/// Reference: Reimers &amp; Gurevych 2019. Relations: the second stage of the GATE recipe, after mse.
/// </remarks>
public sealed class SoftmaxClassificationLoss : ContrastiveLoss
{
    private readonly Linear head;

    public SoftmaxClassificationLoss(long dimension = 384, long labels = 3) : base("softmax")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(labels, 2);
        head = nn.Linear(3 * dimension, labels);
        RegisterComponents();
    }

    /// <summary>The classification head (its weight is (labels, 3·dimension)).</summary>
    public Linear Head => head;

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.LabelledPairs;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (u, v) = RequirePairs(batch);
        var labels = Require(batch.Labels, "labels (B) with class indices", 1).to_type(ScalarType.Int64);
        RequireRows(labels, "labels", u.shape[0]);
        if (u.shape[1] * 3 != head.in_features)
            throw new LossInputException($"loss 'softmax' was built for {head.in_features / 3}-dimensional embeddings, got {u.shape[1]}; set its dimension");
        var features = torch.cat([u, v, (u - v).abs()], 1);                                  // (B,3d)
        var logits = head.forward(features);                                                 // (B,labels)
        metrics.Add("accuracy", () => logits.argmax(1).eq(labels).to_type(ScalarType.Float32).mean());
        return cross_entropy(logits, labels);
    }
}

using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>sentence-transformers' MatryoshkaLoss: any loss, applied to the embeddings' leading dimensions at several sizes.</summary>
/// <remarks>
/// loss = Σ_d w_d·L(embeddings truncated to their first d dimensions and re-normalised). Every embedding input
/// (queries, answers, negatives, list queries and answers) is truncated; the others pass through.
/// Inputs: those of the wrapped loss. Defaults: dims 384, 256, 128, 64, 32; weights 1; inner loss infonce.
/// Metrics: the wrapped loss's, at the largest dimension. Reference: Kusupati et al. 2022.
/// </remarks>
public sealed class MatryoshkaLoss : ContrastiveLoss
{
    private readonly IContrastiveLoss _inner;
    private readonly long[] _dimensions;
    private readonly double[] _weights;

    public MatryoshkaLoss(IContrastiveLoss inner, IReadOnlyList<long>? dimensions = null, IReadOnlyList<double>? weights = null)
        : base("matryoshka")
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _dimensions = (dimensions ?? [384, 256, 128, 64, 32]).ToArray();
        _weights = (weights ?? Enumerable.Repeat(1.0, _dimensions.Length).ToArray()).ToArray();
        if (_dimensions.Length == 0 || _dimensions.Any(d => d < 1))
            throw new LossInputException("matryoshka dims must be a non-empty list of positive sizes");
        if (_weights.Length != _dimensions.Length)
            throw new LossInputException($"matryoshka has {_dimensions.Length} dims but {_weights.Length} weights");
        if (inner is nn.Module module)
            register_module("inner", module);
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => _inner.Accepts;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        long available = (batch.Queries ?? batch.ListQueries ?? throw new LossInputException("matryoshka needs queries")).shape[^1];
        if (_dimensions.Max() > available)
            throw new LossInputException($"matryoshka dims go up to {_dimensions.Max()} but the embeddings have {available} dimensions");
        Tensor? total = null;
        foreach (var (dimension, index) in _dimensions.Select((d, i) => (d, i)).OrderByDescending(p => p.d))
        {
            bool largest = dimension == _dimensions.Max();
            var result = _inner.Compute(Truncate(batch, dimension), metrics.Enabled && largest);
            var weighted = result.Loss * _weights[index];                                    // ()
            total = total is null ? weighted : total + weighted;
            foreach (var (metric, value) in result.Metrics)
                metrics.Add(metric, () => torch.tensor(value));
        }
        return total!;
    }

    private static LossBatch Truncate(LossBatch batch, long dimension) => batch with
    {
        Queries = Cut(batch.Queries, dimension),
        Answers = Cut(batch.Answers, dimension),
        Negatives = Cut(batch.Negatives, dimension),
        ListQueries = Cut(batch.ListQueries, dimension),
        ListAnswers = Cut(batch.ListAnswers, dimension),
    };

    private static Tensor? Cut(Tensor? embeddings, long dimension) =>
        embeddings is null ? null : normalize(embeddings.narrow(-1, 0, dimension), 2, -1);  // (..., dimension)
}

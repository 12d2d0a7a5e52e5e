using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Losses;

/// <summary>The batch metrics a loss reports, computed without gradients and only when the caller asked for them.</summary>
/// <remarks>A trainer that logs every N steps asks on those steps only, so the other steps pay for the loss alone.</remarks>
public sealed class LossMetrics(bool enabled)
{
    private readonly Dictionary<string, Tensor> _values = new(StringComparer.Ordinal);

    /// <summary>Whether metrics are being collected.</summary>
    public bool Enabled { get; } = enabled;

    /// <summary>The collected scalar tensors, by name.</summary>
    public IReadOnlyDictionary<string, Tensor> Values => _values;

    /// <summary>Computes and keeps the metric <paramref name="name"/> when enabled; does nothing otherwise.</summary>
    public void Add(string name, Func<Tensor> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (!Enabled)
            return;
        using var _ = torch.no_grad();
        _values[name] = compute().detach();
    }
}

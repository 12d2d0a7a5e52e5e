using ContrastiveTool.Core.Models.Checkpoints;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Training;

/// <summary>AdamW (Loshchilov &amp; Hutter 2019) as torch.optim.AdamW computes it, with state that saves to and loads from
/// a <c>.safetensors</c> file so a resumed run continues bit for bit.</summary>
/// <remarks>
/// Per parameter p with gradient g at step t (1-based), learning rate η:
///   p ← p·(1 − η·λ);  m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  p ← p − η·(m/(1−β₁ᵗ)) / (√(v/(1−β₂ᵗ)) + ε).
/// Defaults: β₁ 0.9, β₂ 0.999, ε 1e-8, λ (weight decay) 0.01 — torch's. Parameters without a gradient are skipped.
/// </remarks>
public sealed class AdamW
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;
    private readonly IReadOnlyList<(string Name, Parameter Parameter)> _parameters;
    private readonly Dictionary<string, (Tensor M, Tensor V)> _moments = new(StringComparer.Ordinal);
    private readonly double _weightDecay;

    public AdamW(IEnumerable<(string Name, Parameter Parameter)> parameters, double weightDecay = 0.01)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(weightDecay);
        _parameters = parameters.ToList();
        _weightDecay = weightDecay;
    }

    /// <summary>Steps taken so far (t).</summary>
    public long Steps { get; private set; }

    /// <summary>Updates every parameter that has a gradient with learning rate <paramref name="learningRate"/>.</summary>
    public void Step(double learningRate)
    {
        Steps++;
        double correction1 = 1 - Math.Pow(Beta1, Steps), correction2 = 1 - Math.Pow(Beta2, Steps);
        using var noGrad = no_grad();
        foreach (var (name, parameter) in _parameters)
        {
            if (parameter.grad is not { } gradient)
                continue;
            if (!_moments.TryGetValue(name, out var moments))
                _moments[name] = moments = (zeros_like(parameter).DetachFromDisposeScope(), zeros_like(parameter).DetachFromDisposeScope());
            parameter.mul_(1 - learningRate * _weightDecay);
            moments.M.mul_(Beta1).add_(gradient, alpha: 1 - Beta1);
            moments.V.mul_(Beta2).addcmul_(gradient, gradient, value: 1 - Beta2);
            using var denominator = (moments.V / correction2).sqrt_().add_(Epsilon);
            parameter.addcdiv_(moments.M, denominator, value: -learningRate / correction1);
        }
    }

    /// <summary>Clears every parameter's gradient.</summary>
    public void ZeroGrad()
    {
        foreach (var (_, parameter) in _parameters)
            parameter.grad?.zero_();
    }

    /// <summary>Writes the moments (<c>m.NAME</c>, <c>v.NAME</c>) and the step count to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        var tensors = new List<SafeTensor> { SafeTensor.FromInt64("steps", [1], [Steps]) };
        foreach (var (name, (m, v)) in _moments.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            tensors.Add(SafeTensor.FromFloats("m." + name, m.shape, m.data<float>().ToArray()));
            tensors.Add(SafeTensor.FromFloats("v." + name, v.shape, v.data<float>().ToArray()));
        }
        SafeTensorsFile.Write(path, tensors, new Dictionary<string, string> { ["format"] = "contrastive-adamw/1" });
    }

    /// <summary>Restores what <see cref="Save"/> wrote.</summary>
    public void Load(string path)
    {
        var (tensors, _) = SafeTensorsFile.Read(path);
        Steps = tensors["steps"].ToInt64()[0];
        foreach (var (name, _) in _parameters)
            if (tensors.TryGetValue("m." + name, out var m) && tensors.TryGetValue("v." + name, out var v))
                _moments[name] = (tensor(m.ToFloats(), m.Shape).DetachFromDisposeScope(), tensor(v.ToFloats(), v.Shape).DetachFromDisposeScope());
    }
}

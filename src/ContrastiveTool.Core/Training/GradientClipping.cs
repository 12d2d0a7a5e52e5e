using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Training;

/// <summary>Scales all gradients together so their global L2 norm is at most a maximum (torch.nn.utils.clip_grad_norm_).</summary>
/// <remarks>norm = √(Σ_p ‖g_p‖²); when norm &gt; max every g_p ← g_p · max/(norm + 1e-6). Returns the norm before clipping.</remarks>
public static class GradientClipping
{
    public static double Clip(IEnumerable<Parameter> parameters, double maxNorm)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var gradients = parameters.Select(p => p.grad).OfType<Tensor>().ToList();
        if (gradients.Count == 0)
            return 0;
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        double norm = stack(gradients.Select(g => g.norm()).ToArray()).norm().item<float>();
        if (maxNorm > 0 && norm > maxNorm)
            foreach (var gradient in gradients)
                gradient.mul_(maxNorm / (norm + 1e-6));
        return norm;
    }
}

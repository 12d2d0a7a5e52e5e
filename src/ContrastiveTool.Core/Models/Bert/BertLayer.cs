using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Bert;

/// <summary>One post-LayerNorm transformer layer: self-attention block, then GELU feed-forward block.</summary>
/// <remarks>h = Norm(Attn(x) + x); y = Norm(W₂·GELU(W₁·h) + h), GELU the exact erf form. Parameter names as
/// Hugging Face: <c>attention.self.*</c>, <c>attention.output.*</c>, <c>intermediate.dense</c>, <c>output.*</c>.</remarks>
public sealed class BertLayer : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly BertSelfAttention _selfAttention;
    private readonly ResidualDenseNorm _attentionOutput;
    private readonly Linear _intermediate;
    private readonly ResidualDenseNorm _output;

    public BertLayer(BertConfig config) : base(nameof(BertLayer))
    {
        ArgumentNullException.ThrowIfNull(config);
        _selfAttention = new BertSelfAttention(config);
        _attentionOutput = new ResidualDenseNorm(config.HiddenSize, config);
        _intermediate = nn.Linear(config.HiddenSize, config.IntermediateSize);
        _output = new ResidualDenseNorm(config.IntermediateSize, config);
        register_module("attention", nn.ModuleDict<nn.Module>(("self", _selfAttention), ("output", _attentionOutput)));
        register_module("intermediate", nn.ModuleDict<nn.Module>(("dense", _intermediate)));
        register_module("output", _output);
    }

    /// <summary><paramref name="hidden"/> <c>(B, T, H)</c>, additive mask <c>(B, 1, 1, T)</c> → <c>(B, T, H)</c>.</summary>
    public override Tensor forward(Tensor hidden, Tensor additiveMask)
    {
        using var scope = NewDisposeScope();
        var attended = _attentionOutput.forward(_selfAttention.forward(hidden, additiveMask), hidden);   // (B, T, H)
        var expanded = nn.functional.gelu(_intermediate.forward(attended));                              // (B, T, I)
        return _output.forward(expanded, attended).MoveToOuterDisposeScope();                            // (B, T, H)
    }
}

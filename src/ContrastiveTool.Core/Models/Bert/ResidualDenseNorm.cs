using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Bert;

/// <summary>BERT's "output" block: LayerNorm(dropout(dense(x)) + residual).</summary>
/// <remarks>Used twice per layer (after attention, after the feed-forward); parameters <c>dense</c> and
/// <c>LayerNorm</c>, as Hugging Face's <c>BertSelfOutput</c> / <c>BertOutput</c>.</remarks>
public sealed class ResidualDenseNorm : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Linear _dense;
    private readonly LayerNorm _norm;
    private readonly Dropout _dropout;

    public ResidualDenseNorm(int inputSize, BertConfig config) : base(nameof(ResidualDenseNorm))
    {
        ArgumentNullException.ThrowIfNull(config);
        _dense = nn.Linear(inputSize, config.HiddenSize);
        _norm = nn.LayerNorm(config.HiddenSize, config.LayerNormEps);
        _dropout = nn.Dropout(config.Dropout);
        register_module("dense", _dense);
        register_module("LayerNorm", _norm);
        register_module("dropout", _dropout);
    }

    /// <summary><paramref name="x"/> <c>(B, T, in)</c>, <paramref name="residual"/> <c>(B, T, H)</c> → <c>(B, T, H)</c>.</summary>
    public override Tensor forward(Tensor x, Tensor residual)
    {
        using var scope = NewDisposeScope();
        return _norm.forward(_dropout.forward(_dense.forward(x)) + residual).MoveToOuterDisposeScope(); // (B, T, H)
    }
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Bert;

/// <summary>Multi-head scaled dot-product self-attention: softmax(Q·Kᵀ/√d + mask)·V, heads concatenated.</summary>
/// <remarks>Parameters <c>query</c>, <c>key</c>, <c>value</c> (Linear H→H), as Hugging Face names them.
/// The mask is additive, <c>(B, 1, 1, T)</c>: 0 where a token may be attended, a large negative number at padding.</remarks>
public sealed class BertSelfAttention : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Linear _query;
    private readonly Linear _key;
    private readonly Linear _value;
    private readonly int _heads;
    private readonly int _headSize;
    private readonly double _dropout;

    public BertSelfAttention(BertConfig config) : base(nameof(BertSelfAttention))
    {
        ArgumentNullException.ThrowIfNull(config);
        _heads = config.Heads;
        _headSize = config.HeadSize;
        _dropout = config.Dropout;
        _query = nn.Linear(config.HiddenSize, config.HiddenSize);
        _key = nn.Linear(config.HiddenSize, config.HiddenSize);
        _value = nn.Linear(config.HiddenSize, config.HiddenSize);
        register_module("query", _query);
        register_module("key", _key);
        register_module("value", _value);
    }

    /// <summary>Attends over <paramref name="hidden"/> <c>(B, T, H)</c>; returns <c>(B, T, H)</c>.</summary>
    public override Tensor forward(Tensor hidden, Tensor additiveMask)
    {
        using var scope = NewDisposeScope();
        long batch = hidden.shape[0], length = hidden.shape[1];
        var q = SplitHeads(_query.forward(hidden), batch, length);                                     // (B, h, T, d)
        var k = SplitHeads(_key.forward(hidden), batch, length);                                       // (B, h, T, d)
        var v = SplitHeads(_value.forward(hidden), batch, length);                                     // (B, h, T, d)
        var context = nn.functional.scaled_dot_product_attention(q, k, v, additiveMask,
                                                                  p: training ? _dropout : 0.0);      // (B, h, T, d)
        return context.transpose(1, 2).reshape(batch, length, _heads * _headSize)                      // (B, T, H)
                      .MoveToOuterDisposeScope();
    }

    private Tensor SplitHeads(Tensor x, long batch, long length) =>
        x.view(batch, length, _heads, _headSize).transpose(1, 2);                                     // (B, h, T, d)
}

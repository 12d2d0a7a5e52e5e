using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Bert;

/// <summary>A BERT encoder (no pooler): token ids and attention mask in, contextual token vectors out.</summary>
/// <remarks>Parameter names equal Hugging Face's <c>BertModel</c> state dict (<c>embeddings.*</c>,
/// <c>encoder.layer.N.*</c>), so <see cref="Onnx.OnnxBertWeights"/> and checkpoints map by name.
/// The same class is <c>minilm-torch</c> (<see cref="BertConfig.MiniLmL6"/>) and <c>tiny-transformer</c>.</remarks>
public sealed class BertModel : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly BertEmbeddings _embeddings;
    private readonly ModuleList<BertLayer> _layers;

    public BertModel(BertConfig config) : base(nameof(BertModel))
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        _embeddings = new BertEmbeddings(config);
        _layers = nn.ModuleList(Enumerable.Range(0, config.Layers).Select(_ => new BertLayer(config)).ToArray());
        register_module("embeddings", _embeddings);
        register_module("encoder", nn.ModuleDict<nn.Module>(("layer", _layers)));
    }

    public BertConfig Config { get; }

    /// <summary>Ids <c>(B, T)</c> and mask <c>(B, T)</c> (1 real, 0 padding) → token vectors <c>(B, T, H)</c>.</summary>
    public override Tensor forward(Tensor inputIds, Tensor attentionMask)
    {
        using var scope = NewDisposeScope();
        var hidden = _embeddings.forward(inputIds);                                                   // (B, T, H)
        var blocked = attentionMask.eq(0).unsqueeze(1).unsqueeze(2);                                   // (B, 1, 1, T)
        var additive = zeros(blocked.shape, hidden.dtype, hidden.device)
            .masked_fill(blocked, finfo(hidden.dtype).min);                                           // (B, 1, 1, T)
        foreach (var layer in _layers)
            hidden = layer.forward(hidden, additive);                                                  // (B, T, H)
        return hidden.MoveToOuterDisposeScope();
    }
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Bert;

/// <summary>BERT's input layer: word + position + token-type embeddings, then LayerNorm and dropout.</summary>
/// <remarks>Parameter names equal Hugging Face's (<c>word_embeddings.weight</c>, <c>LayerNorm.weight</c>, ...),
/// so weights map by name. Token types are all 0 (single sentences).</remarks>
public sealed class BertEmbeddings : nn.Module<Tensor, Tensor>
{
    private readonly Embedding _words;
    private readonly Embedding _positions;
    private readonly Embedding _tokenTypes;
    private readonly LayerNorm _norm;
    private readonly Dropout _dropout;

    public BertEmbeddings(BertConfig config) : base(nameof(BertEmbeddings))
    {
        ArgumentNullException.ThrowIfNull(config);
        _words = nn.Embedding(config.VocabSize, config.HiddenSize, padding_idx: 0);
        _positions = nn.Embedding(config.MaxPositions, config.HiddenSize);
        _tokenTypes = nn.Embedding(config.TypeVocabSize, config.HiddenSize);
        _norm = nn.LayerNorm(config.HiddenSize, config.LayerNormEps);
        _dropout = nn.Dropout(config.Dropout);
        register_module("word_embeddings", _words);
        register_module("position_embeddings", _positions);
        register_module("token_type_embeddings", _tokenTypes);
        register_module("LayerNorm", _norm);
        register_module("dropout", _dropout);
    }

    /// <summary>Embeds token ids <c>(B, T)</c> into <c>(B, T, H)</c>.</summary>
    public override Tensor forward(Tensor inputIds)
    {
        using var scope = NewDisposeScope();
        long length = inputIds.shape[1];
        var positions = arange(length, dtype: ScalarType.Int64, device: inputIds.device).unsqueeze(0);   // (1, T)
        var types = zeros_like(inputIds);                                                                 // (B, T)
        var sum = _words.forward(inputIds) + _positions.forward(positions) + _tokenTypes.forward(types); // (B, T, H)
        return _dropout.forward(_norm.forward(sum)).MoveToOuterDisposeScope();                            // (B, T, H)
    }
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>The <c>bow</c> body: each token id looks up a learned vector; no context.</summary>
/// <remarks>With mean pooling over the mask this is an embedding bag (mode mean) over the WordPiece vocabulary.
/// The attention mask is accepted for the common body signature and used only by pooling.</remarks>
public sealed class TokenEmbeddingBody : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Embedding _embeddings;

    public TokenEmbeddingBody(int vocabularySize, int embeddingSize) : base(nameof(TokenEmbeddingBody))
    {
        _embeddings = nn.Embedding(vocabularySize, embeddingSize, padding_idx: 0);
        register_module("embeddings", _embeddings);
    }

    /// <summary>Ids <c>(B, T)</c> → token vectors <c>(B, T, E)</c>.</summary>
    public override Tensor forward(Tensor inputIds, Tensor attentionMask) => _embeddings.forward(inputIds);   // (B, T, E)
}

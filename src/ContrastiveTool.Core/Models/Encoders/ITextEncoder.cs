using ContrastiveTool.Core.Models.Tokenization;

namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>A sentence encoder: tokenised batch in, one L2-normalised vector per text out.</summary>
/// <remarks>Implementations: <see cref="OnnxSentenceEncoder"/> (pretrained, inference only) and
/// <see cref="TorchSentenceEncoder"/> (TorchSharp modules, trainable). <see cref="EmbeddingRunner"/> does
/// the batching, length sorting and progress; an encoder only runs one batch.</remarks>
public interface ITextEncoder : IDisposable
{
    /// <summary>The name the CLI and configs use (<c>minilm</c>, <c>minilm-torch</c>, ...), or a checkpoint path.</summary>
    string Name { get; }

    /// <summary>The length of every output vector.</summary>
    int Dimension { get; }

    /// <summary>The tokenizer built from this model's vocabulary.</summary>
    WordPieceTextTokenizer Tokenizer { get; }

    /// <summary>Text the model expects before a query (arctic-embed's instruction); empty for most models.</summary>
    string QueryPrefix { get; }

    /// <summary>Encodes one padded batch: <c>(BatchSize, Dimension)</c> row-major, each row of unit length.</summary>
    float[] EncodeBatch(TokenBatch batch);
}

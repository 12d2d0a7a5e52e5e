namespace ContrastiveTool.Core.Models.Bert;

/// <summary>The shape of a BERT encoder (names follow Hugging Face's <c>BertConfig</c>).</summary>
/// <param name="VocabSize">WordPiece vocabulary size (30522 for uncased BERT).</param>
/// <param name="HiddenSize">Width of every token vector.</param>
/// <param name="Layers">Transformer layers.</param>
/// <param name="Heads">Attention heads per layer; must divide <paramref name="HiddenSize"/>.</param>
/// <param name="IntermediateSize">Width of the feed-forward block (4 × hidden in BERT).</param>
/// <param name="MaxPositions">Longest input, in tokens.</param>
/// <param name="LayerNormEps">ε of every LayerNorm (1e-12 in BERT).</param>
/// <param name="Dropout">Dropout on embeddings, attention probabilities and block outputs while training.</param>
public sealed record BertConfig(int VocabSize, int HiddenSize, int Layers, int Heads, int IntermediateSize,
                                int MaxPositions = 512, double LayerNormEps = 1e-12, double Dropout = 0.1)
{
    /// <summary>all-MiniLM-L6-v2: 6 layers, 12 heads, hidden 384, feed-forward 1536.</summary>
    public static BertConfig MiniLmL6 { get; } = new(30522, 384, 6, 12, 1536);

    /// <summary>The small from-scratch transformer: 2 layers, 4 heads, hidden 128, feed-forward 512.</summary>
    public static BertConfig Tiny { get; } = new(30522, 128, 2, 4, 512);

    /// <summary>Token types (segment A/B); BERT has 2.</summary>
    public int TypeVocabSize => 2;

    /// <summary>Width of one attention head.</summary>
    public int HeadSize => HiddenSize % Heads == 0 ? HiddenSize / Heads
        : throw new ArgumentException($"hidden size {HiddenSize} is not a multiple of {Heads} heads");
}

using ContrastiveTool.Core.Models.Bert;

namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>Everything needed to rebuild a TorchSharp encoder's modules (the weights aside); saved as a checkpoint's config.json.</summary>
/// <param name="Architecture"><c>bert</c> (transformer, <paramref name="Bert"/> set) or <c>bow</c> (bag of WordPiece embeddings).</param>
/// <param name="Bert">The transformer's shape, for <c>bert</c>.</param>
/// <param name="EmbeddingSize">Token embedding width, for <c>bow</c>.</param>
/// <param name="Pooling">Token vectors → sentence vector.</param>
/// <param name="ProjectionSize">An optional Linear head after pooling (the seed project projects to 128); null for none.</param>
/// <param name="QueryPrefix">Text put before queries.</param>
/// <param name="NormalizeArabic">Run the Arabic normaliser before tokenising.</param>
public sealed record TorchEncoderSpec(string Architecture, BertConfig? Bert, int EmbeddingSize, PoolingMode Pooling,
                                      int? ProjectionSize = null, string QueryPrefix = "", bool NormalizeArabic = true)
{
    public const string BertArchitecture = "bert";
    public const string BowArchitecture = "bow";

    /// <summary>all-MiniLM-L6-v2 in TorchSharp.</summary>
    public static TorchEncoderSpec MiniLm { get; } = new(BertArchitecture, BertConfig.MiniLmL6, 0, PoolingMode.Mean);

    /// <summary>2 layers, hidden 128, random init.</summary>
    public static TorchEncoderSpec TinyTransformer { get; } = new(BertArchitecture, BertConfig.Tiny, 0, PoolingMode.Mean);

    /// <summary>Mean of 128-dim WordPiece embeddings, projected to 128.</summary>
    public static TorchEncoderSpec BagOfWords { get; } = new(BowArchitecture, null, 128, PoolingMode.Mean, ProjectionSize: 128);

    /// <summary>The width of the token vectors the body produces.</summary>
    public int TokenSize => Architecture switch
    {
        BertArchitecture => (Bert ?? throw new InvalidOperationException("a bert encoder needs its BertConfig")).HiddenSize,
        BowArchitecture => EmbeddingSize > 0 ? EmbeddingSize : throw new InvalidOperationException("a bow encoder needs EmbeddingSize > 0"),
        _ => throw new UserInputException($"unknown encoder architecture '{Architecture}': known: {BertArchitecture}, {BowArchitecture}"),
    };

    /// <summary>The length of the output vectors.</summary>
    public int Dimension => ProjectionSize ?? TokenSize;
}

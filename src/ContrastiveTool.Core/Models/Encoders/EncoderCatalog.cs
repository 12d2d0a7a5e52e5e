using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Core.Models.Onnx;

namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>Every encoder by name (one line each), plus checkpoint folders: <see cref="Load"/> accepts either.</summary>
public static class EncoderCatalog
{
    public static IReadOnlyList<EncoderDescriptor> All { get; } =
    [
        new("minilm", PackagedModel.MiniLm.Description, _ => new OnnxSentenceEncoder(PackagedModel.MiniLm)),
        new("minilm-torch", "all-MiniLM-L6-v2 in TorchSharp (trainable), weights from the packaged ONNX", seed => MiniLmTorch(seed: seed)),
        new("arctic-xs", PackagedModel.ArcticXs.Description, _ => new OnnxSentenceEncoder(PackagedModel.ArcticXs)),
        new("tiny-transformer", "2-layer BERT, hidden 128, random init from --seed (fast experiments)",
            seed => new TorchSentenceEncoder("tiny-transformer", TorchEncoderSpec.TinyTransformer, PackagedModel.MiniLm.CreateTokenizer(), seed)),
        new("bow", "mean of WordPiece embeddings + projection to 128, random init from --seed (fastest)",
            seed => new TorchSentenceEncoder("bow", TorchEncoderSpec.BagOfWords, PackagedModel.MiniLm.CreateTokenizer(), seed)),
    ];

    /// <summary>The encoder named <paramref name="nameOrPath"/>, or the checkpoint in that folder.</summary>
    /// <exception cref="UserInputException">Neither a known name nor a checkpoint folder.</exception>
    public static ITextEncoder Load(string nameOrPath, long seed = 42)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        if (Directory.Exists(nameOrPath) || nameOrPath.Contains('/') || nameOrPath.Contains('\\'))
            return EncoderCheckpoint.Load(nameOrPath);
        return NameLookup.Find(All, d => d.Name, nameOrPath, "model").Create(seed);
    }

    /// <summary>all-MiniLM-L6-v2 as TorchSharp modules, weights copied from the packaged ONNX graph.</summary>
    /// <param name="projectionSize">Adds a Linear head to this many dims after pooling (random init from
    /// <paramref name="seed"/>; the seed project projects to 128); null keeps the 384-dim output.</param>
    /// <param name="seed">Initialises the projection head.</param>
    public static TorchSentenceEncoder MiniLmTorch(int? projectionSize = null, long seed = 42)
    {
        var spec = TorchEncoderSpec.MiniLm with { ProjectionSize = projectionSize };
        var encoder = new TorchSentenceEncoder("minilm-torch", spec, PackagedModel.MiniLm.CreateTokenizer(), seed);
        OnnxBertWeights.LoadInto(encoder.Bert!, OnnxGraphReader.Parse(PackagedModel.MiniLm.ReadModelBytes()));
        return encoder;
    }
}

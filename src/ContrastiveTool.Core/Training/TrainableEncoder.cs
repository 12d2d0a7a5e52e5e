using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Training;

/// <summary>The encoder a run starts from: a trainable named model (with an optional projection head) or a checkpoint folder.</summary>
public static class TrainableEncoder
{
    /// <summary>The names that train (the others in <see cref="EncoderCatalog"/> run in ONNX Runtime and cannot).</summary>
    public static IReadOnlyList<string> Names { get; } = ["minilm-torch", "tiny-transformer", "bow"];

    /// <exception cref="UserInputException">An inference-only or unknown model, or projection_dim with a checkpoint.</exception>
    public static TorchSentenceEncoder Load(string model, int? projectionDim, long seed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        if (Directory.Exists(model) || model.Contains('/') || model.Contains('\\'))
        {
            var checkpoint = EncoderCheckpoint.Load(model);
            if (projectionDim is int p && p != checkpoint.Dimension)
                throw new UserInputException($"projection_dim {p}: the checkpoint '{model}' already has {checkpoint.Dimension} dimensions; drop projection_dim to continue training it");
            return checkpoint;
        }
        string name = CheckName(model);
        var tokenizer = PackagedModel.MiniLm.CreateTokenizer();
        return name switch
        {
            "minilm-torch" => EncoderCatalog.MiniLmTorch(projectionDim, seed),
            "tiny-transformer" => new TorchSentenceEncoder(name, TorchEncoderSpec.TinyTransformer with { ProjectionSize = projectionDim }, tokenizer, seed),
            _ => new TorchSentenceEncoder(name, TorchEncoderSpec.BagOfWords with { ProjectionSize = projectionDim ?? TorchEncoderSpec.BagOfWords.ProjectionSize }, tokenizer, seed),
        };
    }

    /// <summary>What <see cref="Load"/> checks before loading weights: a checkpoint folder that exists, or a trainable name.</summary>
    /// <exception cref="UserInputException">A missing checkpoint folder, an inference-only or an unknown model.</exception>
    public static void Check(string model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        if (Directory.Exists(model))
            return;
        if (model.Contains('/') || model.Contains('\\'))
            throw new UserInputException($"model: no such checkpoint folder: '{model}' (current folder: {Environment.CurrentDirectory})");
        CheckName(model);
    }

    private static string CheckName(string model) => model is "minilm" or "arctic-xs"
        ? throw new UserInputException($"model '{model}' runs in ONNX Runtime and cannot train; use minilm-torch (the same all-MiniLM-L6-v2 weights in TorchSharp)")
        : NameLookup.Find(Names, n => n, model, "trainable model");
}

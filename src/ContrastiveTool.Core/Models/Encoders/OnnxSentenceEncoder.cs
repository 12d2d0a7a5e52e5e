using ContrastiveTool.Core.Models.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>A packaged pretrained model run with ONNX Runtime on the CPU, all cores (<c>minilm</c>, <c>arctic-xs</c>).</summary>
/// <remarks>Feeds input_ids, attention_mask and token_type_ids (int64, (B, T)); reads last_hidden_state
/// (B, T, D) and pools it per <see cref="PackagedModel.Pooling"/> with <see cref="SentencePooling"/>. Inference only:
/// to fine-tune, use the TorchSharp twin (<c>minilm-torch</c>) that loads the same weights.</remarks>
public sealed class OnnxSentenceEncoder : ITextEncoder
{
    private readonly InferenceSession _session;
    private readonly PackagedModel _model;

    public OnnxSentenceEncoder(PackagedModel model, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads ?? Environment.ProcessorCount,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(model.ReadModelBytes(), options);
        Tokenizer = model.CreateTokenizer();
    }

    /// <inheritdoc/>
    public string Name => _model.Name;

    /// <inheritdoc/>
    public int Dimension => _model.Dimension;

    /// <inheritdoc/>
    public WordPieceTextTokenizer Tokenizer { get; }

    /// <inheritdoc/>
    public string QueryPrefix => _model.QueryPrefix;

    /// <inheritdoc/>
    public float[] EncodeBatch(TokenBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        long[] shape = [batch.BatchSize, batch.Length];
        using var ids = OrtValue.CreateTensorValueFromMemory(batch.InputIds, shape);
        using var mask = OrtValue.CreateTensorValueFromMemory(batch.AttentionMask, shape);
        using var types = OrtValue.CreateTensorValueFromMemory(new long[batch.InputIds.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"],
                                         [ids, mask, types], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();                                         // (B, T, D)
        return SentencePooling.Pool(hidden, batch.AttentionMask, batch.BatchSize, batch.Length, Dimension, _model.Pooling);
    }

    public void Dispose() => _session.Dispose();
}

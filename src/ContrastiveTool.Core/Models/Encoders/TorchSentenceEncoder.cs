using ContrastiveTool.Core.Models.Bert;
using ContrastiveTool.Core.Models.Tokenization;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>A trainable sentence encoder in TorchSharp: body (BERT or bag of embeddings) → pooling → optional projection → L2 normalisation.</summary>
/// <remarks>Parameters are named <c>body.*</c> and <c>projection.*</c>; a checkpoint is this module's state dict plus
/// its <see cref="TorchEncoderSpec"/>. <see cref="Forward"/> keeps the autograd graph (training);
/// <see cref="EncodeBatch"/> runs in eval mode without gradients (embedding).</remarks>
public sealed class TorchSentenceEncoder : nn.Module<Tensor, Tensor, Tensor>, ITextEncoder
{
    private readonly nn.Module<Tensor, Tensor, Tensor> _body;
    private readonly Linear? _projection;

    /// <summary>Builds the modules of <paramref name="spec"/>, random-initialised from <paramref name="seed"/>.</summary>
    public TorchSentenceEncoder(string name, TorchEncoderSpec spec, WordPieceTextTokenizer tokenizer, long seed = 42)
        : base(nameof(TorchSentenceEncoder))
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(tokenizer);
        Name = name;
        Spec = spec;
        Tokenizer = tokenizer;
        torch.random.manual_seed(seed);
        _body = spec.Architecture == TorchEncoderSpec.BertArchitecture
            ? new BertModel(spec.Bert! with { VocabSize = tokenizer.Vocabulary.Count })
            : new TokenEmbeddingBody(tokenizer.Vocabulary.Count, spec.TokenSize);
        register_module("body", _body);
        if (spec.ProjectionSize is int size)
        {
            _projection = nn.Linear(spec.TokenSize, size);
            register_module("projection", _projection);
        }
    }

    /// <inheritdoc/>
    public string Name { get; }

    public TorchEncoderSpec Spec { get; }

    /// <summary>The transformer, when the architecture is <c>bert</c> (weights load into it by name).</summary>
    public BertModel? Bert => _body as BertModel;

    /// <inheritdoc/>
    public int Dimension => Spec.Dimension;

    /// <inheritdoc/>
    public WordPieceTextTokenizer Tokenizer { get; }

    /// <inheritdoc/>
    public string QueryPrefix => Spec.QueryPrefix;

    /// <summary>Ids and mask <c>(B, T)</c> → unit-length sentence vectors <c>(B, D)</c>, with gradients.</summary>
    public override Tensor forward(Tensor inputIds, Tensor attentionMask)
    {
        using var scope = NewDisposeScope();
        var tokens = _body.forward(inputIds, attentionMask);                                           // (B, T, H)
        Tensor pooled;
        if (Spec.Pooling == PoolingMode.Cls)
            pooled = tokens.select(1, 0);                                                              // (B, H)
        else
        {
            var mask = attentionMask.unsqueeze(-1).to(tokens.dtype);                                   // (B, T, 1)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp_min(1e-9);                              // (B, H)
        }
        if (_projection is not null)
            pooled = _projection.forward(pooled);                                                      // (B, D)
        return nn.functional.normalize(pooled, p: 2, dim: 1).MoveToOuterDisposeScope();               // (B, D)
    }

    /// <summary>The sentence vectors of a tokenised batch, with gradients (for training).</summary>
    public Tensor Forward(TokenBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var scope = NewDisposeScope();
        return forward(batch.InputIdsTensor(), batch.AttentionMaskTensor()).MoveToOuterDisposeScope();  // (B, D)
    }

    /// <inheritdoc/>
    public float[] EncodeBatch(TokenBatch batch)
    {
        bool wasTraining = training;
        eval();
        try
        {
            using var noGrad = no_grad();
            using var scope = NewDisposeScope();
            return Forward(batch).data<float>().ToArray();                                             // (B, D)
        }
        finally
        {
            train(wasTraining);
        }
    }
}

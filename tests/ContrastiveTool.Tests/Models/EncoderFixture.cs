using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Tests.Models;

/// <summary>Loads each pretrained encoder once for every test in the "encoders" collection (loading MiniLM takes seconds).</summary>
public sealed class EncoderFixture : IDisposable
{
    private readonly Lazy<OnnxSentenceEncoder> _miniLm = new(() => new OnnxSentenceEncoder(PackagedModel.MiniLm));

    private readonly Lazy<TorchSentenceEncoder> _miniLmTorch = new(() => EncoderCatalog.MiniLmTorch());
    private readonly Lazy<OnnxSentenceEncoder> _arcticXs = new(() => new OnnxSentenceEncoder(PackagedModel.ArcticXs));

    public OnnxSentenceEncoder MiniLm => _miniLm.Value;

    /// <summary>minilm-torch; tests must not change its weights.</summary>
    public TorchSentenceEncoder MiniLmTorch => _miniLmTorch.Value;

    public OnnxSentenceEncoder ArcticXs => _arcticXs.Value;

    /// <summary>The shared encoder called <paramref name="name"/>.</summary>
    public ITextEncoder Get(string name) => name switch
    {
        "minilm" => MiniLm,
        "minilm-torch" => MiniLmTorch,
        "arctic-xs" => ArcticXs,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a shared encoder"),
    };

    public void Dispose()
    {
        if (_arcticXs.IsValueCreated)
            _arcticXs.Value.Dispose();
        if (_miniLm.IsValueCreated)
            _miniLm.Value.Dispose();
        if (_miniLmTorch.IsValueCreated)
            _miniLmTorch.Value.Dispose();
    }
}

/// <summary>The test collection that shares one <see cref="EncoderFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class EncoderCollection : ICollectionFixture<EncoderFixture>
{
    public const string Name = "encoders";
}

using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Tests.Models;

/// <summary>Loads each pretrained encoder once for every test in the "encoders" collection (loading MiniLM takes seconds).</summary>
public sealed class EncoderFixture : IDisposable
{
    private readonly Lazy<OnnxSentenceEncoder> _miniLm = new(() => new OnnxSentenceEncoder(PackagedModel.MiniLm));

    private readonly Lazy<TorchSentenceEncoder> _miniLmTorch = new(EncoderCatalog.MiniLmTorch);

    public OnnxSentenceEncoder MiniLm => _miniLm.Value;

    /// <summary>minilm-torch; tests must not change its weights.</summary>
    public TorchSentenceEncoder MiniLmTorch => _miniLmTorch.Value;

    public void Dispose()
    {
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

using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Tests.Models;

/// <summary>minilm-torch (TorchSharp modules, weights from the ONNX initializers) against minilm (ONNX Runtime).</summary>
[Collection(EncoderCollection.Name)]
public sealed class MiniLmParityTests(EncoderFixture fixture)
{
    /// <summary>English, Arabic (with harakat and ٱ), accents, symbols, a long text and an empty one.</summary>
    public static readonly string[] Sentences =
    [
        "This is an example sentence",
        "How do I reset my password?",
        "The quick brown fox jumps over the lazy dog, again and again.",
        "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ",
        "مرحبا بالعالم، كيف حالك؟",
        "Café naïve résumé: €5 + £3 = $8 <maybe> ^_^ ~ |pipes|",
        string.Join(' ', Enumerable.Repeat("tokens in a long paragraph that goes on", 40)),
        "",
    ];

    /// <summary>The largest |torch − onnx| over all components of all sentences.</summary>
    public static double MaxAbsDifference(EmbeddingMatrix a, EmbeddingMatrix b) =>
        a.Values.Zip(b.Values, (x, y) => Math.Abs((double)x - y)).Max();

    [Fact]
    public void Encode_FixedSentences_MatchesOnnxWithin1e4()
    {
        var options = new EncodeOptions(BatchSize: 4, MaxLength: 256);

        var onnx = EmbeddingRunner.Encode(fixture.MiniLm, Sentences, options);
        var torch = EmbeddingRunner.Encode(fixture.MiniLmTorch, Sentences, options);

        Assert.Equal((onnx.Count, onnx.Dimension), (torch.Count, torch.Dimension));
        Assert.InRange(MaxAbsDifference(onnx, torch), 0, 1e-4);
    }

    [Fact]
    public void MiniLmTorch_WithProjectionHead_GivesUnitVectorsOfThatSize()
    {
        using var encoder = EncoderCatalog.MiniLmTorch(projectionSize: 128, seed: 5);

        var embedding = EmbeddingRunner.Encode(encoder, ["a sentence", "another one"], EncodeOptions.Training);

        Assert.Equal(128, embedding.Dimension);
        Assert.Equal(1.0, embedding.Cosine(1, 1), 5);
    }

    [Fact]
    public void Forward_Training_HasGradientsForEveryParameter()
    {
        using var encoder = EncoderCatalog.Load("tiny-transformer", seed: 7) as TorchSentenceEncoder;
        var batch = encoder!.Tokenizer.EncodeBatch(["a first sentence", "and a second one"], 32);

        using var vectors = encoder.Forward(batch);                                   // (2, 128)
        using var loss = vectors.sum();
        loss.backward();

        Assert.All(encoder.parameters(), p => Assert.NotNull(p.grad));
    }
}

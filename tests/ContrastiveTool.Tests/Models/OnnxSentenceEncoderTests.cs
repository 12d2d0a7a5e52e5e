using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Tests.Models;

[Collection(EncoderCollection.Name)]
public sealed class OnnxSentenceEncoderTests(EncoderFixture fixture)
{
    [Fact]
    public void Encode_AnyText_GivesUnitVectors()
    {
        var embedding = EmbeddingRunner.Encode(fixture.MiniLm, ["a", "a longer sentence with more words", ""], new EncodeOptions());

        for (int i = 0; i < embedding.Count; i++)
            Assert.Equal(1.0, embedding.Cosine(i, i), 5);
    }

    [Fact]
    public void Encode_Paraphrase_RanksAboveAnUnrelatedSentence()
    {
        var embedding = EmbeddingRunner.Encode(fixture.MiniLm,
            ["How do I reset my password?", "What are the steps to change a forgotten password?", "The cat slept on the warm windowsill."],
            new EncodeOptions());

        Assert.True(embedding.Cosine(0, 1) > embedding.Cosine(0, 2) + 0.3,
                    $"paraphrase {embedding.Cosine(0, 1):F3} vs unrelated {embedding.Cosine(0, 2):F3}");
    }

    [Fact]
    public void Encode_BatchedAndSortedByLength_EqualsOneAtATime()
    {
        string[] texts = ["short", "a somewhat longer sentence here", "mid length text", "x"];

        var batched = EmbeddingRunner.Encode(fixture.MiniLm, texts, new EncodeOptions(BatchSize: 3));
        var single = EmbeddingRunner.Encode(fixture.MiniLm, texts, new EncodeOptions(BatchSize: 1));

        for (int i = 0; i < batched.Values.Length; i++)
            Assert.Equal(single.Values[i], batched.Values[i], 4);
    }
}

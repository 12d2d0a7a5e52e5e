using ContrastiveTool.Core;
using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Models;

public sealed class EncoderCheckpointTests
{
    private static readonly string[] Texts = ["a first sentence", "a second, longer sentence with more words", "ٱلْحَمْدُ"];

    [Theory]
    [InlineData("bow")]
    [InlineData("tiny-transformer")]
    public void Save_ThenLoadByFolderPath_GivesIdenticalEmbeddings(string model)
    {
        using var folder = new TempFolder();
        using var original = (TorchSentenceEncoder)EncoderCatalog.Load(model, seed: 3);
        EncoderCheckpoint.Save(original, folder.Path);

        using var loaded = EncoderCatalog.Load(folder.Path);

        Assert.Equal(EmbeddingRunner.Encode(original, Texts, new EncodeOptions()).Values,
                     EmbeddingRunner.Encode(loaded, Texts, new EncodeOptions()).Values);
        Assert.Equal(model, loaded.Name);
    }

    [Fact]
    public void Load_SameSeed_SameWeights_DifferentSeed_DifferentWeights()
    {
        using var a = EncoderCatalog.Load("bow", seed: 1);
        using var b = EncoderCatalog.Load("bow", seed: 1);
        using var c = EncoderCatalog.Load("bow", seed: 2);
        var options = new EncodeOptions();

        Assert.Equal(EmbeddingRunner.Encode(a, Texts, options).Values, EmbeddingRunner.Encode(b, Texts, options).Values);
        Assert.NotEqual(EmbeddingRunner.Encode(a, Texts, options).Values, EmbeddingRunner.Encode(c, Texts, options).Values);
    }

    [Fact]
    public void Load_FolderWithoutConfig_ThrowsUserInputExceptionNamingTheModels()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<UserInputException>(() => EncoderCatalog.Load(folder.Path));
        Assert.Contains("minilm", error.Message);
    }

    [Fact]
    public void Load_UnknownName_SuggestsTheClosest()
    {
        var error = Assert.Throws<UserInputException>(() => EncoderCatalog.Load("minlm"));
        Assert.Contains("did you mean 'minilm'", error.Message);
    }
}

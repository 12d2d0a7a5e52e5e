using ContrastiveTool.Core;
using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Models.Embeddings;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Mining;

public sealed class MiningEmbeddingsTests
{
    [Fact]
    public void FromFile_RowsLookedUpById()
    {
        using var folder = new TempFolder();
        string path = folder.File("emb.safetensors");
        EmbeddingsFile.Write(path, MiningFixture.Angles(0, 90, 180), ["c1", "q0", "c0"]);
        var (queries, corpus) = MiningEmbeddings.FromFile(path, MiningFixture.Input(2, [1]));
        Assert.Equal([0f, 1f], queries.Row(0).ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);       // q0 = 90°
        Assert.Equal([-1f, 0f], corpus.Row(0).ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);       // c0 = 180°
        Assert.Equal([1f, 0f], corpus.Row(1).ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);        // c1 = 0°
    }

    [Fact]
    public void FromFile_IdListedTwiceWithTheSameVector_Accepted()
    {
        // an answer listed under two questions is embedded twice: the same text, so the same vector
        using var folder = new TempFolder();
        string path = folder.File("emb.safetensors");
        EmbeddingsFile.Write(path, MiningFixture.Angles(0, 90, 0), ["c0", "q0", "c0"]);
        var (_, corpus) = MiningEmbeddings.FromFile(path, MiningFixture.Input(1, [0]));
        Assert.Equal([1f, 0f], corpus.Row(0).ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void FromFile_IdListedTwiceWithDifferentVectors_RefusedInsteadOfGuessing()
    {
        // a question and an answer sharing an id: which row is whose is unknown, so nothing is picked silently
        using var folder = new TempFolder();
        string path = folder.File("emb.safetensors");
        EmbeddingsFile.Write(path, MiningFixture.Angles(0, 90, 180), ["c0", "c1", "c0"]);
        var error = Assert.Throws<UserInputException>(() => MiningEmbeddings.FromFile(path, MiningFixture.Input(2, [1], queryIds: ["q0"])));
        Assert.Contains("different embeddings for 1 id(s) the data uses, e.g. c0", error.Message);
    }
}

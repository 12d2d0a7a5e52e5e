using ContrastiveTool.Cli;
using ContrastiveTool.Core.Models.Embeddings;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

/// <summary><c>contrastive embed</c> through the real parser; the fast <c>bow</c> model unless the test is about another.</summary>
public sealed class EmbedVerbTests
{
    [Fact]
    public void Embed_TextFile_WritesOneRowPerNonBlankLineWithLineIds()
    {
        using var folder = new TempFolder();
        string input = folder.Write("texts.txt", "first text\n\nsecond text\nthird\n");
        string output = folder.File("emb.safetensors");

        var result = CliRunner.Run("embed", input, "--model", "bow", "-o", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("texts/s", result.Output);
        var (matrix, ids) = EmbeddingsFile.Read(output);
        Assert.Equal((3, 128), (matrix.Count, matrix.Dimension));
        Assert.Equal(["line-1", "line-3", "line-4"], ids);
    }

    [Fact]
    public void Embed_RankedQa_WritesQuestionsThenAnswersWithTheirIds()
    {
        using var folder = new TempFolder();
        string output = folder.File("qa.safetensors");

        var result = CliRunner.Run("embed", Fixture.Path("qa", "small.jsonl"), "--model", "bow", "-o", output, "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var (_, ids) = EmbeddingsFile.Read(output);
        int questions = ids.TakeWhile(id => id.StartsWith('q')).Count();
        Assert.True(questions > 0 && questions < ids.Count, string.Join(",", ids));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Embed_JsonLinesWithField_UsesTheIdField()
    {
        using var folder = new TempFolder();
        string input = folder.Write("rows.jsonl", "{\"id\": \"x1\", \"text\": \"hello\"}\n{\"text\": \"no id here\"}\n");
        string output = folder.File("rows.safetensors");

        var result = CliRunner.Run("embed", input, "--field", "text", "--model", "bow", "-o", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(["x1", "line-2"], EmbeddingsFile.Read(output).Ids);
    }

    [Theory]
    [InlineData("--field", "body", "no string field 'body'")]
    [InlineData("--device", "cuda", "TorchSharp-cuda-linux")]
    [InlineData("--model", "minlm", "did you mean 'minilm'")]
    [InlineData("--max-length", "1", "--max-length must be between 2 and 512")]
    public void Embed_BadOption_ExitsOneWithAMessageAndNoStackTrace(string option, string value, string message)
    {
        using var folder = new TempFolder();
        string input = folder.Write("rows.jsonl", "{\"text\": \"hello\"}\n");

        var result = CliRunner.Run("embed", input, option, value, "-o", folder.File("out.safetensors"));

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(message, result.Errors.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors);
        Assert.False(File.Exists(folder.File("out.safetensors")));
    }
}

using System.Text.Json;
using ContrastiveTool.Cli;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Evaluation;

/// <summary><c>eval --model --data</c> end to end through the real parser, on the bundled sample.</summary>
public sealed class ModelEvalTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "sample", "ranked-qa.jsonl");

    [Fact]
    public void EvalModel_MiniLmOnTheSample_BeatsChanceInEveryViewAndWritesJson()
    {
        using var folder = new TempFolder();
        string output = folder.File("metrics.json");
        var result = CliRunner.Run("eval", "--model", "minilm", "--data", Path.GetFullPath(Sample), "-o", output, "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var views = json.RootElement.GetProperty("views");
        // 60 questions, 190 answers: a random ranking would put the positive first about 1 time in 60 overall.
        double overall = views.GetProperty("overall").GetProperty("metrics").GetProperty("accuracy@1").GetDouble();
        double hard = views.GetProperty("hard_neg").GetProperty("metrics").GetProperty("mrr").GetDouble();
        Assert.Equal(60, views.GetProperty("overall").GetProperty("queries").GetInt32());
        Assert.InRange(overall, 0.3, 1.0);
        Assert.InRange(hard, 0.5, 1.0);
    }

    [Fact]
    public void EvalModel_RetrievalOverAllAnswers_FindsMostTopAnswersFirst()
    {
        var result = CliRunner.Run("eval", "--model", "minilm", "--data", Path.GetFullPath(Sample), "--evaluator", "retrieval", "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var retrieval = json.RootElement.GetProperty("views").GetProperty("retrieval");
        // 190 answers in the corpus; chance would put the top answer first about 1 time in 190.
        Assert.Equal(60, retrieval.GetProperty("queries").GetInt32());
        Assert.InRange(retrieval.GetProperty("metrics").GetProperty("accuracy@1").GetDouble(), 0.5, 1.0);
        Assert.InRange(retrieval.GetProperty("metrics").GetProperty("recall@10").GetDouble(), 0.8, 1.0);
    }

    [Theory]
    [InlineData("eval", "--model", "minilm", "--data", "x", "--evaluator", "nope")]
    [InlineData("eval", "--model", "minilm")]
    [InlineData("eval", "--model", "minilm", "--data", "/no/such.jsonl")]
    [InlineData("eval", "--model", "minilm", "--data", "x", "--qrels", "q.txt", "--run", "r.txt")]
    public void EvalModel_BadOptions_ExitOneWithAMessage(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("error", result.Errors);
    }
}

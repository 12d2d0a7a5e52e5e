using ContrastiveTool.Core;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Evaluation.Reports;

public sealed class MetricsLogReaderTests
{
    private const string TrainerLog = """
        {"step": 0, "eval": {"mrr": 0.25, "ndcg@10": 0.3}}
        {"step": 1, "loss": 2.5, "batch": {"acc": 0.1}}

        {"step": 2, "loss": 1.75, "eval": {"mrr": 0.5}}
        {"step": 3, "loss": 1.5, "docs_seen": 96}
        """;

    [Fact]
    public void Read_TrainerLog_TakesTheQuantityOnlyFromLinesThatHaveIt()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("infonce"));
        string path = folder.Write("infonce/metrics.jsonl", TrainerLog);

        var loss = MetricsLogReader.Read(path, "loss");
        var mrr = MetricsLogReader.Read(path, "eval.mrr", "baseline");

        Assert.Equal("infonce", loss.Run);
        Assert.Equal([(1L, 2.5), (2L, 1.75), (3L, 1.5)], loss.Points);
        Assert.Equal("baseline", mrr.Run);
        Assert.Equal([(0L, 0.25), (2L, 0.5)], mrr.Points);
        Assert.Equal([(0L, 0.3)], MetricsLogReader.Read(path, "eval.ndcg@10").Points);
    }

    [Theory]
    [InlineData("{\"step\": 0, \"loss\": 1}\n{\"step\": 1, \"loss\": 0.9", "metrics.jsonl:2: not JSON")]
    [InlineData("{\"loss\": 1}\n", "metrics.jsonl:1: not a metrics line: expected an object with a whole-number \"step\"")]
    [InlineData("[1, 2]\n", "metrics.jsonl:1: not a metrics line")]
    [InlineData("{\"step\": 0, \"loss\": 1}\n", "has no line with 'eval.mrr'")]
    [InlineData("{\"step\": 0, \"eval\": 0.5}\n", "has no line with 'eval.mrr'")]
    public void Read_BadLog_IsAUserErrorNamingTheLine(string content, string message)
    {
        using var folder = new TempFolder();
        string path = folder.Write("metrics.jsonl", content);
        var error = Assert.Throws<UserInputException>(() => MetricsLogReader.Read(path, "eval.mrr"));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Read_MissingFile_IsAUserError()
    {
        var error = Assert.Throws<UserInputException>(() => MetricsLogReader.Read("/no/such/metrics.jsonl", "loss"));
        Assert.Contains("no such metrics log", error.Message);
    }
}

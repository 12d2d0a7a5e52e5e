using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Evaluation.Reports;

public sealed class MetricsFileWriterTests
{
    [Fact]
    public void Write_ThenRead_SameSummariesAndPerQueryValues()
    {
        using var folder = new TempFolder();
        var result = new EvaluationResult(["q1", "q2"], ["q3"], [new MetricScores("mrr@10", [1, 0.5]), new MetricScores("recall@10", [1, 0])]);
        var summaries = new List<MetricSummary> { new("mrr@10", 0.75, 0.25, 0.5, 1, 2), new("recall@10", 0.5, 0.5, 0, 1, 2) };

        string path = MetricsFileWriter.Write(folder.File("zero-shot"), "minilm", "test.jsonl", "retrieval", result, summaries);

        Assert.Equal(folder.File(Path.Combine("zero-shot", "metrics.json")), path);
        var read = MetricsFileReader.Read(path, "zero-shot");
        Assert.Equal(summaries, read.Summaries);
        Assert.Equal(result.QueryIds, read.PerQuery!.QueryIds);
        Assert.Equal([1.0, 0.5], read.PerQuery["mrr@10"].PerQuery);
        Assert.Equal(["metrics.json", "per-query.tsv"], Directory.GetFiles(folder.File("zero-shot")).Select(Path.GetFileName).Order());
    }
}

using System.Text.Json;
using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Evaluation.Reports;

public sealed class MetricsFileWriterTests
{
    private static readonly EvaluationResult Result = new(["q0", "q1", "q2", "q3"], ["q4"],
        [new MetricScores("mrr", [1, 0.5, 0.25, 1]), new MetricScores("ndcg@10", [1, 0.63, 0.43, 1])]);

    [Fact]
    public void Write_ThenRead_GivesTheSameMeansIntervalsAndPerQueryValues()
    {
        using var folder = new TempFolder();
        var (path, summaries) = MetricsFileWriter.Write(folder.File("run"), Result, new Bootstrap(seed: 3),
            new Dictionary<string, object?> { ["model"] = "bow" });

        var read = MetricsFileReader.Read(path, "run");

        Assert.Equal(folder.File("run/metrics.json"), path);
        Assert.Equal(summaries, read.Summaries);
        Assert.Equal(0.6875, read.Find("mrr")!.Mean, 12);                 // (1 + 0.5 + 0.25 + 1) / 4
        Assert.Equal(Result.QueryIds, read.PerQuery!.QueryIds);
        Assert.Equal(Result["ndcg@10"].PerQuery, read.PerQuery["ndcg@10"].PerQuery);
    }

    [Fact]
    public void Write_FieldsFirst_ThenQueriesMetricsStatisticsAndTheTableName()
    {
        using var folder = new TempFolder();
        var (path, _) = MetricsFileWriter.Write(folder.Path, Result, new Bootstrap(seed: 3),
            new Dictionary<string, object?> { ["model"] = "bow", ["evaluator"] = "standardized" });

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal(["model", "evaluator", "queries", "metrics", "statistics", "per_query_file"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal((4, 1), (root.GetProperty("queries").GetProperty("evaluated").GetInt32(), root.GetProperty("queries").GetProperty("excluded_no_relevant").GetInt32()));
        Assert.Equal(0.6875, root.GetProperty("metrics").GetProperty("mrr").GetDouble());
        Assert.Equal("per-query.tsv", root.GetProperty("per_query_file").GetString());
        Assert.Equal(5, File.ReadAllLines(folder.File("per-query.tsv")).Length);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.partial"));
    }
}

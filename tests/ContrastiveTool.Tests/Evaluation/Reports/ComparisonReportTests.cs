using ContrastiveTool.Core;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;
using Snapshooter.Xunit;

namespace ContrastiveTool.Tests.Evaluation.Reports;

public sealed class ComparisonReportTests
{
    [Fact]
    public void Build_ThreeSystems_ColumnsAreTheUnionInFirstSeenOrderAndEveryPairIsListed()
    {
        var report = ComparisonReport.Build(ReportSystems.Three());
        Assert.Equal(["mrr@10", "ndcg@10", "recall@10", "map@10"], report.Metrics);
        Assert.Equal([("bm25", "dense"), ("bm25", "hybrid"), ("dense", "hybrid")], report.Comparisons.Select(c => (c.First, c.Second)));
        Assert.Equal(0.8125, report.Best("mrr@10"));
        Assert.Equal(0.33333, report.Best("map@10"));
    }

    [Fact]
    public void Build_PerQueryValuesOnBothSides_PValuesAreThePairedTestsOnTheSharedMetrics()
    {
        var systems = ReportSystems.Three();
        var report = ComparisonReport.Build(systems, new PairedRandomizationTest(2000, seed: 3));
        var pair = report.Comparisons[0];
        Assert.True(pair.Tested);
        Assert.Equal(8, pair.CommonQueries);
        Assert.Equal(["mrr@10", "ndcg@10", "recall@10"], pair.PValues.Select(p => p.Label));
        double expected = new PairedRandomizationTest(2000, seed: 3).PValue(systems[0].PerQuery!["mrr@10"].PerQuery, systems[1].PerQuery!["mrr@10"].PerQuery);
        Assert.Equal(expected, pair.PValues[0].PValue);
        // recall@10: both means are 0.5, the differences are ±1 four times each, so the observed mean difference is 0: p = 1.
        Assert.Equal(1.0, pair.PValues[2].PValue);
        Assert.False(report.Comparisons[1].Tested);
    }

    [Fact]
    public void Build_QueriesInADifferentOrder_PairsByQueryId()
    {
        var a = new SystemMetrics("a", [ReportSystems.S("mrr@10", 0.5, 0, 1)], new(["q1", "q2", "q3"], [], [new("mrr@10", [1.0, 0.0, 0.5])]));
        var b = new SystemMetrics("b", [ReportSystems.S("mrr@10", 0.5, 0, 1)], new(["q3", "q1", "q9"], [], [new("mrr@10", [0.5, 1.0, 0.0])]));
        var pair = ComparisonReport.Build([a, b]).Comparisons.Single();
        Assert.Equal(2, pair.CommonQueries);
        Assert.Equal(1.0, pair.PValues.Single().PValue); // identical on q1 and q3
    }

    [Fact]
    public void Build_DuplicateNames_ThrowsUserInputNamingTheFix()
    {
        var system = ReportSystems.Three()[0];
        var error = Assert.Throws<UserInputException>(() => ComparisonReport.Build([system, system]));
        Assert.Contains("--names", error.Message);
    }

    [Fact]
    public void Render_ThreeSystems_MarkdownMatchesSnapshot()
    {
        var report = ComparisonReport.Build(ReportSystems.Three(), new PairedRandomizationTest(2000, seed: 3));
        Snapshot.Match(MarkdownReportWriter.Render(report));
    }

    [Fact]
    public void Render_TiedBest_BothCellsAreBold()
    {
        string markdown = MarkdownReportWriter.Render(ComparisonReport.Build(ReportSystems.Three()));
        string[] rows = markdown.Split('\n').Where(l => l.StartsWith("| bm25", StringComparison.Ordinal) || l.StartsWith("| dense", StringComparison.Ordinal)).ToArray();
        Assert.All(rows, row => Assert.Contains("**0.5000** [", row, StringComparison.Ordinal));
    }
}

using System.Globalization;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;
using ContrastiveTool.Core.Training.Comparison;
using Snapshooter;
using Snapshooter.Xunit;

namespace ContrastiveTool.Tests.Training.Comparison;

/// <summary>The report of fixed comparison rows: what report.md and report.csv say, without training anything.</summary>
public sealed class ComparisonReportBuilderTests
{
    private const string Description = "3 runs trained from **minilm-torch** on fixed rows; judged on 6 questions.";

    private static ComparisonReport Build(bool cancelled = false, IReadOnlyList<RunOutcome>? rows = null) =>
        ComparisonReportBuilder.Build(rows ?? ComparisonOutcomes.FourRows(), Description, cancelled, new PairedRandomizationTest(2000, seed: 3));

    [Fact]
    public void Render_FourRowsWithAFailure_MarkdownMatchesSnapshot()
    {
        Snapshot.Match(MarkdownReportWriter.Render(Build()));
    }

    [Fact]
    public void Build_Cancelled_MarkdownMatchesSnapshotAndSaysPartial()
    {
        var rows = ComparisonOutcomes.FourRows().Take(2)
            .Append(new RunOutcome("triplet", RunStatus.Cancelled, "cancelled (Ctrl+C)"))
            .Append(new RunOutcome("broken", RunStatus.NotRun, "not run (cancelled)")).ToList();
        string markdown = MarkdownReportWriter.Render(Build(cancelled: true, rows));
        Assert.Contains("**Partial report**: stopped by Ctrl+C after 1 of 3 runs", markdown);
        Snapshot.Match(markdown, new SnapshotNameExtension("partial"));
    }

    [Fact]
    public void Build_WithBaseline_TestsEveryRunAgainstTheBaselineOnly()
    {
        var report = Build();
        Assert.Equal("baseline", report.Reference);
        Assert.Equal([("baseline", "infonce"), ("baseline", "triplet"), ("baseline", "broken")], report.Comparisons.Select(c => (c.First, c.Second)));
        Assert.False(report.Comparisons[2].Tested);                                       // the failed run has nothing to pair
        Assert.Equal(["mrr", "ndcg@10", "hard_neg_accuracy"], report.Metrics);
        Assert.Equal(5.0 / 6, report.Best("mrr")!.Value, 12);                             // infonce: (1+1+1+0.5+1+0.5)/6
    }

    [Fact]
    public void Build_HardNegativeAccuracy_IsPairedOnItsOwnQuestions()
    {
        var rows = ComparisonOutcomes.FourRows();
        var pair = Build().AgainstReference("triplet")!;
        // baseline [0,1,0,1] vs triplet [1,1,1,1] on q1..q4 (not q1..q6): differences 1,0,1,0, observed |mean| 0.5; a sign
        // pattern reaches it when s1 = s3, so p ≈ 1/2. Recomputed with the same test and seed on the four paired values.
        double expected = new PairedRandomizationTest(2000, seed: 3).PValue([0, 1, 0, 1], [1, 1, 1, 1]);
        Assert.Equal(expected, pair.PValueOf("hard_neg_accuracy"));
        Assert.InRange(expected, 0.45, 0.55);
        Assert.Equal(6, pair.CommonQueries);
        Assert.Equal(4, rows[2].Metrics!.PerQueryOf("hard_neg_accuracy")!.Value.QueryIds.Count);
    }

    [Fact]
    public void Render_Csv_FailedRunHasOneRowWithItsStatusAndRunsHaveTheirPValue()
    {
        var report = Build();
        var rows = CsvReportWriter.Render(report).TrimEnd('\n').Split('\n');
        Assert.Equal("system,metric,mean,std,ci_lower,ci_upper,queries,p_value,status", rows[0]);
        Assert.Equal("broken,,,,,,,,failed: negatives: no such file: 'mined.jsonl'", rows[^1]);
        string infonceMrr = rows.Single(r => r.StartsWith("infonce,mrr,", StringComparison.Ordinal));
        double p = double.Parse(infonceMrr.Split(',')[7], CultureInfo.InvariantCulture);
        Assert.Equal(report.AgainstReference("infonce")!.PValueOf("mrr"), p);
        Assert.Equal("", rows.Single(r => r.StartsWith("baseline,mrr,", StringComparison.Ordinal)).Split(',')[7]);   // the reference itself
    }

    [Fact]
    public void Build_NoBaseline_TestsEveryPair()
    {
        var report = Build(rows: ComparisonOutcomes.FourRows().Skip(1).ToList());
        Assert.Null(report.Reference);
        Assert.Equal(3, report.Comparisons.Count);
    }
}

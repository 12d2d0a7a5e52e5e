using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Tests.Evaluation;

public sealed class StatisticsTests
{
    [Fact]
    public void Bootstrap_KnownValues_MeanStdAndIntervalAroundTheMean()
    {
        // values 0, 1, 0, 1: mean 0.5, population std = 0.5; the interval holds the mean and stays in [0, 1]
        var summary = new Bootstrap(resamples: 2000, seed: 1).Summarise(new MetricScores("m", [0, 1, 0, 1]));
        Assert.Equal(0.5, summary.Mean, 12);
        Assert.Equal(0.5, summary.StandardDeviation, 12);
        Assert.InRange(summary.Lower, 0, 0.5);
        Assert.InRange(summary.Upper, 0.5, 1);
        Assert.Equal(4, summary.Queries);
    }

    [Fact]
    public void Bootstrap_SameSeed_SameInterval()
    {
        var scores = new MetricScores("m", Enumerable.Range(0, 50).Select(i => (i % 7) / 7.0).ToArray());
        Assert.Equal(new Bootstrap(seed: 3).Summarise(scores), new Bootstrap(seed: 3).Summarise(scores));
    }

    [Fact]
    public void Bootstrap_ConstantValues_ZeroWidthInterval()
    {
        var summary = new Bootstrap().Summarise(new MetricScores("m", [0.25, 0.25, 0.25]));
        Assert.Equal((0.25, 0.25, 0.0), (summary.Lower, summary.Upper, summary.StandardDeviation));
    }

    [Fact]
    public void PairedTest_IdenticalSystems_PValueOne()
    {
        // every difference 0: every permutation ties the observed |mean| = 0 → p = (1 + R)/(1 + R) = 1
        double[] a = [0.1, 0.5, 0.9];
        Assert.Equal(1.0, new PairedRandomizationTest(1000).PValue(a, a), 12);
    }

    [Fact]
    public void PairedTest_AlwaysBetterBy0Point2On30Queries_Significant()
    {
        // d = +0.2 on all 30 queries: only the all-plus and all-minus sign patterns reach |mean| = 0.2 (2 / 2³⁰),
        // so p ≈ 1/(1 + R) = 1/10001
        var b = Enumerable.Range(0, 30).Select(i => i / 40.0).ToArray();
        var a = b.Select(v => v + 0.2).ToArray();
        Assert.True(new PairedRandomizationTest().PValue(a, b) < 0.001);
    }

    [Fact]
    public void PairedTest_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PairedRandomizationTest().PValue([1.0], [1.0, 2.0]));
    }
}

using ContrastiveTool.Core.Data.Statistics;

namespace ContrastiveTool.Tests.Data.Statistics;

public sealed class DistributionTests
{
    [Fact]
    public void Of_OddCount_MedianIsMiddleValue()
    {
        // sorted 1 2 3 7 12 → median 3, mean 25/5 = 5
        Assert.Equal(new Distribution(5, 1, 3, 5, 12), Distribution.Of([7, 1, 12, 3, 2]));
    }

    [Fact]
    public void Of_EvenCount_MedianIsMeanOfMiddlePair()
    {
        // sorted -4 0 2 10 → median (0 + 2) / 2 = 1, mean 8/4 = 2
        Assert.Equal(new Distribution(4, -4, 1, 2, 10), Distribution.Of([10, -4, 2, 0]));
    }

    [Fact]
    public void Of_Empty_IsEmpty() => Assert.Equal(Distribution.Empty, Distribution.Of([]));
}

using ContrastiveTool.Core.Training.Demo;

namespace ContrastiveTool.Tests.Training;

public sealed class DemoPlanTests
{
    [Theory]
    [InlineData(12, new[] { 3, 3, 3, 3 })]
    [InlineData(3, new[] { 1, 1, 1, 0 })]
    [InlineData(6, new[] { 2, 2, 1, 1 })]
    [InlineData(1, new[] { 1, 0, 0, 0 })]
    public void TierProportions_Negatives_SplitOverTheFourTiersFirstTiersFirst(int negatives, int[] expected) =>
        Assert.Equal(expected, DemoPlan.TierProportions(negatives));
}

using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Models.Encoders;
using static ContrastiveTool.Tests.Mining.MiningFixture;

namespace ContrastiveTool.Tests.Mining;

/// <summary>The 4-tier miner on four hand-placed clusters: 0 at 0°, 1 at 30° (adjacent to 0), 2 at 90°, 3 at 180°.</summary>
public sealed class TieredMinerTests
{
    private static readonly EmbeddingMatrix Query = Angles(0);
    private static readonly EmbeddingMatrix Corpus = Angles(0, 5, 30, 35, 90, 95, 180, 185);
    private static readonly MinerSettings OneEach = new(TierProportions: [1, 1, 1, 1], AdjacentK: 1);

    [Fact]
    public void Tiered_OneOfEachTier_PicksEachTiersKnownItems()
    {
        var clusters = Clusters(Corpus, [0, 0, 1, 1, 2, 2, 3, 3]);

        var result = Mine("tiered", Input(8, [0]), Query, Corpus, 4, OneEach, clusters);
        var row = Row(result, 0);

        Assert.Equal([1, 2, 3, 4], Tiers(result, 0));
        Assert.Equal(1, row[0]);                                    // tier 1: the only other member of cluster 0
        Assert.Equal([2, 3], row[1..3].Order());                    // tier 2 from cluster 1; tier 3 the most similar left outside cluster 0
        Assert.Contains(row[3], new long[] { 4, 5, 6, 7 });         // tier 4: clusters 2 and 3
        Assert.True(result.Validation.Passed);
        Assert.Equal([0, 1, 1, 1, 1], result.Validation.TierCounts);
    }

    [Fact]
    public void Tiered_OwnClusterHasOnlyThePositive_FallsBackToTheNextTierAndCountsIt()
    {
        var clusters = Clusters(Corpus, [0, 1, 1, 1, 2, 2, 3, 3]);

        var result = Mine("tiered", Input(8, [0]), Query, Corpus, 4, OneEach, clusters);

        Assert.Equal([2, 2, 3, 4], Tiers(result, 0));
        Assert.Equal(1, result.Counters.Events["tier 1 short → tier 2"]);
        Assert.Contains(result.Validation.Lines(), l => l.Check.StartsWith("tier counts", StringComparison.Ordinal) && !l.Passed);
    }

    [Fact]
    public void Tiered_SingleCluster_PadsWithTierFourAndCountsIt()
    {
        var corpus = Angles(0, 10, 20, 30, 40);
        var clusters = Clusters(corpus, [0, 0, 0, 0, 0]);

        var result = Mine("tiered", Input(5, [0]), Query, corpus, 4, OneEach, clusters);

        Assert.Equal([1, 2, 3, 4], Row(result, 0).Order());
        Assert.Equal([1, 4, 4, 4], Tiers(result, 0));
        Assert.Equal(3, result.Counters.Events["padded with tier 4"]);
    }

    [Fact]
    public void Tiered_ProportionsNotSummingToNegatives_IsAUserError()
    {
        var clusters = Clusters(Corpus, [0, 0, 1, 1, 2, 2, 3, 3]);
        var error = Assert.Throws<ContrastiveTool.Core.UserInputException>(() => Mine("tiered", Input(8, [0]), Query, Corpus, 5, OneEach, clusters));
        Assert.Contains("add up to 4", error.Message);
    }
}

using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Models.Encoders;
using static ContrastiveTool.Tests.Mining.MiningFixture;

namespace ContrastiveTool.Tests.Mining;

/// <summary>random, cluster and category on hand-built corpora whose answers are known.</summary>
public sealed class SamplingMinerTests
{
    private static readonly EmbeddingMatrix Query = Angles(0);

    [Fact]
    public void Random_CorpusOfFive_TakesEveryNonPositiveOnce()
    {
        var result = Mine("random", Input(5, [0]), Query, Angles(0, 10, 20, 30, 40), 4);

        Assert.Equal([1, 2, 3, 4], Row(result, 0).Order());
        Assert.All(Tiers(result, 0), t => Assert.Equal(4, t));
    }

    [Fact]
    public void Random_DifferentSeeds_DrawDifferently()
    {
        var corpus = Angles(Enumerable.Range(0, 200).Select(i => (double)i).ToArray());
        var a = Mine("random", Input(200, [0]), Query, corpus, 5, seed: 1);
        var b = Mine("random", Input(200, [0]), Query, corpus, 5, seed: 2);

        Assert.NotEqual(Row(a, 0), Row(b, 0));
    }

    [Fact]
    public void Cluster_OtherClusters_OneNegativeFromEachOtherCluster()
    {
        var corpus = Angles(0, 5, 90, 95, 180, 185, 270, 275);
        var clusters = Clusters(corpus, [0, 0, 1, 1, 2, 2, 3, 3]);

        var result = Mine("cluster", Input(8, [0]), Query, corpus, 3, clusters: clusters);

        Assert.Equal([1, 2, 3], Row(result, 0).Select(i => clusters.Assignments[i]).Order());
        Assert.All(Tiers(result, 0), t => Assert.Equal(4, t));
    }

    [Fact]
    public void Cluster_SameCluster_DrawsFromThePairsOwnClusterOnly()
    {
        var corpus = Angles(0, 5, 90, 95, 180, 185);
        var result = Mine("cluster", Input(6, [0]), Query, corpus, 1, new MinerSettings(SameCluster: true), Clusters(corpus, [0, 0, 1, 1, 2, 2]));

        Assert.Equal([1], Row(result, 0));
        Assert.Equal([1], Tiers(result, 0));
    }

    [Fact]
    public void Category_OtherCategories_NoneFromTheQuerysAndSpreadEvenly()
    {
        var input = Input(6, [0], queryCategories: ["a"], corpusCategories: ["a", "a", "b", "b", "c", "c"]);

        var result = Mine("category", input, Query, Angles(0, 5, 90, 95, 180, 185), 2);

        Assert.Equal(["b", "c"], Row(result, 0).Select(i => input.CorpusCategories![(int)i]).Order());
    }

    [Fact]
    public void Category_NoCategories_IsAUserError()
    {
        var error = Assert.Throws<ContrastiveTool.Core.UserInputException>(() => Mine("category", Input(3, [0]), Query, Angles(0, 5, 90), 1));
        Assert.Contains("--category-field", error.Message);
    }
}

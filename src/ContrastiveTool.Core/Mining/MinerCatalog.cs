using ContrastiveTool.Core.Mining.Strategies;

namespace ContrastiveTool.Core.Mining;

/// <summary>Every negative-mining strategy, one line each, by the name the CLI and configs use.</summary>
public static class MinerCatalog
{
    /// <summary>The strategies, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<MinerDescriptor> All { get; } =
    [
        new("random", "uniform over the corpus minus the query's positives (tier 4)", _ => new RandomMiner()),
        new("hard", "the most similar non-positives, no guard (tier 3)", _ => new HardMiner()),
        new("semi_hard", "sampled from s(a,p) − margin < s(a,n) < s(a,p); falls back to hard (tier 3)", s => new SemiHardMiner(s.SemiHardMargin)),
        new("range", "rank window + max/min score, margin and relative-margin guards (tier 3)", s => new RangeMiner(s.Range)),
        new("cluster", "evenly over the other k-means clusters (tier 4), or the pair's own with --same-cluster (tier 1)", s => new ClusterMiner(s.SameCluster)),
        new("category", "evenly over categories other than the query's (tier 4)", _ => new CategoryMiner()),
        new("tiered", "4 tiers: in-cluster, adjacent cluster, high similarity, random (3,4,3,2 of 12)", s => new TieredMiner(s.TierProportions, s.AdjacentK)),
    ];

    /// <summary>The descriptor named <paramref name="name"/>; an unknown name gets "did you mean" and the list.</summary>
    public static MinerDescriptor Find(string name) => NameLookup.Find(All, d => d.Name, name, "mining strategy");

    /// <summary>Builds strategy <paramref name="name"/> with <paramref name="settings"/>.</summary>
    public static INegativeMiner Create(string name, MinerSettings? settings = null) => Find(name).Create(settings ?? new MinerSettings());
}

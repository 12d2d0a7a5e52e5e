using ContrastiveTool.Core.Clustering;
using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Models.Encoders;
using CsCheck;
using static ContrastiveTool.Tests.Mining.MiningFixture;

namespace ContrastiveTool.Tests.Mining;

/// <summary>Invariants of every strategy over random inputs: no positive or query among the negatives, no repeats,
/// exact counts where the corpus allows, one output per seed, tier labels 1–4, tiered proportions kept.</summary>
public sealed class MiningPropertyTests
{
    /// <summary>A random case: Q queries with 1–2 positives each, N corpus items (d = 4), 3 categories, k clusters.</summary>
    private sealed record Case(int Queries, int Corpus, ulong VectorSeed, int[][] Positives, int K, int Negatives, long Seed);

    private static readonly Gen<Case> Cases =
        from queries in Gen.Int[1, 5]
        from corpus in Gen.Int[6, 40]
        from vectorSeed in Gen.ULong
        from positives in Gen.Int[0, corpus - 1].Array[1, 2].Array[queries]
        from k in Gen.Int[2, 4]
        from negatives in Gen.Int[1, 6]
        from seed in Gen.Long[0, 1000]
        select new Case(queries, corpus, vectorSeed, positives.Select(p => p.Distinct().ToArray()).ToArray(), k, negatives, seed);

    private static EmbeddingMatrix Unit(int count, ulong seed)
    {
        using var generator = new TorchSharp.torch.Generator(seed);
        using var values = TorchSharp.torch.nn.functional.normalize(TorchSharp.torch.randn([count, 4], generator: generator), dim: 1);
        return new EmbeddingMatrix(values.data<float>().ToArray(), count, 4);
    }

    private static (MiningInput Input, EmbeddingMatrix Queries, EmbeddingMatrix Corpus, ClusterResult Clusters) Build(Case c)
    {
        var categories = Enumerable.Range(0, c.Corpus).Select(i => (string?)$"cat{i % 3}").ToArray();
        var input = Input(c.Corpus, c.Positives.Select(p => p[0]).ToArray(), queryCategories: Enumerable.Range(0, c.Queries).Select(i => (string?)$"cat{i % 3}").ToArray(),
                          corpusCategories: categories) with { Positives = c.Positives };
        var corpus = Unit(c.Corpus, c.VectorSeed);
        var clusters = Clusters(corpus, Enumerable.Range(0, c.Corpus).Select(i => i % c.K).ToArray());
        return (input, Unit(c.Queries, c.VectorSeed + 1), corpus, clusters);
    }

    private static MinerSettings SettingsFor(string strategy, int negatives) => strategy == "tiered"
        ? new MinerSettings(TierProportions: negatives >= 4 ? [negatives - 3, 1, 1, 1] : [negatives, 0, 0, 0], AdjacentK: 1)
        : new MinerSettings();

    public static TheoryData<string> Strategies() => new(MinerCatalog.All.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Mine_AnyInput_NeverAPositiveNoRepeatsTiersInRangeAndOneOutputPerSeed(string strategy)
    {
        Cases.Sample(c =>
        {
            var (input, queries, corpus, clusters) = Build(c);
            var settings = SettingsFor(strategy, c.Negatives);
            var first = Mine(strategy, input, queries, corpus, c.Negatives, settings, clusters, seed: c.Seed, blockSize: 2);
            var again = Mine(strategy, input, queries, corpus, c.Negatives, settings, clusters, seed: c.Seed, blockSize: 2);
            Assert.True(first.Validation.Passed, string.Join("; ", first.Validation.Lines()));
            Assert.Equal(first.Negatives, again.Negatives);
            Assert.Equal(first.Tiers, again.Tiers);
            for (int p = 0; p < input.Pairs.Count; p++)
            {
                var row = Row(first, p).Where(i => i >= 0).ToArray();
                Assert.DoesNotContain(row, i => input.Positives[input.Pairs[p].Query].Contains((int)i));
                Assert.Equal(row.Length, row.Distinct().Count());
                Assert.All(Tiers(first, p).Where(t => t >= 0), t => Assert.InRange(t, 1, 4));
                int available = c.Corpus - input.Positives[input.Pairs[p].Query].Length;
                if (strategy is "random" or "hard" or "tiered")
                    Assert.Equal(Math.Min(c.Negatives, available), row.Length);
            }
        }, iter: 40);
    }

    [Fact]
    public void Tiered_LargeClusters_EveryRowHasExactlyTheProportions()
    {
        Gen.Select(Gen.Int[3, 5], Gen.ULong, Gen.Int[1, 3].Array[4], Gen.Long[0, 1000]).Sample((k, vectorSeed, proportions, seed) =>
        {
            int n = proportions.Sum();
            int corpus = k * (n + 4);
            var vectors = Unit(corpus, vectorSeed);
            var clusters = Clusters(vectors, Enumerable.Range(0, corpus).Select(i => i % k).ToArray());
            var input = Input(corpus, [0, 1, 2]);
            var result = Mine("tiered", input, Unit(3, vectorSeed + 1), vectors, n, new MinerSettings(TierProportions: proportions, AdjacentK: 1), clusters, seed: seed);
            for (int p = 0; p < 3; p++)
                for (int tier = 1; tier <= 4; tier++)
                    Assert.Equal(proportions[tier - 1], Tiers(result, p).Count(t => t == tier));
            Assert.Empty(result.Counters.Events);
        }, iter: 25);
    }
}

using ContrastiveTool.Core.Evaluation.Metrics;
using CsCheck;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Evaluation;

/// <summary>Invariants of every metric on random graded lists: values in [0, 1], recall@k never falls as k grows,
/// the seed's NDCG never below the standard one.</summary>
public sealed class MetricPropertyTests
{
    // A query: ranked grades (0..3, up to 8 ranks) and extra judged grades of documents not retrieved.
    private static readonly Gen<(double[] Ranked, double[] Judged)> Query =
        Gen.Select(Gen.Int[0, 3].Array[1, 8], Gen.Int[0, 3].Array[0, 4], (ranked, missed) =>
            (ranked.Select(g => (double)g).ToArray(), ranked.Concat(missed).Where(g => g > 0).Select(g => (double)g).ToArray()));

    private static readonly Gen<(double[] Ranked, double[] Judged)[]> Queries = Query.Array[1, 6];

    private static readonly MetricOptions[] AllOptions =
        [MetricOptions.Standard, new(GainKind.Exponential, MapDenominator.MinK), new(SeedCompat: true)];

    [Fact]
    public void Compute_AnyListAndCutoff_StaysInZeroOne()
    {
        Gen.Select(Queries, Gen.Int[1, 10]).Sample((queries, k) =>
        {
            using var scope = NewDisposeScope();
            using var lists = RankedLists.Of(queries);
            foreach (var options in AllOptions)
                foreach (string name in MetricCatalog.Names)
                {
                    var values = MetricCatalog.Create(name, options).Compute(lists, k);
                    Assert.True(values.ge(0).all().item<bool>() && values.le(1 + 1e-12).all().item<bool>(), $"{name}@{k} {options}");
                }
        }, iter: 200, seed: "0000bEvalProp1");
    }

    [Fact]
    public void Recall_GrowingK_NeverFalls()
    {
        Queries.Sample(queries =>
        {
            using var scope = NewDisposeScope();
            using var lists = RankedLists.Of(queries);
            var recall = new RecallMetric();
            for (int k = 1; k < 10; k++)
                Assert.True(recall.Compute(lists, k + 1).ge(recall.Compute(lists, k)).all().item<bool>(), $"recall@{k + 1} < recall@{k}");
        }, iter: 200, seed: "0000bEvalProp2");
    }

    [Fact]
    public void SeedNdcg_AnyList_NeverBelowStandard()
    {
        Gen.Select(Queries, Gen.Int[1, 10]).Sample((queries, k) =>
        {
            using var scope = NewDisposeScope();
            using var lists = RankedLists.Of(queries);
            var seed = new SeedNdcgMetric().Compute(lists, k);
            var standard = new NdcgMetric().Compute(lists, k);
            Assert.True(seed.ge(standard - 1e-12).all().item<bool>());
        }, iter: 200, seed: "0000bEvalProp3");
    }
}

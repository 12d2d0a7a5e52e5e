using ContrastiveTool.Core.Evaluation.Metrics;
using Microsoft.ML;
using Microsoft.ML.Data;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Evaluation;

/// <summary>Our NDCG against ML.NET's <c>mlContext.Ranking.Evaluate</c> where the definitions coincide.</summary>
/// <remarks>
/// ML.NET (RankingEvaluator): default gains 0, 3, 7, 15, 31 for labels 0..4 — 2^(label+1) − 1 from label 1 on, not
/// 2^label − 1 — so graded labels agree only with its gains set to 0, 1, 3, 7, 15 (our <see cref="GainKind.Exponential"/>);
/// binary labels agree with the defaults (gains 0, 3 are proportional to 0, 1). Discount 1/ln(i + 1) instead of 1/log2(i + 1) — a constant factor ln 2 in DCG that cancels in NDCG — and the ideal
/// from the labels of the group's scored rows. So NDCG agrees when every judged document is in the ranked list (a full
/// re-ranking), with exponential gains and no score ties. They differ: ML.NET's DCG is ours ÷ ln 2; with documents judged
/// but not retrieved our ideal (trec_eval's) is larger; trec_eval's default gain is the grade itself (linear);
/// ML.NET reports truncation levels 1..10 (RankingEvaluatorOptions.DcgTruncationLevel) and averages over every group,
/// including those without a relevant row, which we exclude; ML.NET has no MRR/MAP/recall.
/// </remarks>
public sealed class MlNetRankingCrossCheckTests
{
    private sealed class Row
    {
        public float Label { get; set; }
        public float Score { get; set; }
        [KeyType(1000)]
        public uint GroupId { get; set; }
    }

    [Theory]
    [InlineData(4, "0,1,3,7,15")]
    [InlineData(1, null)]
    public void Ndcg_ExponentialGainFullReRanking_MatchesMlNetAtEveryTruncation(int maxLabel, string? labelGains)
    {
        const int queries = 25, candidates = 12;
        var random = new Random(11);
        var rows = new List<Row>();
        var grades = new double[queries * candidates];
        var ideal = new double[queries * candidates];
        for (int q = 0; q < queries; q++)
        {
            var labels = Enumerable.Range(0, candidates).Select(_ => random.Next(0, maxLabel + 1)).ToArray();
            labels[random.Next(candidates)] = Math.Max(1, labels[0]); // at least one relevant row per query
            var scores = Enumerable.Range(0, candidates).Select(i => (float)(random.NextDouble() + i * 1e-3)).ToArray(); // no ties
            rows.AddRange(labels.Select((l, i) => new Row { Label = l, Score = scores[i], GroupId = (uint)q + 1 }));
            var byScore = Enumerable.Range(0, candidates).OrderByDescending(i => scores[i]).Select(i => (double)labels[i]).ToArray();
            byScore.CopyTo(grades, q * candidates);
            labels.Select(l => (double)l).OrderDescending().ToArray().CopyTo(ideal, q * candidates);
        }

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var metrics = labelGains is null ? ml.Ranking.Evaluate(data)
            : ml.Ranking.Evaluate(data, new RankingEvaluatorOptions { LabelGains = labelGains });

        using var scope = NewDisposeScope();
        var relevantCount = tensor(Enumerable.Range(0, queries).Select(q => (double)grades.Skip(q * candidates).Take(candidates).Count(g => g >= 1)).ToArray());
        using var ranked = new RankedRelevance(Enumerable.Range(0, queries).Select(q => $"q{q}").ToList(),
            tensor(grades, queries, candidates), relevantCount, tensor(ideal, queries, candidates));
        var ndcg = new NdcgMetric(GainKind.Exponential);
        for (int k = 1; k <= metrics.NormalizedDiscountedCumulativeGains.Count; k++)
            Assert.Equal(metrics.NormalizedDiscountedCumulativeGains[k - 1], ndcg.Compute(ranked, k).mean().item<double>(), 9);
    }
}

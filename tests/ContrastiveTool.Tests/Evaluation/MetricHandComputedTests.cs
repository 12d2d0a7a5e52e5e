using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Metrics;
using static ContrastiveTool.Tests.Evaluation.RankedLists;

namespace ContrastiveTool.Tests.Evaluation;

/// <summary>Every metric on small lists, the expected values worked out by hand in the comments.</summary>
public sealed class MetricHandComputedTests
{
    // Binary: ranked [0, 1, 0, 1], two relevant documents judged (R = 2).
    private static readonly double[] Binary = [0, 1, 0, 1];
    private static readonly double[] BinaryJudged = [1, 1];

    [Fact]
    public void ReciprocalRank_FirstHitAtTwo_IsHalfAndZeroWhenCutBefore()
    {
        // first relevant at rank 2: RR@3 = 1/2; RR@1 = 0 (cut before it)
        Assert.Equal(0.5, Value(new ReciprocalRankMetric(), 3, Binary, BinaryJudged), 12);
        Assert.Equal(0.0, Value(new ReciprocalRankMetric(), 1, Binary, BinaryJudged), 12);
    }

    [Fact]
    public void PrecisionRecallAccuracy_BinaryAtThree_CountHitsInTopThree()
    {
        // top 3 = [0, 1, 0]: one hit. P@3 = 1/3, Recall@3 = 1/R = 1/2, Acc@3 = 1, Acc@1 = 0
        Assert.Equal(1.0 / 3, Value(new PrecisionMetric(), 3, Binary, BinaryJudged), 12);
        Assert.Equal(0.5, Value(new RecallMetric(), 3, Binary, BinaryJudged), 12);
        Assert.Equal(1.0, Value(new AccuracyMetric(), 3, Binary, BinaryJudged), 12);
        Assert.Equal(0.0, Value(new AccuracyMetric(), 1, Binary, BinaryJudged), 12);
    }

    [Fact]
    public void AveragePrecision_Binary_DividesByAllRelevant()
    {
        // AP@3 = P@2·1 / R = (1/2)/2 = 0.25; AP@4 = (P@2 + P@4)/R = (1/2 + 2/4)/2 = 0.5
        Assert.Equal(0.25, Value(new AveragePrecisionMetric(), 3, Binary, BinaryJudged), 12);
        Assert.Equal(0.5, Value(new AveragePrecisionMetric(), 4, Binary, BinaryJudged), 12);
    }

    [Fact]
    public void AveragePrecision_MinK_DividesByMinOfKAndR()
    {
        // ranked [1, 1, 0], R = 3, k = 2: Σ P@i·rel_i = 1 + 1 = 2; trec_eval: 2/3; min-k: 2/min(2, 3) = 1
        double[] ranked = [1, 1, 0], judged = [1, 1, 1];
        Assert.Equal(2.0 / 3, Value(new AveragePrecisionMetric(), 2, ranked, judged), 12);
        Assert.Equal(1.0, Value(new AveragePrecisionMetric(MapDenominator.MinK), 2, ranked, judged), 12);
    }

    [Fact]
    public void Ndcg_BinaryAtThree_IdealFromAllJudged()
    {
        // DCG@3 = 1/log2(3) = 0.6309298; IDCG@3 = 1 + 1/log2(3) = 1.6309298 (both relevant documents) → 0.3868528
        Assert.Equal(0.38685280723454163, Value(new NdcgMetric(), 3, Binary, BinaryJudged), 12);
    }

    [Fact]
    public void Ndcg_Graded_LinearAndExponentialGains()
    {
        // ranked grades [2, 0, 3], judged {3, 2, 1}.
        // linear: DCG = 2/1 + 3/log2(4) = 3.5; IDCG = 3 + 2/log2(3) + 1/2 = 4.7618595 → 0.7350070
        // exponential: DCG = 3/1 + 7/2 = 6.5; IDCG = 7 + 3/log2(3) + 1/2 = 9.3927893 → 0.6920202
        double[] ranked = [2, 0, 3], judged = [3, 2, 1];
        Assert.Equal(0.7350069851388743, Value(new NdcgMetric(), 3, ranked, judged), 12);
        Assert.Equal(0.6920202103528978, Value(new NdcgMetric(GainKind.Exponential), 3, ranked, judged), 12);
    }

    [Fact]
    public void SeedMetrics_MissedRelevant_IgnoreWhatTheTopKMissed()
    {
        // seed NDCG@3: ideal from the top 3 only, [1, 0, 0] → IDCG = 1, so 0.6309298 (standard: 0.3868528)
        // seed MAP@3: (P@2·1) / (hits in top 3 = 1) = 0.5 (standard: 0.25)
        Assert.Equal(1 / Math.Log2(3), Value(new SeedNdcgMetric(), 3, Binary, BinaryJudged), 12);
        Assert.Equal(0.5, Value(new SeedAveragePrecisionMetric(), 3, Binary, BinaryJudged), 12);
    }

    [Fact]
    public void Metrics_CutoffBeyondTheList_MissingRanksAreNonRelevant()
    {
        // ranked [1] only, R = 1, k = 5: P@5 = 1/5 (trec_eval divides by k), NDCG@5 = 1, AP@5 = 1, RR@5 = 1
        double[] ranked = [1], judged = [1];
        Assert.Equal(0.2, Value(new PrecisionMetric(), 5, ranked, judged), 12);
        Assert.Equal(1.0, Value(new NdcgMetric(), 5, ranked, judged), 12);
        Assert.Equal(1.0, Value(new AveragePrecisionMetric(), 5, ranked, judged), 12);
        Assert.Equal(1.0, Value(new ReciprocalRankMetric(), 5, ranked, judged), 12);
    }

    [Fact]
    public void Evaluate_QueryWithoutRelevant_IsCountedAndExcluded()
    {
        // q0: hit at rank 1 (RR 1); q1: judged but nothing relevant (R = 0) → excluded, mean over q0 only = 1
        using var lists = Of(([1, 0], [1]), ([0, 0], [0]));
        var result = RankingEvaluation.Evaluate(lists, MetricSpec.ParseList("mrr@10,ndcg@10,recall@10,map@10"));
        Assert.Equal(["q0"], result.QueryIds);
        Assert.Equal(["q1"], result.ExcludedQueries);
        Assert.All(result.Metrics, m => Assert.Equal(1.0, m.Mean, 12));
    }

    [Fact]
    public void FromPositiveRanks_RankThreeOfDepthFive_OneHotAtThree()
    {
        // one relevant at rank 3: RR = 1/3, NDCG@5 = 1/log2(4) = 0.5; rank 9 > depth: not retrieved, RR = 0
        using var lists = RankedRelevance.FromPositiveRanks(["a", "b"], TorchSharp.torch.tensor(new long[] { 3, 9 }), 5);
        var result = RankingEvaluation.Evaluate(lists, MetricSpec.ParseList("mrr,ndcg@5"));
        Assert.Equal([1.0 / 3, 0], result["mrr"].PerQuery);
        Assert.Equal([0.5, 0], result["ndcg@5"].PerQuery);
    }
}

using ContrastiveTool.Core.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Losses;

/// <summary>Losses on unit vectors at known angles, with the expected values worked out by hand in the comments.</summary>
public sealed class LossHandComputedTests
{
    private static readonly float Cos60 = 0.5f, Sin60 = MathF.Sqrt(3) / 2;

    private static Tensor Rows(params float[][] rows) =>
        torch.tensor(rows.SelectMany(r => r).ToArray(), rows.Length, rows[0].Length);

    [Fact]
    public void InfoNce_OrthogonalPairsTauOne_IsLogOnePlusInverseE()
    {
        // S = I; each row: −log(e¹ / (e¹ + e⁰)) = log(1 + e⁻¹) = 0.3132617; both directions the same.
        using var scope = torch.NewDisposeScope();
        var q = Rows([1, 0], [0, 1]);
        var result = new InfoNceLoss(temperature: 1).Compute(new LossBatch { Queries = q, Answers = q.clone() });
        Assert.Equal(Math.Log(1 + Math.Exp(-1)), result.Loss.item<float>(), 6);
        Assert.Equal(1.0, result.Metrics["accuracy"]);
        Assert.Equal(1.0, result.Metrics["pos_sim"], 6);
        Assert.Equal(0.0, result.Metrics["neg_sim"], 6);
    }

    [Fact]
    public void FlexInfoNce_BothRowsOneQuestion_AveragesBothColumns()
    {
        // S = I/τ with τ = 1, one group: row i: −½[log softmax(1,0)_0 + log softmax(1,0)_1]
        // = −½[(1 − log(e+1)) + (0 − log(e+1))] = log(e + 1) − ½ = 0.8132617.
        using var scope = torch.NewDisposeScope();
        var q = Rows([1, 0], [0, 1]);
        var batch = new LossBatch { Queries = q, Answers = q.clone(), QuestionIds = torch.tensor(new long[] { 7, 7 }) };
        var result = new FlexInfoNceLoss(temperature: 1).Compute(batch);
        Assert.Equal(Math.Log(Math.E + 1) - 0.5, result.Loss.item<float>(), 6);
        Assert.Equal(1.0, result.Metrics["accuracy"]);
    }

    [Fact]
    public void Triplet_PositiveAt60NegativeAt90_HingeIsMarginMinusHalf()
    {
        // dot(q,a) = cos 60° = 0.5, dot(q,n) = cos 90° = 0: relu(0 − 0.5 + m); m = 0.2 → 0, m = 0.6 → 0.1.
        using var scope = torch.NewDisposeScope();
        var batch = new LossBatch
        {
            Queries = Rows([1, 0], [1, 0]),
            Answers = Rows([Cos60, Sin60], [Cos60, Sin60]),
            Negatives = Rows([0, 1], [0, 1]).unsqueeze(1),
        };
        Assert.Equal(0.0, new TripletLoss(margin: 0.2).Compute(batch).Loss.item<float>(), 6);
        var wide = new TripletLoss(margin: 0.6).Compute(batch);
        Assert.Equal(0.1, wide.Loss.item<float>(), 6);
        Assert.Equal(1.0, wide.Metrics["violation_rate"]);
        Assert.Equal(1.0, wide.Metrics["accuracy"]);
    }

    [Fact]
    public void Contrastive_SimilarAt60DissimilarAt90_HalfSquaredDistances()
    {
        // similar pair: d = 1 − 0.5 = 0.5 → ½·0.25 = 0.125; dissimilar: d = 1 − 0 = 1 ≥ m = 0.5 → 0. Mean = 0.0625.
        using var scope = torch.NewDisposeScope();
        var batch = new LossBatch
        {
            Queries = Rows([1, 0], [1, 0]),
            Answers = Rows([Cos60, Sin60], [0, 1]),
            Labels = torch.tensor(new float[] { 1, 0 }),
        };
        Assert.Equal(0.0625, new HadsellContrastiveLoss(margin: 0.5).Compute(batch).Loss.item<float>(), 6);
    }

    [Fact]
    public void CoSent_CorrectlyOrderedPair_IsLogOnePlusExpMinusGap()
    {
        // cos_0 = 1 (label 1), cos_1 = 0.5 (label 0): one ordered pair, term e^{λ(0.5 − 1)} = e^{−10} at λ = 20.
        using var scope = torch.NewDisposeScope();
        var batch = new LossBatch
        {
            Queries = Rows([1, 0], [1, 0]),
            Answers = Rows([1, 0], [Cos60, Sin60]),
            Labels = torch.tensor(new float[] { 1, 0 }),
        };
        var result = new CoSentLoss(scale: 20).Compute(batch);
        Assert.Equal(Math.Log(1 + Math.Exp(-10)), result.Loss.item<float>(), 6);
        Assert.Equal(1.0, result.Metrics["accuracy"]);
    }

    [Fact]
    public void DistillMse_StudentOffByOneInOneOfFourElements_IsOneQuarter()
    {
        using var scope = torch.NewDisposeScope();
        var batch = new LossBatch { Queries = Rows([1, 0], [0, 2]), Teacher = Rows([1, 0], [0, 1]) };
        Assert.Equal(0.25, new DistillationMseLoss().Compute(batch).Loss.item<float>(), 6);
    }

    [Fact]
    public void CosineMse_NoLabels_DerivesThemFromScoresWithinEachQuestion()
    {
        // question 7: scores 10 and 0 → labels 1 and 0; question 9 has one answer → label 1. Every pair has cos 1,
        // so loss = mean((1−1)², (1−0)², (1−1)²) = 1/3.
        using var scope = torch.NewDisposeScope();
        var q = Rows([1, 0], [0, 1], [1, 0]);
        var batch = new LossBatch
        {
            Queries = q, Answers = q.clone(),
            QuestionIds = torch.tensor(new long[] { 7, 7, 9 }),
            Scores = torch.tensor(new float[] { 10, 0, 3 }),
        };
        Assert.Equal(1.0 / 3, new CosineSimilarityMseLoss().Compute(batch).Loss.item<float>(), 6);
    }
}

using ContrastiveTool.Core.Training.Distillation;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Training.Distillation;

public sealed class DistillationObjectiveTests
{
    // Unit vectors in 2-D: e1 = (1, 0), e2 = (0, 1); ‖e1 − e2‖² = 2, e1·e2 = 0.
    private static Tensor Rows(params float[][] rows) => tensor(rows.SelectMany(r => r).ToArray(), rows.Length, rows[0].Length);

    private static readonly float[] E1 = [1, 0], E2 = [0, 1];

    [Fact]
    public void Compute_SourcesOnTheTeacherTranslationsSwapped_DistanceIsTheMeanSquaredDistance()
    {
        // Sources = teacher (distance 0, 0), translations swapped (distance 2, 2): mean over 4 rows = 1.
        var result = new DistillationObjective(mnrWeight: 0).Compute(Rows(E1, E2), Rows(E2, E1), Rows(E1, E2));
        Assert.Equal(1.0, result.Loss.item<float>(), 5);
        Assert.Equal(1.0, result.Metrics["distance"], 5);
        Assert.Equal(0.5, result.Metrics["pos_sim"], 5);          // cosines 1, 1, 0, 0
        Assert.False(result.Metrics.ContainsKey("mnr"));
    }

    [Fact]
    public void Compute_WithRanking_AddsTheSymmetricCrossEntropy()
    {
        // Source i's own translation is at 90°, the other at 0°: logits per row [0, 20] with target 0 → CE = log(1 + e^20);
        // the same from the translations' side, so the symmetric mean is log(1 + e^20) ≈ 20.000000002. Total = 1 + 0.5·20.
        var result = new DistillationObjective(mnrWeight: 0.5, mnrScale: 20).Compute(Rows(E1, E2), Rows(E2, E1), Rows(E1, E2));
        double crossEntropy = Math.Log(1 + Math.Exp(20));
        Assert.Equal(crossEntropy, result.Metrics["mnr"], 4);
        Assert.Equal(0.0, result.Metrics["accuracy"]);
        Assert.Equal(1 + 0.5 * crossEntropy, result.Loss.item<float>(), 4);
    }

    [Fact]
    public void Compute_StudentOnTheTeacher_ZeroDistanceAndPerfectRanking()
    {
        var result = new DistillationObjective().Compute(Rows(E1, E2), Rows(E1, E2), Rows(E1, E2));
        Assert.Equal(0.0, result.Metrics["distance"], 6);
        Assert.Equal(1.0, result.Metrics["accuracy"]);
        Assert.Equal(Math.Log(1 + Math.Exp(-20)), result.Metrics["mnr"], 6);   // logits [20, 0], target 0
    }

    [Fact]
    public void Compute_Backward_GradientReachesOnlyTheStudent()
    {
        var sources = Rows(E1, E2).requires_grad_(true);
        var translations = Rows(E2, E1).requires_grad_(true);
        var teacher = Rows(E1, E2);
        new DistillationObjective().Compute(sources, translations, teacher).Loss.backward();
        Assert.NotNull(sources.grad);
        Assert.NotNull(translations.grad);
        Assert.Null(teacher.grad);
    }
}

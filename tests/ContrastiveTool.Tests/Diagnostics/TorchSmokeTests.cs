using ContrastiveTool.Core.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Diagnostics;

/// <summary>TorchSharp loads in the test process and does forward, backward and optimiser work.</summary>
public sealed class TorchSmokeTests
{
    [Fact]
    public void MatMul_KnownMatrices_GivesHandComputedProduct()
    {
        using var scope = torch.NewDisposeScope();
        var a = torch.tensor(new float[] { 1, 2, 3, 4 }, 2, 2);            // [[1,2],[3,4]]
        var b = torch.tensor(new float[] { 5, 6, 7, 8 }, 2, 2);            // [[5,6],[7,8]]
        var product = a.matmul(b);                                         // [[19,22],[43,50]]
        Assert.Equal(new float[] { 19, 22, 43, 50 }, product.data<float>().ToArray());
    }

    [Fact]
    public void Backward_SumOfSquares_GradientIsTwiceTheInput()
    {
        using var scope = torch.NewDisposeScope();
        var x = torch.tensor(new float[] { -1, 0.5f, 3 }, requires_grad: true);
        (x * x).sum().backward();                                          // d/dx Σx² = 2x
        Assert.Equal(new float[] { -2, 1, 6 }, x.grad!.data<float>().ToArray());
    }

    [Fact]
    public void OneOptimiserStep_TinyRegression_LowersTheLoss()
    {
        var (before, after) = TorchSelfCheck.OneOptimiserStep();
        Assert.True(double.IsFinite(before) && before > 0);
        Assert.True(after < before, $"loss went from {before} to {after}");
    }

    [Fact]
    public void Run_InTheTestProcess_ReportsLoadedAndPatchedLibrary()
    {
        var result = TorchSelfCheck.Run();
        Assert.True(result.Loaded, result.Error);
        Assert.Contains("weak", result.GlibcxxRequirement);
        Assert.True(result.Threads >= 1);
    }
}

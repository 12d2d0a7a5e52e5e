using ContrastiveTool.Core.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Losses;

public sealed class LossInputValidationTests
{
    private static Tensor Unit(long rows, long dims, int seed) =>
        nn.functional.normalize(torch.randn(rows, dims, generator: new Generator((ulong)seed)), 2, 1);

    [Fact]
    public void Compute_BatchOfOne_SaysToRaiseTheBatchSize()
    {
        using var scope = torch.NewDisposeScope();
        var error = Assert.Throws<LossInputException>(() =>
            new InfoNceLoss().Compute(new LossBatch { Queries = Unit(1, 4, 1), Answers = Unit(1, 4, 2) }));
        Assert.Contains("at least 2 rows", error.Message);
    }

    [Fact]
    public void Compute_NaNEmbedding_IsRefused()
    {
        using var scope = torch.NewDisposeScope();
        var queries = Unit(3, 4, 1);
        queries[1, 2] = torch.tensor(float.NaN);
        var error = Assert.Throws<LossInputException>(() => new InfoNceLoss().Compute(new LossBatch { Queries = queries, Answers = Unit(3, 4, 2) }));
        Assert.Contains("NaN", error.Message);
    }

    [Fact]
    public void Compute_ShapeMismatch_NamesBothShapes()
    {
        using var scope = torch.NewDisposeScope();
        var error = Assert.Throws<LossInputException>(() => new InfoNceLoss().Compute(new LossBatch { Queries = Unit(3, 4, 1), Answers = Unit(3, 5, 2) }));
        Assert.Contains("[3, 4]", error.Message);
        Assert.Contains("[3, 5]", error.Message);
    }

    [Fact]
    public void Compute_MissingNegatives_SaysWhichBatchKindsWork()
    {
        using var scope = torch.NewDisposeScope();
        var error = Assert.Throws<LossInputException>(() => new TripletLoss().Compute(new LossBatch { Queries = Unit(3, 4, 1), Answers = Unit(3, 4, 2) }));
        Assert.Contains("negatives", error.Message);
        Assert.Contains("Triplets", error.Message);
    }
}

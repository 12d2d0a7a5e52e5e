using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Losses;
using ContrastiveTool.Core.Training;
using ContrastiveTool.Core.Transforms;
using TorchSharp;

namespace ContrastiveTool.Tests.Training;

public sealed class GradientCacheTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "sample", "ranked-qa.jsonl");

    [Theory]
    [InlineData("infonce", "mnr", 3)]
    [InlineData("triplet", "triplet", 4)]
    [InlineData("listwise", "listwise", 3)]
    public void Backward_Cached_SameLossAndGradientsAsPlain(string transform, string lossName, int chunk)
    {
        var items = new RankedQaReader().Read(Sample, new ReadReport()).Take(4).ToList();
        var batch = new EncodedBatch(TransformCatalog.Find(transform).Create(new TransformOptions()).Apply(items, new Random(0)));
        using var encoder = TrainableEncoder.Load("tiny-transformer", null, 5);
        encoder.eval();                                                           // no dropout: both paths see the same network
        var loss = LossCatalog.Create(lossName);

        var plain = GradientCache.Backward(encoder, loss, batch, 16, chunk: 0, stepSeed: 1);
        var expected = encoder.parameters().Select(p => p.grad!.clone()).ToList();
        foreach (var p in encoder.parameters()) p.grad!.zero_();
        var cached = GradientCache.Backward(encoder, loss, batch, 16, chunk, stepSeed: 1);
        var actual = encoder.parameters().Select(p => p.grad!).ToList();

        Assert.Equal(plain.Loss.item<float>(), cached.Loss.item<float>(), 5);
        Assert.True(expected.Sum(g => g.abs().sum().item<float>()) > 1e-3);      // a real gradient, not zeros
        for (int i = 0; i < expected.Count; i++)
            Assert.True(torch.allclose(actual[i], expected[i], rtol: 1e-3, atol: 1e-6),
                $"parameter {i}: max |Δ| = {(actual[i] - expected[i]).abs().max().item<float>()}");
    }
}

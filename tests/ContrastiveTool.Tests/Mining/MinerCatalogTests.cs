using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Mining;

/// <summary>The strategy registry, and the mine service's promise that a cancelled run writes nothing.</summary>
public sealed class MinerCatalogTests
{
    [Fact]
    public void All_EveryNegativeMinerImplementation_IsRegisteredUnderItsName()
    {
        var implementations = typeof(INegativeMiner).Assembly.GetTypes()
            .Where(t => typeof(INegativeMiner).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => t.Name).Order().ToList();

        var registered = MinerCatalog.All.Select(d => d.Create(new MinerSettings())).ToList();

        Assert.Equal(implementations, registered.Select(m => m.GetType().Name).Order());
        Assert.All(registered, m => Assert.Equal(m.Name, MinerCatalog.All.Single(d => d.Create(new MinerSettings()).GetType() == m.GetType()).Name));
    }

    [Fact]
    public void Find_Misspelt_SuggestsTheClosestName()
    {
        var error = Assert.Throws<ContrastiveTool.Core.UserInputException>(() => MinerCatalog.Find("semihard"));
        Assert.Contains("did you mean 'semi_hard'", error.Message);
    }

    [Fact]
    public void MineService_CancelledWhileClustering_WritesNoOutput()
    {
        using var folder = new TempFolder();
        string output = folder.File("mined.jsonl");
        string sample = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "sample", "ranked-qa.jsonl");
        using var cancel = new CancellationTokenSource();
        var request = new MineRequest(sample, "tiered", output, new MinerSettings(), new MiningOptions(), null, "bow", null, null,
                                      new KMeansRequest(4), null, null, null, 10, new EncodeOptions());
        var progress = new CancelOn("k-means", cancel);

        Assert.ThrowsAny<OperationCanceledException>(() => MineService.Run(request, new ReadReport(), progress, cancel.Token));

        Assert.DoesNotContain(Directory.GetFiles(folder.Path), f => !f.Contains(".embeddings.", StringComparison.Ordinal));
    }

    /// <summary>Cancels, synchronously, when a stage starting with <paramref name="stage"/> is reported.</summary>
    private sealed class CancelOn(string stage, CancellationTokenSource source) : IProgress<MineProgress>
    {
        public void Report(MineProgress value)
        {
            if (value.Stage.StartsWith(stage, StringComparison.Ordinal))
                source.Cancel();
        }
    }
}

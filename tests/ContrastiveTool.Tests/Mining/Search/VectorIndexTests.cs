using ContrastiveTool.Core;
using ContrastiveTool.Core.Mining.Search;
using ContrastiveTool.Tests.TestSupport;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Mining.Search;

/// <summary>The approximate kinds against exact search, save/load, determinism, cancellation, the catalog.</summary>
public sealed class VectorIndexTests
{
    private static readonly SearchIndexOptions Options = new(Seed: 3, Threads: 2, Lists: 40, Probes: 8, ExpansionSearch: 64);

    [Theory]
    [InlineData("hnsw")]
    [InlineData("ivf")]
    public void Search_ClusteredSet_RecallAtTenAtLeast95PercentOfExact(string kind)
    {
        using var scope = NewDisposeScope();
        var (documents, queries) = SearchData.Clustered(3000, 200, 32, seed: 5);
        using var exact = IndexCatalog.Open("exact", documents);
        using var index = IndexCatalog.Open(kind, documents, null, Options);
        var truth = exact.Search(queries, 10).Ids;
        var found = index.Search(queries, 10).Ids;
        Assert.InRange(SearchData.Recall(found, truth), 0.95, 1.0);
        Assert.Equal((3000L, 32), (index.Count, index.Dimension));
    }

    [Fact]
    public void Search_EveryKind_OrderedByScoreThenIdAndScoresAreInnerProducts()
    {
        using var scope = NewDisposeScope();
        var (documents, queries) = SearchData.Clustered(500, 20, 16, seed: 9);
        foreach (string kind in IndexCatalog.Names)
        {
            using var index = IndexCatalog.Open(kind, documents, null, Options);
            var (scores, ids) = index.Search(queries, 5);
            Assert.True(scores.narrow(1, 0, 4).ge(scores.narrow(1, 1, 4)).all().item<bool>(), kind);
            var recomputed = queries.unsqueeze(1).mul(documents.index_select(0, ids.flatten()).view(20, 5, 16)).sum(2); // (Q, k)
            Assert.True(recomputed.allclose(scores, 1e-4, 1e-4), kind);
        }
    }

    [Theory]
    [InlineData("hnsw")]
    [InlineData("ivf")]
    public void Save_ThenOpenFromFile_IdenticalResults(string kind)
    {
        using var folder = new TempFolder();
        using var scope = NewDisposeScope();
        var (documents, queries) = SearchData.Clustered(1500, 50, 24, seed: 2);
        string path = Path.Combine(folder.Path, kind + ".index");
        using var built = IndexCatalog.Open(kind, documents, path, Options);
        Assert.True(File.Exists(path));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp-*"));
        using var loaded = IndexCatalog.Open(kind, documents, path, Options);
        var (s1, i1) = built.Search(queries, 10);
        var (s2, i2) = loaded.Search(queries, 10);
        Assert.True(i1.eq(i2).all().item<bool>());
        Assert.True(s1.eq(s2).all().item<bool>());
    }

    [Theory]
    [InlineData("hnsw", 1)]
    [InlineData("ivf", 2)]
    public void Build_SameSeedTwice_SameResults(string kind, int threads)
    {
        using var scope = NewDisposeScope();
        var (documents, queries) = SearchData.Clustered(1200, 40, 16, seed: 4);
        var options = Options with { Threads = threads };
        using var first = IndexCatalog.Open(kind, documents, null, options);
        using var second = IndexCatalog.Open(kind, documents, null, options);
        Assert.True(first.Search(queries, 10).Ids.eq(second.Search(queries, 10).Ids).all().item<bool>());
    }

    [Fact]
    public void Build_IvfDifferentSeeds_DifferentCentroidsSameExactWithAllProbes()
    {
        // probing every list is exact whatever the cells: the seed changes the cells, never the answer
        using var scope = NewDisposeScope();
        var (documents, queries) = SearchData.Clustered(800, 30, 16, seed: 6);
        using var exact = new ExactIndex(documents);
        var truth = exact.Search(queries, 10).Ids;
        foreach (int seed in new[] { 1, 2 })
        {
            using var ivf = IvfIndex.Build(documents, lists: 16, probes: 16, seed: seed);
            Assert.True(ivf.Search(queries, 10).Ids.eq(truth).all().item<bool>());
        }
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("hnsw")]
    [InlineData("ivf")]
    public void BuildAndSearch_CancelledToken_Throws(string kind)
    {
        using var scope = NewDisposeScope();
        var (documents, queries) = SearchData.Clustered(300, 10, 8, seed: 1);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        if (kind != "exact")
            Assert.ThrowsAny<OperationCanceledException>(() => IndexCatalog.Open(kind, documents, null, Options, null, cancelled.Token));
        using var index = IndexCatalog.Open(kind, documents, null, Options);
        Assert.ThrowsAny<OperationCanceledException>(() => index.Search(queries, 3, null, cancelled.Token));
    }

    [Fact]
    public void Search_KLargerThanCorpus_CappedAtCount()
    {
        using var scope = NewDisposeScope();
        var documents = SearchData.Unit(6, 4, seed: 1);
        foreach (string kind in IndexCatalog.Names)
        {
            using var index = IndexCatalog.Open(kind, documents, null, Options with { Lists = 2, Probes = 2 });
            var (_, ids) = index.Search(documents, 50);
            Assert.Equal(6, ids.shape[1]);
            Assert.Equal(Enumerable.Range(0, 6).Select(i => (long)i), ids.select(1, 0).data<long>().ToArray()); // each row finds itself first
        }
    }

    [Fact]
    public void Find_Misspelt_SaysDidYouMean()
    {
        var error = Assert.Throws<UserInputException>(() => IndexCatalog.Find("hnws"));
        Assert.Contains("did you mean 'hnsw'", error.Message);
        Assert.Contains("exact, hnsw, ivf", error.Message);
    }

    [Fact]
    public void Open_ExactWithIndexPath_UserError()
    {
        using var scope = NewDisposeScope();
        var error = Assert.Throws<UserInputException>(() => IndexCatalog.Open("exact", SearchData.Unit(5, 3, 1), "x.index"));
        Assert.Contains("drop --index", error.Message);
    }

    [Fact]
    public void Open_SavedIndexOfOtherEmbeddings_UserErrorNamesBothShapes()
    {
        using var folder = new TempFolder();
        using var scope = NewDisposeScope();
        string path = Path.Combine(folder.Path, "ivf.index");
        IndexCatalog.Open("ivf", SearchData.Unit(50, 4, 1), path, Options with { Lists = 4 }).Dispose();
        var error = Assert.Throws<UserInputException>(() => IndexCatalog.Open("ivf", SearchData.Unit(60, 4, 2), path, Options));
        Assert.Contains("50 vectors of 4", error.Message);
        Assert.Contains("60 × 4", error.Message);
    }

    [Fact]
    public void Open_GarbageFile_UserErrorForBothSavingKinds()
    {
        using var folder = new TempFolder();
        using var scope = NewDisposeScope();
        string path = folder.Write("bad.index", "not an index at all");
        foreach (string kind in new[] { "ivf", "hnsw" })
            Assert.Throws<UserInputException>(() => IndexCatalog.Open(kind, SearchData.Unit(5, 3, 1), path, Options));
    }
}

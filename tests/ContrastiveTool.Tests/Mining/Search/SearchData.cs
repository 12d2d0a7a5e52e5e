using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Mining.Search;

/// <summary>Seeded vectors for the search tests.</summary>
internal static class SearchData
{
    /// <summary>(n, d) random unit rows.</summary>
    public static Tensor Unit(int n, int d, int seed) =>
        nn.functional.normalize(randn(n, d, generator: new Generator((ulong)seed)), dim: 1);

    /// <summary>Clustered unit rows: 30 centres, each document a centre plus noise; queries are noisy documents.</summary>
    public static (Tensor Documents, Tensor Queries) Clustered(int n, int queries, int d, int seed)
    {
        var generator = new Generator((ulong)seed);
        var centres = nn.functional.normalize(randn(30, d, generator: generator), dim: 1);
        var documents = centres.index_select(0, randint(30, n, generator: generator)) + randn(n, d, generator: generator) * (0.6 / Math.Sqrt(d));
        documents = nn.functional.normalize(documents, dim: 1);
        var asked = documents.index_select(0, randint(n, queries, generator: generator)) + randn(queries, d, generator: generator) * (0.3 / Math.Sqrt(d));
        return (documents, nn.functional.normalize(asked, dim: 1));
    }

    /// <summary>Mean share of the true top-k ids found, per query.</summary>
    public static double Recall(Tensor found, Tensor truth) =>
        found.unsqueeze(2).eq(truth.unsqueeze(1)).any(2).to(ScalarType.Float64).mean().item<double>();
}

using ContrastiveTool.Core.Clustering;
using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Models.Embeddings;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Tests.Mining;

/// <summary>Hand-built mining inputs: unit vectors at known angles in the plane (cos of the angle is the score).</summary>
internal static class MiningFixture
{
    /// <summary>Unit 2-D vectors at <paramref name="degrees"/>.</summary>
    public static EmbeddingMatrix Angles(params double[] degrees) =>
        new(degrees.SelectMany(d => new[] { (float)Math.Cos(d * Math.PI / 180), (float)Math.Sin(d * Math.PI / 180) }).ToArray(), degrees.Length, 2);

    /// <summary>One query per pair (query i's positive is <paramref name="positives"/>[i]); corpus items c0, c1, ...</summary>
    public static MiningInput Input(int corpus, int[] positives, int[][]? sameQuestion = null, string?[]? queryCategories = null,
                                    string?[]? corpusCategories = null, string[]? queryIds = null) =>
        new(positives.Select((_, i) => new TextItem(queryIds?[i] ?? $"q{i}", $"query {i}", IsQuery: true)).ToList(),
            Enumerable.Range(0, corpus).Select(i => new TextItem($"c{i}", $"text {i}")).ToList(),
            positives.Select((p, i) => new MiningPair(i, p)).ToList(),
            positives.Select(p => new[] { p }).ToList(),
            sameQuestion ?? positives.Select(_ => Array.Empty<int>()).ToArray(),
            queryCategories, corpusCategories);

    /// <summary>A hand clustering: the given assignments, centroids = the normalised mean of each cluster's vectors.</summary>
    public static ClusterResult Clusters(EmbeddingMatrix corpus, int[] assignments)
    {
        int k = assignments.Max() + 1;
        var centroids = new float[k * corpus.Dimension];
        for (int i = 0; i < assignments.Length; i++)
            for (int j = 0; j < corpus.Dimension; j++)
                centroids[assignments[i] * corpus.Dimension + j] += corpus.Row(i)[j];
        return new ClusterResult(assignments, centroids, corpus.Dimension, 0);
    }

    public static MiningResult Mine(string strategy, MiningInput input, EmbeddingMatrix queries, EmbeddingMatrix corpus, int negatives,
                                    MinerSettings? settings = null, ClusterResult? clusters = null,
                                    SameQuestionMode sameQuestion = SameQuestionMode.Candidate, long seed = 42, int blockSize = 2048) =>
        MiningEngine.Run(input, queries, corpus, MinerCatalog.Create(strategy, settings), new MiningOptions(negatives, seed, sameQuestion, blockSize), clusters);

    /// <summary>Row <paramref name="pair"/>'s negatives (−1 where short).</summary>
    public static long[] Row(MiningResult result, int pair) => result.Negatives.AsSpan(pair * result.Width, result.Width).ToArray();

    /// <summary>Row <paramref name="pair"/>'s tiers.</summary>
    public static long[] Tiers(MiningResult result, int pair) => result.Tiers.AsSpan(pair * result.Width, result.Width).ToArray();
}

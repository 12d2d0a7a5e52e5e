using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Mining;

/// <summary>What <c>contrastive mine</c> asks for.</summary>
/// <param name="DataPath">A ranked-QA file (other formats feed <see cref="MiningInput"/> directly).</param>
/// <param name="Strategy">A name from <see cref="MinerCatalog"/>.</param>
/// <param name="OutputPath">The mined JSONL; the other outputs go beside it (<c>&lt;stem&gt;.safetensors</c>, <c>&lt;stem&gt;.png</c>, ...).</param>
/// <param name="Settings">Strategy knobs.</param>
/// <param name="Options">Negatives, seed, same-question handling.</param>
/// <param name="EmbeddingsPath">An embeddings file holding every query and answer id; or null to encode with <paramref name="Model"/>.</param>
/// <param name="Model">An encoder name or checkpoint, used when <paramref name="EmbeddingsPath"/> is null.</param>
/// <param name="CachePath">Where encoded embeddings are cached; null = <c>&lt;stem&gt;.embeddings.safetensors</c>.</param>
/// <param name="ClustersPath">A <c>cluster</c> output for the corpus; null = k-means here when the strategy needs clusters.</param>
/// <param name="KMeans">k (null = √(N/2)), iterations, seed and implementation for clustering here.</param>
/// <param name="CategoryField">Field holding each question's category (category strategy), or null.</param>
/// <param name="To">Also write training data: sentence-transformers, triplets or trl-cpo; or null.</param>
/// <param name="ScoresOut">Also write every pair's top candidates with scores; or null.</param>
/// <param name="ScoresDepth">Candidates per pair in <paramref name="ScoresOut"/>.</param>
/// <param name="Encode">Batch size and max length when encoding.</param>
public sealed record MineRequest(string DataPath, string Strategy, string OutputPath, MinerSettings Settings, MiningOptions Options,
                                 string? EmbeddingsPath, string Model, string? CachePath, string? ClustersPath, KMeansRequest KMeans,
                                 string? CategoryField, string? To, string? ScoresOut, int ScoresDepth, EncodeOptions Encode)
{
    /// <summary>The output path without its extension: where the other outputs are named from.</summary>
    public string Stem => OutputPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? OutputPath[..^".jsonl".Length] : OutputPath;
}

/// <summary>k-means settings for mining's own clustering.</summary>
public sealed record KMeansRequest(int? K = null, int MaxIterations = 100, int Seed = 42, string Clusterer = "mlnet");

using ContrastiveTool.Core.Mining.Search;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>How a mining run goes, whatever the strategy.</summary>
/// <param name="Negatives">Negatives per pair (n).</param>
/// <param name="Seed">Seeds every random draw: the same seed and inputs give the same output, byte for byte.</param>
/// <param name="SameQuestion">What to do with the query's own lower-ranked answers.</param>
/// <param name="BlockSize">Pairs mined per batched pass (memory ∝ block × draws, and block × depth for search).</param>
/// <param name="SearchFactory">Builds the nearest-neighbour search over the corpus embeddings; null = exact search.</param>
public sealed record MiningOptions(int Negatives = 12, long Seed = 42, SameQuestionMode SameQuestion = SameQuestionMode.Candidate,
                                   int BlockSize = 2048, Func<Tensor, INeighbourSearch>? SearchFactory = null)
{
    /// <summary>The search over <paramref name="corpus"/> (N, d): <see cref="SearchFactory"/>'s, or exact search.</summary>
    public INeighbourSearch CreateSearch(Tensor corpus) =>
        SearchFactory?.Invoke(corpus) ?? new IndexNeighbourSearch(new ExactIndex(corpus));
}

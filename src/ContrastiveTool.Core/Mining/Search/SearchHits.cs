using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>The result of a search: <see cref="Scores"/> (Q, k) float32 and <see cref="Ids"/> (Q, k) int64 document rows,
/// best first, ties by the lower id; a slot with no hit holds id −1 and score −∞.</summary>
public readonly record struct SearchHits(Tensor Scores, Tensor Ids);

/// <summary>How far a build or search has got: <see cref="Done"/> of <see cref="Total"/> units of <see cref="Stage"/>
/// (rows added, k-means iterations, queries searched).</summary>
public readonly record struct SearchProgress(string Stage, long Done, long Total);

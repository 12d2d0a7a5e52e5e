using ContrastiveTool.Core.Losses;
using ContrastiveTool.Core.Models.Encoders;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Training;

/// <summary>One training step's forward and backward: plain, or cached (GradCache) for batches larger than memory allows.</summary>
/// <remarks>
/// Plain: embed the queries and the documents (two forward passes with gradients), compute the loss, back-propagate.
/// Cached (Gao et al. 2021, "Scaling Deep Contrastive Learning Batch Size under Memory Limited Setup"; sentence-transformers'
/// CachedMultipleNegativesRankingLoss): (1) embed all texts in chunks of <c>chunk</c> without gradients; (2) make the
/// embeddings E a leaf, compute the loss on the whole batch (the full similarity matrix) and back-propagate to get ∂L/∂E;
/// (3) re-embed each chunk with gradients and back-propagate Σ E_chunk ⊙ ∂L/∂E_chunk, which adds that chunk's share of
/// ∂L/∂θ. Memory holds one chunk's activations at a time; the gradient equals the plain one. Each chunk's dropout is
/// seeded identically in (1) and (3), so the re-embedding reproduces the cached vectors.
/// </remarks>
public static class GradientCache
{
    /// <summary>Runs forward and backward on <paramref name="batch"/>; parameter gradients accumulate in the encoder.</summary>
    /// <param name="encoder">The model being trained.</param>
    /// <param name="loss">The loss on the batch's embeddings.</param>
    /// <param name="batch">The texts and how their embeddings form the loss inputs.</param>
    /// <param name="maxLength">Tokens per text.</param>
    /// <param name="chunk">Texts per chunk; 0 for the plain path.</param>
    /// <param name="stepSeed">Seeds dropout for this step.</param>
    /// <param name="withMetrics">Whether the loss computes its batch metrics.</param>
    public static LossResult Backward(TorchSentenceEncoder encoder, IContrastiveLoss loss, EncodedBatch batch, int maxLength,
                                      int chunk, long stepSeed, bool withMetrics = true)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(batch);
        var tokens = new TextTokens(encoder, batch.Texts, maxLength);
        var ranges = chunk > 0 ? Chunks(tokens.Count, chunk) : [(0, batch.QueryCount), (batch.QueryCount, tokens.Count - batch.QueryCount)];
        ranges = ranges.Where(r => r.Count > 0).ToList();
        using var scope = NewDisposeScope();
        if (chunk <= 0)
        {
            var embeddings = cat(ranges.Select((r, i) => tokens.Forward(r.Start, r.Count, SeedMix.Derive(stepSeed, i))).ToArray(), 0); // (N, d)
            var plain = loss.Compute(batch.Assemble(embeddings), withMetrics);
            plain.Loss.backward();
            return Detached(plain);
        }

        Tensor cached;
        using (no_grad())
            cached = cat(ranges.Select((r, i) => tokens.Forward(r.Start, r.Count, SeedMix.Derive(stepSeed, i))).ToArray(), 0); // (N, d)
        var leaf = cached.detach().requires_grad_(true);                                      // (N, d)
        var result = loss.Compute(batch.Assemble(leaf), withMetrics);
        result.Loss.backward();
        var gradient = leaf.grad!;                                                            // (N, d)
        for (int i = 0; i < ranges.Count; i++)
        {
            var (start, count) = ranges[i];
            using var chunkScope = NewDisposeScope();
            var embedded = tokens.Forward(start, count, SeedMix.Derive(stepSeed, i));         // (c, d)
            (embedded * gradient.narrow(0, start, count)).sum().backward();
        }
        return Detached(result);
    }

    private static List<(int Start, int Count)> Chunks(int total, int size) =>
        Enumerable.Range(0, (total + size - 1) / size).Select(i => (i * size, Math.Min(size, total - i * size))).ToList();

    private static LossResult Detached(LossResult result) =>
        result with { Loss = result.Loss.detach().MoveToOuterDisposeScope() };
}

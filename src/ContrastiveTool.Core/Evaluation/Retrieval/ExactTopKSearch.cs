using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Retrieval;

/// <summary>Exact top-k inner-product search in blocks: memory bounded by one (query block × document block) of scores.</summary>
/// <remarks>
/// For each query block: scores against each document block, the block's top k, merged with the running top k
/// (concatenate, top k again). Exact: every document is scored. Embeddings are compared by dot product (cosine when
/// both sides are L2-normalised). Defaults: 1024 queries × 16384 documents per block (64 MiB of float32 scores).
/// Relations: an ANN index can replace it once the mining issue provides one.
/// </remarks>
public sealed class ExactTopKSearch(int queryBlock = 1024, int documentBlock = 16384)
{
    private readonly int _queryBlock = queryBlock >= 1 ? queryBlock : throw new ArgumentOutOfRangeException(nameof(queryBlock));
    private readonly int _documentBlock = documentBlock >= 1 ? documentBlock : throw new ArgumentOutOfRangeException(nameof(documentBlock));

    /// <summary>(Q, k) scores and (Q, k) int64 document indices, best first; k is capped at the document count.</summary>
    public (Tensor Scores, Tensor Indices) Search(Tensor queries, Tensor documents, int k, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        long n = documents.shape[0];
        long depth = Math.Min(k, n);
        using var scope = NewDisposeScope();
        var scores = new List<Tensor>();
        var indices = new List<Tensor>();
        for (long q0 = 0; q0 < queries.shape[0]; q0 += _queryBlock)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var blockScope = NewDisposeScope();
            var block = queries.narrow(0, q0, Math.Min(_queryBlock, queries.shape[0] - q0));  // (b, d)
            Tensor? best = null, bestIndex = null;
            for (long d0 = 0; d0 < n; d0 += _documentBlock)
            {
                long size = Math.Min(_documentBlock, n - d0);
                var s = block.matmul(documents.narrow(0, d0, size).t());                      // (b, size)
                var (top, at) = s.topk((int)Math.Min(depth, size), 1);                        // (b, k')
                at = at + d0;
                if (best is null) { best = top; bestIndex = at; continue; }
                var (merged, pick) = cat([best, top], 1).topk((int)depth, 1);                 // (b, k)
                bestIndex = cat([bestIndex!, at], 1).gather(1, pick);                         // (b, k)
                best = merged;
            }
            scores.Add(best!.MoveToOuterDisposeScope());
            indices.Add(bestIndex!.MoveToOuterDisposeScope());
        }
        return (cat(scores, 0).MoveToOuterDisposeScope(), cat(indices, 0).MoveToOuterDisposeScope()); // (Q, k), (Q, k)
    }
}

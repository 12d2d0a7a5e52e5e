using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>Exact top-k inner-product search in blocks: memory bounded by one (query block × document block) of scores,
/// never the whole (Q × N) matrix.</summary>
/// <remarks>
/// For each query block: scores S = Q_b · D_bᵀ against each document block (one BLAS call), the block's top k + 1
/// (<c>topk</c>, unsorted), merged with the running top k + 1 (concatenate, top k + 1 again). Exact: every document is
/// scored. The final k are ordered by score, ties by the lower document row; the extra candidate shows when a tie
/// straddles the cut (k-th score = (k+1)-th), and only those rows are redone over the full row of scores so that the
/// lower rows win. Inner product = cosine for L2-normalised rows.
/// Defaults: 1024 queries × 8000 documents per block (31 MiB of float32 scores), chosen on 2 cores at d = 384: large
/// enough for the matrix product to run near peak, small enough that the top-k pass reads scores while they are hot.
/// The document block must not be a power of two: with 8192 the rows of the score block are 32 KiB apart, they alias in
/// the cache and the same product runs at ~60 instead of ~150 GFLOP/s (20k × 100k: 23.9 s vs 10.3 s of products).
/// Relations: <see cref="ExactIndex"/> wraps it behind <see cref="IVectorIndex"/>; <see cref="IvfIndex"/> searches the
/// probed lists the same way.
/// </remarks>
public sealed class ExactTopKSearch(int queryBlock = ExactTopKSearch.DefaultQueryBlock, int documentBlock = ExactTopKSearch.DefaultDocumentBlock)
{
    public const int DefaultQueryBlock = 1024;
    public const int DefaultDocumentBlock = 8000;

    private readonly int _queryBlock = queryBlock >= 1 ? queryBlock : throw new ArgumentOutOfRangeException(nameof(queryBlock));
    private readonly int _documentBlock = documentBlock >= 1 ? documentBlock : throw new ArgumentOutOfRangeException(nameof(documentBlock));

    /// <summary>(Q, k) scores and (Q, k) int64 document rows, best first (ties: lower row); k is capped at the document count.</summary>
    public (Tensor Scores, Tensor Indices) Search(Tensor queries, Tensor documents, int k, CancellationToken cancellationToken = default) =>
        Search(queries, documents, k, null, cancellationToken);

    /// <summary>As <see cref="Search(Tensor, Tensor, int, CancellationToken)"/>, reporting queries done after each block.</summary>
    public (Tensor Scores, Tensor Indices) Search(Tensor queries, Tensor documents, int k, IProgress<SearchProgress>? progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (queries.dim() != 2 || documents.dim() != 2 || queries.shape[1] != documents.shape[1])
            throw new ArgumentException($"queries {Shape(queries)} and documents {Shape(documents)} must be (Q, d) and (N, d)");
        long n = documents.shape[0], total = queries.shape[0];
        int depth = (int)Math.Min(k, n), keep = (int)Math.Min(k + 1L, n);
        using var scope = NewDisposeScope();
        var scores = new List<Tensor>();
        var indices = new List<Tensor>();
        for (long q0 = 0; q0 < total; q0 += _queryBlock)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var blockScope = NewDisposeScope();
            var block = queries.narrow(0, q0, Math.Min(_queryBlock, total - q0));                   // (b, d)
            var (best, bestIds) = TopOfBlocks(block, documents, keep, cancellationToken);           // (b, k+1)
            var (top, topIds) = HitOrder.Sort(best, bestIds);                                        // (b, k+1)
            if (keep > depth)
                ResolveTies(block, documents, depth, top, topIds);
            scores.Add(top.narrow(1, 0, depth).MoveToOuterDisposeScope());
            indices.Add(topIds.narrow(1, 0, depth).MoveToOuterDisposeScope());
            progress?.Report(new SearchProgress("search", q0 + block.shape[0], total));
        }
        if (scores.Count == 0)
            return (empty(0, depth).MoveToOuterDisposeScope(), empty(0, depth, ScalarType.Int64).MoveToOuterDisposeScope());
        return (cat(scores, 0).MoveToOuterDisposeScope(), cat(indices, 0).MoveToOuterDisposeScope()); // (Q, k), (Q, k)
    }

    /// <summary>The top <paramref name="keep"/> (unordered) of one query block over every document block.</summary>
    private (Tensor Scores, Tensor Ids) TopOfBlocks(Tensor block, Tensor documents, int keep, CancellationToken cancellationToken)
    {
        long n = documents.shape[0];
        Tensor? best = null, bestIds = null;
        for (long d0 = 0; d0 < n; d0 += _documentBlock)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long size = Math.Min(_documentBlock, n - d0);
            using var inner = NewDisposeScope();
            var s = block.mm(documents.narrow(0, d0, size).t());                                    // (b, size)
            var (top, at) = BlockTop(s, keep);                                                      // (b, k')
            at.add_(d0);
            if (best is null)
            {
                (best, bestIds) = (top.MoveToOuterDisposeScope(), at.MoveToOuterDisposeScope());
                continue;
            }
            int width = (int)Math.Min(keep, best.shape[1] + top.shape[1]);                          // early blocks may be narrower than k+1
            var (merged, pick) = cat([best, top], 1).topk(width, 1, largest: true, sorted: false);  // (b, k+1)
            var mergedIds = cat([bestIds!, at], 1).gather(1, pick);                                 // (b, k+1)
            best.Dispose();
            bestIds!.Dispose();
            (best, bestIds) = (merged.MoveToOuterDisposeScope(), mergedIds.MoveToOuterDisposeScope());
        }
        return (best!, bestIds!);
    }

    /// <summary>The top <paramref name="keep"/> (unordered) of each row of one score block, via group maxima.</summary>
    /// <remarks>A row's top k+1 lie in its k+1 groups (of <see cref="Group"/> columns) with the largest maxima: a vectorised
    /// max over groups, a top-k over the G-times shorter row of maxima, then a top-k over the (k+1)·G gathered scores —
    /// much cheaper than a top-k over the full row, which copies it. A tie the grouping loses shows as k-th = (k+1)-th
    /// and is resolved exactly. Narrow blocks use plain top-k.</remarks>
    internal static (Tensor Scores, Tensor Ids) BlockTop(Tensor s, int keep)
    {
        long b = s.shape[0], size = s.shape[1];
        long groups = size / Group;
        if (groups < 4L * keep)
            return s.topk((int)Math.Min(keep, size), 1, largest: true, sorted: false);                     // (b, k')
        using var scope = NewDisposeScope();
        var grouped = s.narrow(1, 0, groups * Group).view(b, groups, Group);                               // (b, G, g)
        var (_, bestGroups) = grouped.amax(2).topk(keep, 1, largest: true, sorted: false);                 // (b, k+1)
        var columns = (bestGroups.unsqueeze(2) * Group + arange(Group, ScalarType.Int64)).view(b, keep * Group); // (b, (k+1)·g)
        if (size > groups * Group)
            columns = cat([columns, arange(groups * Group, size, ScalarType.Int64).expand(b, -1)], 1);     // (b, c) + tail
        var (top, pick) = s.gather(1, columns).topk(keep, 1, largest: true, sorted: false);               // (b, k+1)
        return (top.MoveToOuterDisposeScope(), columns.gather(1, pick).MoveToOuterDisposeScope());
    }

    /// <summary>Columns per group in <see cref="BlockTop"/>.</summary>
    internal const int Group = 32;

    /// <summary>Rows whose k-th and (k+1)-th scores are equal: a tie straddles the cut, and the block top-k may have
    /// kept a higher row. Redone exactly (the row's full score vector; every document scoring ≥ the k-th score, lower
    /// rows first among equals) and written back in place. Rare outside duplicated documents.</summary>
    private void ResolveTies(Tensor block, Tensor documents, int depth, Tensor top, Tensor topIds)
    {
        var tied = top.select(1, depth - 1).eq(top.select(1, depth)).nonzero().squeeze(1);         // (t)
        if (tied.shape[0] == 0)
            return;
        foreach (long row in tied.data<long>().ToArray())
        {
            using var scope = NewDisposeScope();
            var query = block.narrow(0, row, 1);                                                     // (1, d)
            var full = cat(Chunks(documents).Select(c => query.mm(c.t())).ToList(), 1).squeeze(0);  // (N)
            var (largest, _) = full.topk(depth);                                                     // (k)
            var threshold = largest[depth - 1];
            var candidates = full.ge(threshold).nonzero().squeeze(1);                                // (c) ascending rows
            var (sorted, order) = full.index_select(0, candidates).sort(0, descending: true, stable: true);
            top[row].narrow(0, 0, depth).copy_(sorted.narrow(0, 0, depth));
            topIds[row].narrow(0, 0, depth).copy_(candidates.index_select(0, order.narrow(0, 0, depth)));
        }
    }

    private IEnumerable<Tensor> Chunks(Tensor documents)
    {
        for (long d0 = 0; d0 < documents.shape[0]; d0 += _documentBlock)
            yield return documents.narrow(0, d0, Math.Min(_documentBlock, documents.shape[0] - d0));
    }

    private static string Shape(Tensor t) => "(" + string.Join(", ", t.shape) + ")";
}

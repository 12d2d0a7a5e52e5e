using System.Numerics;
using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>The best k documents so far of each query, fed one block of scores at a time: what exact and IVF search
/// keep between matrix products.</summary>
/// <remarks>
/// One bounded min-heap per query (score, id), worst on top: worse = lower score, or an equal score with the higher id,
/// so the result is the top k by score with ties to the lower id whatever order the blocks come in. A block of scores
/// (the output of one matrix product) is scanned row by row with SIMD compares against the row's current k-th score
/// (its entry threshold); only the few lanes above it are looked at one by one. This replaces a per-block tensor top-k:
/// that costs a full pass that copies or sorts, while this pass is a vectorised read of scores that are still in cache,
/// and after the first blocks almost nothing clears the threshold (FAISS's flat search keeps the same heaps).
/// Rows are independent and spread over the threads torch uses; the result does not depend on the thread count.
/// Memory: k floats and k ids per query. Inputs are float32 CPU tensors; a non-contiguous block is copied first.
/// </remarks>
internal sealed class RunningTopK
{
    private readonly int _k;
    private readonly float[] _scores;
    private readonly long[] _ids;
    private readonly int[] _counts;

    public RunningTopK(int queries, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(queries);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        (_k, _scores, _ids, _counts) = (k, new float[(long)queries * k], new long[(long)queries * k], new int[queries]);
    }

    /// <summary>Offers a (b, n) block whose row i scores query i against documents firstId … firstId + n − 1.</summary>
    public void Offer(Tensor scores, long firstId)
    {
        using var block = AsRows(scores, _counts.Length);
        int n = (int)block.shape[1];
        ForRows((int)block.shape[0], block.numel(), (from, to) =>
        {
            var values = MemoryMarshal.Cast<byte, float>(block.bytes);
            for (int row = from; row < to; row++)
                Scan(row, values.Slice(row * n, n), firstId, default);
        });
    }

    /// <summary>Offers a (c, n) block whose row i scores query <paramref name="queries"/>[i] against the documents
    /// <paramref name="ids"/> (n int64); the queries of one block must be distinct.</summary>
    public void Offer(Tensor scores, int[] queries, Tensor ids)
    {
        ArgumentNullException.ThrowIfNull(queries);
        using var block = AsRows(scores, queries.Length);
        using var documentIds = ids.contiguous();
        int n = (int)block.shape[1];
        if (documentIds.numel() != n)
            throw new ArgumentException($"{documentIds.numel()} ids for {n} scored documents", nameof(ids));
        ForRows(queries.Length, block.numel(), (from, to) =>
        {
            var values = MemoryMarshal.Cast<byte, float>(block.bytes);
            var known = MemoryMarshal.Cast<byte, long>(documentIds.bytes);
            for (int row = from; row < to; row++)
                Scan(queries[row], values.Slice(row * n, n), 0, known);
        });
    }

    /// <summary>(Q, k) scores and ids, best first (ties: lower id); empty slots score −∞ with id −1.</summary>
    public (Tensor Scores, Tensor Ids) ToTensors()
    {
        var scores = new float[_scores.Length];
        var ids = new long[_ids.Length];
        Array.Fill(scores, float.NegativeInfinity);
        Array.Fill(ids, -1L);
        for (int query = 0; query < _counts.Length; query++)
        {
            int start = query * _k, count = _counts[query];
            Array.Copy(_scores, start, scores, start, count);
            Array.Copy(_ids, start, ids, start, count);
            SortBestFirst(scores.AsSpan(start, count), ids.AsSpan(start, count));
        }
        return (tensor(scores, _counts.Length, _k), tensor(ids, _counts.Length, _k));
    }

    private static Tensor AsRows(Tensor scores, int rows)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.dim() != 2 || scores.dtype != ScalarType.Float32 || scores.device_type != DeviceType.CPU)
            throw new ArgumentException($"scores must be a 2-d float32 CPU tensor, got {scores.dtype} with {scores.dim()} dimensions");
        if (scores.shape[0] != rows)
            throw new ArgumentException($"{scores.shape[0]} rows of scores for {rows} queries", nameof(scores));
        return scores.contiguous();
    }

    /// <summary>Runs <paramref name="body"/> over [0, rows) in as many contiguous ranges as torch has threads; small
    /// blocks (under <see cref="ParallelWork"/> scores) on the calling thread.</summary>
    private static void ForRows(int rows, long scores, Action<int, int> body)
    {
        int parts = scores < ParallelWork ? 1 : Math.Clamp(get_num_threads(), 1, Math.Max(1, rows));
        if (parts == 1)
        {
            body(0, rows);
            return;
        }
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts },
            part => body((int)((long)rows * part / parts), (int)((long)rows * (part + 1) / parts)));
    }

    /// <summary>Blocks with fewer scores are scanned on one thread: splitting them costs more than it saves.</summary>
    private const long ParallelWork = 1 << 16;

    /// <summary>Offers one row: document j is <paramref name="ids"/>[j] when ids are given, else firstId + j.</summary>
    private void Scan(int query, ReadOnlySpan<float> values, long firstId, ReadOnlySpan<long> ids)
    {
        int start = query * _k;
        var heapScores = _scores.AsSpan(start, _k);
        var heapIds = _ids.AsSpan(start, _k);
        int count = _counts[query];
        float threshold = count == _k ? heapScores[0] : float.NegativeInfinity;
        int j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int width = Vector<float>.Count;
            var floats = MemoryMarshal.Cast<float, Vector<float>>(values);
            for (int v = 0; v < floats.Length; v++)
            {
                if (!Vector.GreaterThanOrEqualAny(floats[v], new Vector<float>(threshold)))
                    continue;
                for (int lane = v * width, end = lane + width; lane < end; lane++)
                    if (values[lane] >= threshold)
                        threshold = Push(heapScores, heapIds, ref count, values[lane], ids.IsEmpty ? firstId + lane : ids[lane]);
            }
            j = floats.Length * width;
        }
        for (; j < values.Length; j++)
            if (values[j] >= threshold)
                threshold = Push(heapScores, heapIds, ref count, values[j], ids.IsEmpty ? firstId + j : ids[j]);
        _counts[query] = count;
    }

    /// <summary>Adds (score, id) if it beats the worst kept; returns the new entry threshold.</summary>
    private static float Push(Span<float> scores, Span<long> ids, ref int count, float score, long id)
    {
        int k = scores.Length;
        if (count < k)
        {
            int at = count++;
            while (at > 0)                                                            // sift up
            {
                int parent = (at - 1) / 2;
                if (!Worse(score, id, scores[parent], ids[parent]))
                    break;
                (scores[at], ids[at]) = (scores[parent], ids[parent]);
                at = parent;
            }
            (scores[at], ids[at]) = (score, id);
            return count == k ? scores[0] : float.NegativeInfinity;
        }
        if (!Worse(scores[0], ids[0], score, id))
            return scores[0];
        SiftDown(scores, ids, k, score, id);
        return scores[0];
    }

    /// <summary>Places (score, id) at the root of the heap of the first <paramref name="size"/> entries and moves it
    /// down to its place.</summary>
    private static void SiftDown(Span<float> scores, Span<long> ids, int size, float score, long id)
    {
        int slot = 0;
        while (true)
        {
            int child = 2 * slot + 1;
            if (child >= size)
                break;
            if (child + 1 < size && Worse(scores[child + 1], ids[child + 1], scores[child], ids[child]))
                child++;
            if (!Worse(scores[child], ids[child], score, id))
                break;
            (scores[slot], ids[slot]) = (scores[child], ids[child]);
            slot = child;
        }
        (scores[slot], ids[slot]) = (score, id);
    }

    /// <summary>Whether (a, aId) ranks below (b, bId): a lower score, or the same score and a higher id.</summary>
    private static bool Worse(float a, long aId, float b, long bId) => a < b || (a == b && aId > bId);

    /// <summary>Heap sort of a worst-on-top heap: the worst goes last, so the span ends best first.</summary>
    private static void SortBestFirst(Span<float> scores, Span<long> ids)
    {
        for (int end = scores.Length - 1; end > 0; end--)
        {
            var (score, id) = (scores[end], ids[end]);
            (scores[end], ids[end]) = (scores[0], ids[0]);
            SiftDown(scores, ids, end, score, id);
        }
    }
}

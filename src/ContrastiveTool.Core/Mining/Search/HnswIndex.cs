using System.Runtime.InteropServices;
using Cloud.Unum.USearch;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>The <c>hnsw</c> kind: USearch's hierarchical navigable small-world graph (Malkov &amp; Yashunin 2016) over
/// the documents, inner-product metric (distance 1 − ⟨q, x⟩; cosine for normalised vectors).</summary>
/// <remarks>
/// Build: every row added under its row number as key, from <c>threads</c> threads at once (the C library supports
/// concurrent adds once capacity is reserved; the managed wrapper adds one vector at a time on one thread). The index
/// keeps its own float32 copy of the vectors (N·d·4 bytes plus the graph). Search: each query walks the graph with a
/// beam of <see cref="ExpansionSearch"/> candidates; queries run on <c>threads</c> threads.
/// Defaults (USearch's): connectivity M = 16, expansion on add 128, expansion on search 64 (raise it for recall).
/// Determinism: search is; a build is reproducible on one thread (USearch's level generator has a fixed seed and takes no
/// seed of ours); with several threads the graph depends on the interleaving.
/// Relations: <see cref="IvfIndex"/> builds faster on few cores; <see cref="ExactIndex"/> is the reference.
/// </remarks>
public sealed class HnswIndex : IVectorIndex
{
    private const int Chunk = 1024;
    private IntPtr _handle;
    private readonly int _threads;
    private int _expansionSearch;

    private HnswIndex(IntPtr handle, int threads, int expansionSearch)
    {
        (_handle, _threads) = (handle, threads);
        Count = (long)(ulong)USearchNative.usearch_size(handle, out var error);
        USearchNative.Check(error, "read the index size");
        Dimension = (int)(ulong)USearchNative.usearch_dimensions(handle, out error);
        USearchNative.Check(error, "read the index dimension");
        Configure(handle, threads);
        ExpansionSearch = expansionSearch;
    }

    /// <summary>Builds the graph over (N, d) float32 <paramref name="documents"/> (copied into the index).</summary>
    public static HnswIndex Build(Tensor documents, int connectivity = 16, int expansionAdd = 128, int expansionSearch = 64,
        int threads = 0, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.dim() != 2 || documents.dtype != ScalarType.Float32)
            throw new ArgumentException("documents must be (N, d) float32", nameof(documents));
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        var options = new IndexOptions
        {
            metric_kind = MetricKind.Ip, quantization = ScalarKind.Float32, dimensions = (ulong)documents.shape[1],
            connectivity = (ulong)connectivity, expansion_add = (ulong)expansionAdd, expansion_search = (ulong)expansionSearch,
        };
        var handle = USearchNative.usearch_init(ref options, out var error);
        USearchNative.Check(error, "create an index");
        try
        {
            Configure(handle, threads);
            long n = documents.shape[0];
            USearchNative.usearch_reserve(handle, (UIntPtr)(ulong)n, out error);
            USearchNative.Check(error, $"reserve room for {n} vectors");
            using var rows = documents.is_contiguous() ? documents.alias() : documents.contiguous();
            long added = 0;
            ForEachChunk(n, threads, cancellationToken, (start, count) =>
            {
                using var chunk = rows.narrow(0, start, count);
                var values = MemoryMarshal.Cast<byte, float>(chunk.bytes);
                int d = values.Length / count;
                for (int i = 0; i < count; i++)
                {
                    USearchNative.usearch_add(handle, (ulong)(start + i), ref MemoryMarshal.GetReference(values.Slice(i * d, d)), ScalarKind.Float32, out var addError);
                    USearchNative.Check(addError, $"add row {start + i}");
                }
                progress?.Report(new SearchProgress("add", Interlocked.Add(ref added, count), n));
            });
            return new HnswIndex(handle, threads, expansionSearch);
        }
        catch
        {
            USearchNative.usearch_free(handle, out _);
            throw;
        }
    }

    /// <summary>Loads an index written by <see cref="Save"/>.</summary>
    /// <exception cref="UserInputException">The file is not a USearch index.</exception>
    public static HnswIndex Load(string path, int expansionSearch = 64, int threads = 0)
    {
        var options = new IndexOptions();
        var handle = USearchNative.usearch_init(ref options, out var error);
        USearchNative.Check(error, "create an index");
        USearchNative.usearch_load(handle, path, out error);
        if (error != IntPtr.Zero)
        {
            string message = Marshal.PtrToStringAnsi(error) ?? "unknown error";
            USearchNative.usearch_free(handle, out _);
            throw new UserInputException($"'{path}' is not an hnsw index ({message}); delete it to rebuild, or give another --index path");
        }
        return new HnswIndex(handle, threads > 0 ? threads : Environment.ProcessorCount, expansionSearch);
    }

    /// <inheritdoc/>
    public string Kind => "hnsw";

    /// <inheritdoc/>
    public long Count { get; }

    /// <inheritdoc/>
    public int Dimension { get; }

    /// <summary>Beam width of a search (USearch's expansion_search, HNSW's ef); the recall/speed knob.</summary>
    public int ExpansionSearch
    {
        get => _expansionSearch;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            USearchNative.usearch_change_expansion_search(Handle, (UIntPtr)(uint)value, out var error);
            USearchNative.Check(error, "set the search expansion");
            _expansionSearch = value;
        }
    }

    /// <inheritdoc/>
    public SearchHits Search(Tensor queries, int k, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (queries.dim() != 2 || queries.shape[1] != Dimension || queries.dtype != ScalarType.Float32)
            throw new ArgumentException($"queries must be (Q, {Dimension}) float32", nameof(queries));
        int depth = (int)Math.Max(1, Math.Min(k, Count));
        long total = queries.shape[0];
        var keys = new ulong[total * depth];
        var distances = new float[total * depth];
        var found = new int[total];
        var handle = Handle;
        using var rows = queries.is_contiguous() ? queries.alias() : queries.contiguous();
        long done = 0;
        ForEachChunk(total, _threads, cancellationToken, (start, count) =>
        {
            using var chunk = rows.narrow(0, start, count);
            var values = MemoryMarshal.Cast<byte, float>(chunk.bytes);
            int d = values.Length / count;
            for (int i = 0; i < count; i++)
            {
                long at = (start + i) * depth;
                found[start + i] = (int)(ulong)USearchNative.usearch_search(handle, ref MemoryMarshal.GetReference(values.Slice(i * d, d)),
                    ScalarKind.Float32, (UIntPtr)(uint)depth, ref keys[at], ref distances[at], out var error);
                USearchNative.Check(error, "search");
            }
            progress?.Report(new SearchProgress("search", Interlocked.Add(ref done, count), total));
        });
        var scores = new float[keys.Length];
        var ids = new long[keys.Length];
        for (long q = 0; q < total; q++)
            for (int j = 0; j < depth; j++)
            {
                long at = q * depth + j;
                bool hit = j < found[q];
                (scores[at], ids[at]) = hit ? (1f - distances[at], (long)keys[at]) : (float.NegativeInfinity, -1L);
            }
        using var scope = NewDisposeScope();
        var (sorted, sortedIds) = HitOrder.Sort(tensor(scores, total, depth), tensor(ids, total, depth)); // (Q, k)
        return new SearchHits(sorted.MoveToOuterDisposeScope(), HitOrder.MarkEmpty(sorted, sortedIds).MoveToOuterDisposeScope());
    }

    /// <inheritdoc/>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            USearchNative.usearch_save(Handle, temporary, out var error);
            USearchNative.Check(error, $"save to '{path}'");
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Frees the native index.</summary>
    public void Dispose()
    {
        if (_handle == IntPtr.Zero)
            return;
        USearchNative.usearch_free(_handle, out _);
        _handle = IntPtr.Zero;
    }

    private IntPtr Handle => _handle != IntPtr.Zero ? _handle : throw new ObjectDisposedException(nameof(HnswIndex));

    private static void Configure(IntPtr handle, int threads)
    {
        USearchNative.usearch_change_threads_add(handle, (UIntPtr)(uint)threads, out var error);
        USearchNative.Check(error, "set the add threads");
        USearchNative.usearch_change_threads_search(handle, (UIntPtr)(uint)threads, out error);
        USearchNative.Check(error, "set the search threads");
    }

    /// <summary>Runs <paramref name="body"/>(start, count) over [0, total) in chunks, in order on one thread, or on
    /// <paramref name="threads"/> threads.</summary>
    private static void ForEachChunk(long total, int threads, CancellationToken cancellationToken, Action<long, int> body)
    {
        long chunks = (total + Chunk - 1) / Chunk;
        void Run(long c) => body(c * Chunk, (int)Math.Min(Chunk, total - c * Chunk));
        if (threads <= 1)
        {
            for (long c = 0; c < chunks; c++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(c);
            }
            return;
        }
        Parallel.For(0L, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, Run);
    }
}

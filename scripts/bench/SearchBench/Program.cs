// Search benchmark, our side (scripts/bench/mine-search.sh runs it). Each mode prints one JSON object.
//   exact  FOLDER DIM K THREADS [REPEATS]  reads FOLDER/{queries,documents}.f32 (raw float32, written by
//          scripts/bench/gen_search_vectors.py; FAISS reads the same files), times our exact search (best of REPEATS after
//          a warm-up) and writes FOLDER/ours-ids.i64 so the script can compare ids with FAISS's.
//   ann    DOCS QUERIES DIM K THREADS SEED [LISTS] [PROBES] [EF] [KINDS]  (0 = the default lists/probes; KINDS: ivf,hnsw)  clustered unit vectors made here (seeded): exact
//          ground truth, then hnsw and ivf: build seconds, search seconds, recall@K vs exact, speed-up vs exact.
//   tune   FOLDER DIM K THREADS QUERY_BLOCK DOCUMENT_BLOCK  as exact, for one block shape, next to the bare matrix
//          products of that shape (no top-k): what the top-k and merging cost.
//   memory DOCS QUERIES DIM K THREADS SEED [KIND]  DOCS random unit vectors made here in one tensor (normalised in place),
//          one search of QUERIES queries; peak RSS (VmHWM) of the process.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContrastiveTool.Core.Mining.Search;
using TorchSharp;
using static TorchSharp.torch;

ContrastiveTool.Core.Native.NativeHeap.ReuseLargeBlocks();   // as the contrastive tool does at start

int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
string mode = args[0];
object result = mode switch
{
    "exact" => Exact(args[1], Arg(2, 384), Arg(3, 10), Arg(4, 2), Arg(5, 1)),
    "ann" => Ann(Arg(1, 100_000), Arg(2, 1000), Arg(3, 384), Arg(4, 10), Arg(5, 2), Arg(6, 7), Arg(7, 0) is > 0 and var l ? l : (int?)null,
        Arg(8, 0) is > 0 and var p ? p : (int?)null, Arg(9, 128), args.Length > 10 ? args[10].Split(',') : ["ivf", "hnsw"]),
    "memory" => Memory(Arg(1, 1_000_000), Arg(2, 1000), Arg(3, 384), Arg(4, 10), Arg(5, 2), Arg(6, 7), args.Length > 7 ? args[7] : "exact"),
    "tune" => Tune(args[1], Arg(2, 384), Arg(3, 10), Arg(4, 2), Arg(5, 4096), Arg(6, 4096)),
    _ => throw new ArgumentException($"unknown mode '{mode}': exact, ann, memory or tune"),
};
Console.WriteLine(JsonSerializer.Serialize(result));

static object Exact(string folder, int dim, int k, int threads, int repeats)
{
    torch.set_num_threads(threads);
    using var queries = Floats(Path.Combine(folder, "queries.f32"), dim);       // (Q, d)
    using var documents = Floats(Path.Combine(folder, "documents.f32"), dim);   // (N, d)
    using var index = new ExactIndex(documents);
    WarmUp(index, queries, k, 256);
    SearchHits hits = default;
    double seconds = Enumerable.Range(0, repeats).Min(_ =>
    {
        Dispose(hits);
        var clock = Stopwatch.StartNew();
        hits = index.Search(queries, k);
        return clock.Elapsed.TotalSeconds;
    });
    using (var file = File.Create(Path.Combine(folder, "ours-ids.i64")))
    using (var ids = hits.Ids.contiguous())
        file.Write(ids.bytes);
    Dispose(hits);
    long q = queries.shape[0], n = documents.shape[0];
    return new { mode = "exact", queries = q, documents = n, dim, k, threads, seconds, queries_per_s = q / seconds,
                 gflops = 2.0 * q * n * dim / seconds / 1e9 };
}

static object Tune(string folder, int dim, int k, int threads, int queryBlock, int documentBlock)
{
    torch.set_num_threads(threads);
    using var queries = Floats(Path.Combine(folder, "queries.f32"), dim);
    using var documents = Floats(Path.Combine(folder, "documents.f32"), dim);
    var search = new ExactTopKSearch(queryBlock, documentBlock);
    using (var scope = NewDisposeScope())
        search.Search(queries.narrow(0, 0, Math.Min(256, queries.shape[0])), documents, k);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    using (var scope = NewDisposeScope())
        search.Search(queries, documents, k);
    double seconds = clock.Elapsed.TotalSeconds, searchCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    cpu = Process.GetCurrentProcess().TotalProcessorTime;
    clock.Restart();
    for (long q0 = 0; q0 < queries.shape[0]; q0 += queryBlock)
        for (long d0 = 0; d0 < documents.shape[0]; d0 += documentBlock)
        {
            using var scope = NewDisposeScope();
            queries.narrow(0, q0, Math.Min(queryBlock, queries.shape[0] - q0)).mm(documents.narrow(0, d0, Math.Min(documentBlock, documents.shape[0] - d0)).t());
        }
    double products = clock.Elapsed.TotalSeconds, productsCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    return new { mode = "tune", queryBlock, documentBlock, seconds, products_s = products, cpu_s = searchCpu, products_cpu_s = productsCpu };
}

static object Ann(int docs, int queryCount, int dim, int k, int threads, int seed, int? lists, int? probes, int ef, string[] kinds)
{
    torch.set_num_threads(threads);
    var (documents, queries) = Clustered(docs, queryCount, dim, seed);
    var exact = new ExactIndex(documents);
    WarmUp(exact, queries, k, 16);
    var clock = Stopwatch.StartNew();
    var (_, truth) = exact.Search(queries, k);
    double exactSeconds = clock.Elapsed.TotalSeconds;
    var rows = new List<object> { new { kind = "exact", build_s = 0.0, search_s = exactSeconds, recall = 1.0, speedup = 1.0 } };
    foreach (var (kind, options) in new[]
    {
        ("ivf", new SearchIndexOptions(Seed: seed, Threads: threads, Lists: lists, Probes: probes)),
        ("hnsw", new SearchIndexOptions(Seed: seed, Threads: threads, ExpansionSearch: ef)),
    }.Where(kind => kinds.Contains(kind.Item1)))
    {
        clock.Restart();
        using var index = IndexCatalog.Open(kind, documents, null, options);
        double build = clock.Elapsed.TotalSeconds;
        WarmUp(index, queries, k, 16);
        clock.Restart();
        var (_, ids) = index.Search(queries, k);
        double search = clock.Elapsed.TotalSeconds;
        rows.Add(new { kind, build_s = build, search_s = search, recall = Recall(ids, truth), speedup = exactSeconds / search });
    }
    return new { mode = "ann", documents = docs, queries = queryCount, dim, k, threads, data = "clustered", results = rows };
}

static object Memory(int docs, int queryCount, int dim, int k, int threads, int seed, string kind)
{
    torch.set_num_threads(threads);
    var generator = new Generator((ulong)seed);
    var documents = randn(docs, dim, generator: generator);                    // (N, d): the only copy of the corpus
    documents.div_(documents.norm(1, keepdim: true));
    using var queries = randn(queryCount, dim, generator: generator);
    queries.div_(queries.norm(1, keepdim: true));
    var clock = Stopwatch.StartNew();
    var index = IndexCatalog.Open(kind, documents, null, new SearchIndexOptions(Seed: seed, Threads: threads));
    double build = clock.Elapsed.TotalSeconds;
    if (kind != "exact")
        documents.Dispose();                                                    // the index holds its own copy
    clock.Restart();
    using (var scope = NewDisposeScope())
        index.Search(queries, k);
    double search = clock.Elapsed.TotalSeconds;
    index.Dispose();
    return new { mode = "memory", kind, documents = docs, queries = queryCount, dim, k, build_s = build, search_s = search,
                 corpus_gb = (double)docs * dim * 4 / 1e9, peak_rss_gb = PeakRssKb() / 1e6 };
}

// Clustered unit vectors: docs/100 random unit centres, each document a centre plus noise (cosine to its centre ≈ 0.7);
// each query a random document plus the same noise — so near neighbours exist, as with real embeddings.
static (Tensor Documents, Tensor Queries) Clustered(int docs, int queryCount, int dim, int seed)
{
    var generator = new Generator((ulong)seed);
    int centres = Math.Max(1, docs / 100);
    var centre = nn.functional.normalize(randn(centres, dim, generator: generator), dim: 1);           // (C, d)
    var documents = centre.index_select(0, randint(centres, docs, generator: generator));               // (N, d)
    documents.add_(randn(docs, dim, generator: generator), alpha: 1.0 / Math.Sqrt(dim));
    documents.div_(documents.norm(1, keepdim: true));
    var queries = documents.index_select(0, randint(docs, queryCount, generator: generator));           // (Q, d)
    queries.add_(randn(queryCount, dim, generator: generator), alpha: 0.5 / Math.Sqrt(dim));
    queries.div_(queries.norm(1, keepdim: true));
    return (documents, queries);
}

static double Recall(Tensor found, Tensor truth)
{
    using var scope = NewDisposeScope();
    var hit = found.unsqueeze(2).eq(truth.unsqueeze(1)).any(2);                                          // (Q, k)
    return hit.to(ScalarType.Float64).mean().item<double>();
}

static Tensor Floats(string path, int dim)
{
    long count = new FileInfo(path).Length / 4;
    using var mapped = from_file(path, shared: false, size: count, dtype: ScalarType.Float32);
    return mapped.view(count / dim, dim).clone();                                // into ordinary memory, as a corpus built in-process
}

// One small search before the timed one, so first-call costs (JIT, thread pools, allocator) stay out of the timing.
static void WarmUp(IVectorIndex index, Tensor queries, int k, int rows)
{
    using var warm = queries.narrow(0, 0, Math.Min(rows, queries.shape[0]));
    Dispose(index.Search(warm, k));
}

static void Dispose(SearchHits hits)
{
    hits.Scores?.Dispose();
    hits.Ids?.Dispose();
}

static long PeakRssKb() => File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
    .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).FirstOrDefault();

// Tiered-mining benchmark: TieredBench <mine|floor> <pairs> <sources> <clusters> <dim> <threads> [kmeans-iterations]
//   mine   ML.NET k-means over the sources (timed apart), then tiered mining 3,4,3,2 of 12 per pair (timed);
//   floor  the bare blocked matrix product queries × sources + top-k (k = tier 3's share, 3) — the least any exact
//          tier 3 can cost.
// Prints one JSON object with seconds and the process's peak RSS (VmHWM), so run each mode in its own process.
using System.Diagnostics;
using System.Text.Json;
using ContrastiveTool.Core.Clustering;
using ContrastiveTool.Core.Mining.Search;
using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Mining.Strategies;
using ContrastiveTool.Core.Models.Embeddings;
using ContrastiveTool.Core.Models.Encoders;
using static TorchSharp.torch;

ContrastiveTool.Core.Native.NativeHeap.ReuseLargeBlocks();   // as the contrastive tool does at start

string mode = args[0];
int pairs = int.Parse(args[1]), sources = int.Parse(args[2]), k = int.Parse(args[3]), dim = int.Parse(args[4]), threads = int.Parse(args[5]);
int iterations = args.Length > 6 ? int.Parse(args[6]) : 20;
set_num_threads(threads);
manual_seed(7);
var queryTensor = nn.functional.normalize(randn(pairs, dim), dim: 1);                          // (P, d)
var sourceTensor = nn.functional.normalize(randn(sources, dim), dim: 1);                       // (N, d)
var result = new Dictionary<string, object> { ["mode"] = mode, ["pairs"] = pairs, ["sources"] = sources, ["clusters"] = k, ["dim"] = dim, ["threads"] = threads };
var clock = Stopwatch.StartNew();
if (mode == "kmeans")
{
    var corpusOnly = new EmbeddingMatrix(sourceTensor.data<float>().ToArray(), sources, dim);
    var fitted = ClustererCatalog.Create(Environment.GetEnvironmentVariable("BENCH_CLUSTERER") ?? "mlnet", new KMeansOptions(k, iterations, 42, threads)).Fit(corpusOnly);
    result["kmeans_seconds"] = clock.Elapsed.TotalSeconds;
    result["inertia"] = fitted.Inertia;
}
else if (mode == "floor")
{
    var (scores, _) = new ExactTopKSearch().Search(queryTensor, sourceTensor, 3);
    result["floor_seconds"] = clock.Elapsed.TotalSeconds;
    scores.Dispose();
}
else
{
    var queries = new EmbeddingMatrix(queryTensor.data<float>().ToArray(), pairs, dim);
    var corpus = new EmbeddingMatrix(sourceTensor.data<float>().ToArray(), sources, dim);
    var positives = randint(sources, [pairs], generator: new Generator(11)).data<long>().ToArray();
    var input = new MiningInput(
        Enumerable.Range(0, pairs).Select(i => new TextItem($"q{i}", "", IsQuery: true)).ToList(),
        Enumerable.Range(0, sources).Select(i => new TextItem($"s{i}", "")).ToList(),
        positives.Select((p, i) => new MiningPair(i, (int)p)).ToList(),
        positives.Select(p => new[] { (int)p }).ToList(),
        Enumerable.Range(0, pairs).Select(_ => Array.Empty<int>()).ToList());
    clock.Restart();
    var clusters = ClustererCatalog.Create(Environment.GetEnvironmentVariable("BENCH_CLUSTERER") ?? "mlnet", new KMeansOptions(k, iterations, 42, threads)).Fit(corpus);
    result["kmeans_seconds"] = clock.Elapsed.TotalSeconds;
    result["kmeans_iterations_max"] = iterations;
    result["clusterer"] = (Environment.GetEnvironmentVariable("BENCH_CLUSTERER") ?? "mlnet") + ", ";
    clock.Restart();
    INegativeMiner miner = mode.StartsWith("mine:", StringComparison.Ordinal) ? MinerCatalog.Create(mode[5..]) : new TieredMiner([3, 4, 3, 2], 3);
    var mined = MiningEngine.Run(input, queries, corpus, miner, new MiningOptions(12, 42), clusters);
    result["mine_seconds"] = clock.Elapsed.TotalSeconds;
    result["valid"] = mined.Validation.Passed;
    result["short_rows"] = mined.Validation.ShortRows;
    result["tier_counts"] = mined.Validation.TierCounts;
    result["events"] = mined.Counters.Events;
}
string? hwm = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
result["peak_rss_mb"] = hwm is null ? -1 : long.Parse(hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
Console.WriteLine(JsonSerializer.Serialize(result));

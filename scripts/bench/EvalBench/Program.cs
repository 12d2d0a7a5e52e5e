// Retrieval benchmark, our side: reads FOLDER/{queries,documents}.f32 (raw little-endian float32, Q×d and N×d, written by
// scripts/eval/gen_embeddings.py) and FOLDER/relevant.i64 (the one relevant document of each query), then times
//   ours:  RetrievalEvaluator (exact blocked top-k + every metric per query), seed-compat definitions;
//   floor: the bare matrix product + top-k over the same vectors, in query blocks, nothing else.
// Prints one JSON object: seconds of each (best of REPEATS, after a warm-up on 256 queries) and the metric means.
// usage: EvalBench FOLDER DIM [K=10] [REPEATS=1] [THREADS=2]
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Evaluation.Retrieval;
using TorchSharp;
using static TorchSharp.torch;

ContrastiveTool.Core.Native.NativeHeap.ReuseLargeBlocks();   // as the contrastive tool does at start

string folder = args[0];
int dim = int.Parse(args[1], CultureInfo.InvariantCulture);
int k = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
int repeats = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
torch.set_num_threads(args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2);

using var queries = Floats(Path.Combine(folder, "queries.f32"), dim);                    // (Q, d)
using var documents = Floats(Path.Combine(folder, "documents.f32"), dim);                // (N, d)
var relevantRows = MemoryMarshal.Cast<byte, long>(File.ReadAllBytes(Path.Combine(folder, "relevant.i64"))).ToArray();
long q = queries.shape[0];
using var judgments = new Judgments(q, documents.shape[0], arange(q, ScalarType.Int64), tensor(relevantRows), ones(q, ScalarType.Float64));
var ids = Enumerable.Range(0, (int)q).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
var metrics = MetricSpec.ParseList($"mrr@{k},ndcg@{k},map@{k},recall@{k},accuracy@1");
var options = new MetricOptions(SeedCompat: true);
var evaluator = new RetrievalEvaluator();

EvaluationResult? result = null;
long w = Math.Min(256, q);
using (var warm = queries.narrow(0, 0, w))
using (var warmJudgments = new Judgments(w, documents.shape[0], arange(w, ScalarType.Int64), tensor(relevantRows[..(int)w]), ones(w, ScalarType.Float64)))
    evaluator.Evaluate(ids.Take((int)w).ToList(), warm, documents, warmJudgments, metrics, options);
double ours = Best(() => result = evaluator.Evaluate(ids, queries, documents, judgments, metrics, options));
Floor(w);
double floor = Best(() => Floor(q));
var means = result!.Metrics.ToDictionary(m => m.Label, m => m.Mean);
Console.WriteLine(JsonSerializer.Serialize(new { ours_s = ours, floor_s = floor, queries = q, documents = documents.shape[0], metrics = means }));

double Best(Action run) => Enumerable.Range(0, repeats).Min(_ =>
{
    var clock = Stopwatch.StartNew();
    run();
    return clock.Elapsed.TotalSeconds;
});

void Floor(long rows)
{
    for (long start = 0; start < rows; start += 1024)
    {
        using var scope = NewDisposeScope();
        var scores = queries.narrow(0, start, Math.Min(1024, rows - start)).matmul(documents.t()); // (b, N)
        var (top, at) = scores.topk(k, 1);                                                         // (b, k)
    }
}

static Tensor Floats(string path, int dim)
{
    var values = MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(path)).ToArray();
    return tensor(values, [values.Length / dim, dim]);
}

// Forward + backward time of every registered loss at B = 256, d = 384, K = 7 (median of 20 runs after 3 warm-ups),
// without metrics (a trainer's non-logging step) and with them, printed as JSON
// {"<loss>": {"ms": x, "ms_with_metrics": y}} for scripts/bench-losses.sh to set beside the PyTorch references.
using System.Diagnostics;
using System.Text.Json;
using ContrastiveTool.Bench;
using ContrastiveTool.Core.Losses;
using TorchSharp;
using static TorchSharp.torch;

ContrastiveTool.Core.Native.NativeHeap.ReuseLargeBlocks();   // as the contrastive tool does at start

int runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
torch.set_num_threads(2);
var results = new SortedDictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
foreach (var descriptor in LossCatalog.All)
{
    var parameters = descriptor.Name switch
    {
        "mnr" => LossParameters.FromPairs(["symmetric=true"]),
        "rank_infonce" => LossParameters.FromPairs(["use_scores=true"]),
        "matryoshka" => LossParameters.FromPairs(["dims=[384,256,128,64,32]"]),
        _ => LossParameters.None,
    };
    var loss = LossCatalog.Create(descriptor.Name, parameters);
    using var data = torch.NewDisposeScope();
    var batch = BenchBatch.Create(1234) with { Labels = BenchBatch.LabelsFor(descriptor.Name, new Generator(99)) };
    Tensor[] embeddings = [batch.Queries!, batch.Answers!, batch.Negatives!, batch.ListQueries!, batch.ListAnswers!];
    foreach (var embedding in embeddings) embedding.requires_grad_(true);
    double Median(bool withMetrics)
    {
        var times = new List<double>();
        for (int run = 0; run < runs + 3; run++)
        {
            foreach (var embedding in embeddings) embedding.grad?.zero_();
            var clock = Stopwatch.StartNew();
            using (torch.NewDisposeScope())
                loss.Compute(batch, withMetrics).Loss.backward();
            if (run >= 3) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return Math.Round(times[times.Count / 2], 3);
    }
    double lossOnly = Median(false), withMetrics = Median(true);
    results[descriptor.Name] = new() { ["ms"] = lossOnly, ["ms_with_metrics"] = withMetrics };
    Console.Error.WriteLine($"{descriptor.Name,-20} {lossOnly,8:F2} ms   with metrics {withMetrics,8:F2} ms");
}
Console.WriteLine(JsonSerializer.Serialize(results));

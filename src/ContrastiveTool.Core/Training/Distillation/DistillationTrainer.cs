using System.Diagnostics;
using System.Text.Json.Nodes;
using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Models.Tokenization;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Training.Distillation;

/// <summary>Multilingual knowledge distillation: trains a student encoder so that a sentence and its translation both land
/// on a teacher's embedding of the sentence (<see cref="DistillationObjective"/>), from teacher embeddings made beforehand.</summary>
/// <remarks>
/// The teacher is any encoder (the pretrained ONNX <c>minilm</c>): the caller embeds every pair's source with it once
/// (<see cref="EmbeddingRunner"/>) and passes the rows, so a step runs only the student. Per step: the student embeds the
/// batch's sources and translations (two forward passes, each padded to its own longest text, dropout seeded by (seed,
/// step)), the objective compares them with the teacher rows, then gradient clipping and an AdamW step under linear
/// warm-up and decay — the optimizer, schedule and clipping of <see cref="Trainer"/>. Batches: <see cref="DistillationBatches"/>.
/// Writes <c>metrics.jsonl</c> (one <c>"kind": "train"</c> line per step: loss, learning rate, gradient norm, batch metrics,
/// pairs seen) and, at the end, the student to <c>model/</c> (temporary folder, then rename: Ctrl+C leaves no checkpoint).
/// Same inputs and seed, same weights and log.
/// </remarks>
public sealed class DistillationTrainer
{
    /// <param name="student">The trainable encoder (e.g. <c>minilm-torch</c>, initialised from the teacher's weights).</param>
    /// <param name="pairs">Source sentences and their translations.</param>
    /// <param name="teacher">The teacher's embeddings of the sources, one row per pair, unit length.</param>
    /// <param name="options">Batch size, epochs, learning rate, loss weights, seed.</param>
    /// <param name="outputDir">Where <c>metrics.jsonl</c> and <c>model/</c> go (created if missing).</param>
    /// <param name="progress">Reported after every step.</param>
    /// <param name="cancellationToken">Checked before every step.</param>
    /// <exception cref="UserInputException">Bad options, fewer than two pairs, or teacher and student dimensions that differ.</exception>
    public DistillationResult Run(TorchSentenceEncoder student, IReadOnlyList<ParallelPair> pairs, EmbeddingMatrix teacher,
        DistillationOptions options, string outputDir, IProgress<TrainProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDir);
        options.Validate();
        if (teacher.Count != pairs.Count)
            throw new ArgumentException($"{pairs.Count} pairs but {teacher.Count} teacher embeddings; embed every pair's source once", nameof(teacher));
        if (teacher.Dimension != student.Dimension)
            throw new UserInputException($"the teacher's embeddings have {teacher.Dimension} dimensions, the student's {student.Dimension}; they must match (drop the student's projection head)");
        if (pairs.Count < 2)
            throw new UserInputException($"distillation needs at least 2 pairs, got {pairs.Count}");

        var sources = Tokenize(student.Tokenizer, pairs.Select(p => p.Source).ToList(), options.MaxLength, cancellationToken);
        var translations = Tokenize(student.Tokenizer, pairs.Select(p => p.Translation).ToList(), options.MaxLength, cancellationToken);
        var lengths = sources.Zip(translations, (s, t) => Math.Max(s.Length, t.Length)).ToArray();
        var epochs = Enumerable.Range(0, options.Epochs).Select(e => DistillationBatches.Build(lengths, options.BatchSize, options.Seed, e)).ToList();
        int total = epochs.Sum(e => e.Count);
        var optimizer = new AdamW(student.named_parameters().Select(p => (p.name, p.parameter)), options.WeightDecay);
        var schedule = new LearningRateSchedule(options.LearningRate, total, options.WarmupRatio);
        var objective = new DistillationObjective(options.MnrWeight, options.MnrScale);
        Directory.CreateDirectory(outputDir);
        using var log = MetricsLog.Open(outputDir, null);
        using var targets = tensor(teacher.Values, teacher.Count, teacher.Dimension);         // (n, d)
        var clock = Stopwatch.StartNew();
        int step = 0;
        long seen = 0;
        double first = double.NaN, last = double.NaN;
        student.train();
        for (int epoch = 0; epoch < epochs.Count; epoch++)
            foreach (var batch in epochs[epoch])
            {
                cancellationToken.ThrowIfCancellationRequested();
                double learningRate = schedule.At(step);
                optimizer.ZeroGrad();
                var (loss, metrics) = Backward(student, objective, sources, translations, targets, batch, SeedMix.Derive(options.Seed, 0xD157, step));
                double norm = GradientClipping.Clip(student.parameters(), options.MaxGradNorm);
                optimizer.Step(learningRate);
                (step, seen, last) = (step + 1, seen + batch.Length, loss);
                if (step == 1)
                    first = loss;
                log.Write(new JsonObject
                {
                    ["kind"] = "train", ["step"] = step, ["epoch"] = epoch + 1, ["stage"] = "distill", ["loss"] = Math.Round(loss, 6),
                    ["learning_rate"] = learningRate, ["grad_norm"] = Math.Round(norm, 6), ["rows"] = batch.Length,
                    ["batch"] = MetricsLog.Values(metrics), ["docs_seen"] = seen,
                });
                progress?.Report(new TrainProgress(step, total, epoch + 1, "distill", loss, metrics.TryGetValue("accuracy", out double a) ? a : null));
            }
        clock.Stop();
        student.eval();
        string model = EncoderCheckpoint.SaveReplacing(student, Path.Combine(outputDir, "model"));
        return new DistillationResult(model, Path.Combine(outputDir, MetricsLog.FileName), step, pairs.Count, first, last,
                                      step == 0 ? 0 : clock.Elapsed.TotalSeconds / step);
    }

    private static (double Loss, IReadOnlyDictionary<string, double> Metrics) Backward(TorchSentenceEncoder student, DistillationObjective objective,
        int[][] sources, int[][] translations, Tensor targets, int[] batch, long stepSeed)
    {
        using var scope = NewDisposeScope();
        var rows = tensor(batch.Select(i => (long)i).ToArray());                              // (B)
        torch.random.manual_seed(SeedMix.Derive(stepSeed, 0));
        var source = student.Forward(TokenBatch.Pad(batch.Select(i => sources[i]).ToList(), student.Tokenizer.PadId));           // (B, d)
        torch.random.manual_seed(SeedMix.Derive(stepSeed, 1));
        var translation = student.Forward(TokenBatch.Pad(batch.Select(i => translations[i]).ToList(), student.Tokenizer.PadId)); // (B, d)
        var result = objective.Compute(source, translation, targets.index_select(0, rows));  // teacher rows (B, d)
        result.Loss.backward();
        return (result.Loss.item<float>(), result.Metrics);
    }

    private static int[][] Tokenize(WordPieceTextTokenizer tokenizer, IReadOnlyList<string> texts, int maxLength, CancellationToken cancellationToken)
    {
        var sequences = new int[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken },
                     i => sequences[i] = tokenizer.Encode(texts[i], maxLength));
        return sequences;
    }
}

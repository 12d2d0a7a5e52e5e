using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContrastiveTool.Core.Data;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Core.Transforms;

namespace ContrastiveTool.Core.Training;

/// <summary>Trains one model: AdamW with linear warm-up and decay, gradient clipping, plain or cached (GradCache) steps,
/// evaluation on the held-out split, <c>metrics.jsonl</c>, a checkpoint per epoch, and resume.</summary>
/// <remarks>
/// Output folder: <c>train-config.json</c> (the resolved configuration), <c>metrics.jsonl</c> (<see cref="MetricsLog"/>),
/// <c>checkpoint-epoch-N/</c> after each epoch, <c>model/</c> (the final encoder). Cancelling (Ctrl+C) saves
/// <c>checkpoint-step-N/</c> before the next step and throws <see cref="OperationCanceledException"/>.
/// Determinism: the split, the data order, the transforms' choices and each step's dropout derive from <c>seed</c> and the
/// position (<see cref="SeedMix"/>), so a run resumed from any checkpoint writes the same weights and metrics as one that
/// never stopped.
/// </remarks>
public sealed class Trainer
{
    public TrainResult Run(TrainRequest request, IProgress<TrainProgress>? progress = null, CancellationToken cancellationToken = default,
                           ReadReport? report = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? resume = request.ResumeFrom is null ? null : TrainingCheckpoint.Resolve(request.ResumeFrom, request.Config.OutputDir);
        var config = resume is null ? request.Config : TrainerState.Load(resume).Config;
        using var setup = TrainingSetup.Create(config, report ?? new ReadReport(), cancellationToken);
        Directory.CreateDirectory(config.OutputDir);
        File.WriteAllText(Path.Combine(config.OutputDir, "train-config.json"), JsonSerializer.Serialize(config, JsonOutput.Indented));
        var encoder = setup.Encoder;
        var optimizer = new AdamW(encoder.named_parameters().Select(p => (p.name, p.parameter)), config.WeightDecay);
        var state = resume is null ? new TrainerState(0, 0, 0, 0, config) : TrainingCheckpoint.Load(resume, encoder, optimizer);
        var schedule = new LearningRateSchedule(config.LearningRate, setup.TotalSteps, config.WarmupRatio);
        using var log = MetricsLog.Open(config.OutputDir, resume is null ? null : state.Step);
        var run = new RunContext(setup, log, progress);

        IReadOnlyDictionary<string, double>? initial = null;
        if (resume is null && config.EvalAtZero && setup.Evaluator.CanEvaluate)
            initial = run.Evaluate(state);
        encoder.train();
        var clock = new Stopwatch();
        int trained = 0;
        for (int epoch = state.Epoch; epoch < setup.Epochs.Count; epoch++)
        {
            var batches = setup.Epochs[epoch];
            for (int b = epoch == state.Epoch ? state.Batch : 0; b < batches.Count; b++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    TrainingCheckpoint.Save(config.OutputDir, $"step-{state.Step}", encoder, optimizer, state with { Epoch = epoch, Batch = b });
                    cancellationToken.ThrowIfCancellationRequested();
                }
                clock.Start();
                state = run.Step(optimizer, schedule, batches[b], state, epoch);
                clock.Stop();
                trained++;
                if (config.EvalSteps > 0 && state.Step % config.EvalSteps == 0 && setup.Evaluator.CanEvaluate)
                    run.Evaluate(state);
            }
            state = state with { Epoch = epoch + 1, Batch = 0 };
            TrainingCheckpoint.Save(config.OutputDir, $"epoch-{epoch + 1}", encoder, optimizer, state);
        }
        bool evaluatedLast = config.EvalSteps > 0 && state.Step % config.EvalSteps == 0;
        var final = setup.Evaluator.CanEvaluate && request.FinalEvaluation ? (evaluatedLast ? run.LastEvaluation : null) ?? run.Evaluate(state) : null;
        string model = EncoderCheckpoint.SaveReplacing(encoder, Path.Combine(config.OutputDir, "model"));
        return new TrainResult(config.OutputDir, model, Path.Combine(config.OutputDir, MetricsLog.FileName), state.Step,
            setup.Split.Train.Count, setup.Split.Test.Count, initial, final, trained == 0 ? 0 : clock.Elapsed.TotalSeconds / trained,
            resume is null ? null : TrainerState.Load(resume).Step);
    }

    /// <summary>One run's step and evaluation, with the log and the progress reporter.</summary>
    private sealed class RunContext(TrainingSetup setup, MetricsLog log, IProgress<TrainProgress>? progress)
    {
        public IReadOnlyDictionary<string, double>? LastEvaluation { get; private set; }

        public TrainerState Step(AdamW optimizer, LearningRateSchedule schedule, TextBatch batch, TrainerState state, int epoch)
        {
            var config = setup.Config;
            double learningRate = schedule.At(state.Step);
            optimizer.ZeroGrad();
            var encoded = new EncodedBatch(batch, setup.Encoder.QueryPrefix);
            var result = GradientCache.Backward(setup.Encoder, setup.Loss, encoded, config.MaxLength, config.CacheChunkSize,
                                                SeedMix.Derive(config.Seed, 0xD80F, state.Step));
            double loss = result.Loss.item<float>();
            result.Loss.Dispose();
            if (!double.IsFinite(loss))
                throw new TrainingDivergedException(state.Step + 1, loss);
            double norm = GradientClipping.Clip(setup.Encoder.parameters(), config.MaxGradNorm);
            optimizer.Step(learningRate);
            var next = state with { Step = state.Step + 1, Batch = state.Batch + 1, DocumentsSeen = state.DocumentsSeen + batch.Documents };
            string stage = setup.Curriculum.StageOf(epoch).Name;
            log.Write(new JsonObject
            {
                ["kind"] = "train", ["step"] = next.Step, ["epoch"] = epoch + 1, ["stage"] = stage, ["loss"] = Math.Round(loss, 6),
                ["learning_rate"] = learningRate, ["grad_norm"] = Math.Round(norm, 6), ["rows"] = batch.Count,
                ["batch"] = MetricsLog.Values(result.Metrics), ["docs_seen"] = next.DocumentsSeen,
            });
            progress?.Report(new TrainProgress(next.Step, setup.TotalSteps, epoch + 1, stage, loss,
                result.Metrics.TryGetValue("accuracy", out double accuracy) ? accuracy : null));
            return next;
        }

        public IReadOnlyDictionary<string, double> Evaluate(TrainerState state)
        {
            // Not cancelled midway: an evaluation takes seconds, and a step's evaluation must be in the log before its checkpoint.
            var metrics = setup.Evaluator.Evaluate(setup.Encoder, CancellationToken.None);
            log.Write(new JsonObject { ["kind"] = "eval", ["step"] = state.Step, ["eval"] = MetricsLog.Values(metrics), ["docs_seen"] = state.DocumentsSeen });
            progress?.Report(new TrainProgress(state.Step, setup.TotalSteps, state.Epoch + 1, "eval", null, null, metrics));
            return LastEvaluation = metrics;
        }
    }
}

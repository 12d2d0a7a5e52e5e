using System.Diagnostics;
using System.Globalization;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Training.Config;
using ContrastiveTool.Core.Transforms.Mined;

namespace ContrastiveTool.Core.Training.Comparison;

/// <summary><c>compare</c>: trains each configuration of a comparison from the same starting model on the same split, one
/// after another, judges every model (and the untrained one, as <c>baseline</c>) on one standardized test set, and writes
/// the report.</summary>
/// <remarks>
/// Order: <see cref="Validate"/> every run (nothing trains if one is wrong) → build the test set → evaluate the baseline
/// → for each run: train into <c>&lt;output&gt;/&lt;name&gt;/</c> (a re-run replaces that folder), evaluate the final model
/// → write <c>report.md</c>, <c>report.csv</c>, bar charts and learning curves (<see cref="ReportFolderWriter"/>).
/// A run that throws (a bad negatives file, a diverged loss, …) becomes a failed row and the next run starts. Ctrl+C stops
/// the current run (the trainer saves a checkpoint), and a partial report of the rows finished so far is written; the result
/// then says <see cref="ComparisonResult.Cancelled"/>. Test set: <see cref="ComparisonConfig.TestPath"/>, or the
/// trainer's held-out split of <c>data_path</c> (the same for every run: one seed, limit and test_size).
/// </remarks>
public sealed class LossComparison
{
    public ComparisonResult Run(ComparisonRequest request, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var config = request.Config;
        Validate(config);
        string output = Path.GetFullPath(request.OutputDir);
        int runs = config.Runs.Count;
        progress?.Report(new ComparisonProgress(0, runs, "", ComparisonPhase.Preparing));
        var test = TestSet(config, cancellationToken);
        var evaluator = new ComparisonEvaluator(test, config.Shared.MaxLength, new Bootstrap(config.BootstrapResamples, 0.95, config.Shared.Seed));
        Directory.CreateDirectory(output);

        var outcomes = new List<RunOutcome>();
        bool cancelled = false;
        int next = config.Baseline ? -1 : 0;                                                 // -1: the baseline
        try
        {
            if (config.Baseline)
                outcomes.Add(Report(progress, 0, runs, Baseline(config, evaluator, progress, cancellationToken)));
            for (next = 0; next < runs; next++)
                outcomes.Add(Report(progress, next + 1, runs, TrainAndEvaluate(config.Runs[next], next + 1, runs, output, evaluator, progress, cancellationToken)));
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
            if (next < 0)
                outcomes.Add(new RunOutcome(ComparisonConfig.BaselineName, RunStatus.Cancelled, "cancelled (Ctrl+C)"));
            else
                outcomes.Add(new RunOutcome(config.Runs[next].Name, RunStatus.Cancelled, "cancelled (Ctrl+C)", OutputDir: Path.Combine(output, config.Runs[next].Name)));
            outcomes.AddRange(config.Runs.Skip(next + 1).Select(r => new RunOutcome(r.Name, RunStatus.NotRun, "not run (cancelled)")));
        }
        if (!outcomes.Any(o => o.Status is RunStatus.Baseline or RunStatus.Trained or RunStatus.Failed))
            return new ComparisonResult(output, outcomes, test.Count, null, [], cancelled);

        progress?.Report(new ComparisonProgress(0, runs, "", ComparisonPhase.Reporting));
        var report = ComparisonReportBuilder.Build(outcomes, Describe(config, test.Count), cancelled,
                                                   new PairedRandomizationTest(config.Permutations, config.Shared.Seed));
        // Not cancellable: a few seconds, and a cancelled comparison still leaves its partial report.
        var files = ReportFolderWriter.Write(report, output, CancellationToken.None, ComparisonReportBuilder.Curves(outcomes));
        return new ComparisonResult(output, outcomes, test.Count, report, files, cancelled);
    }

    /// <summary>Every check that needs no training, on every run: the trainer's own checks (keys, loss/transform pair,
    /// negatives, curriculum), the starting model's name, that every file named exists, and that negatives files parse.</summary>
    /// <exception cref="UserInputException">The first problem, naming the run and the key.</exception>
    public static void Validate(ComparisonConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Runs.Count == 0)
            throw new UserInputException("no runs to compare: list them under \"runs\" (or check --runs)");
        var shared = config.Shared;
        if (shared.DataPath is null)
            throw new UserInputException("data_path is not set: give the ranked-QA file every run trains on (\"data_path\" or --data-path)");
        RequireFile(shared.DataPath, "data_path");
        if (config.TestPath is not null)
            RequireFile(config.TestPath, "test_path");
        else if (shared.TestSize <= 0)
            throw new UserInputException("no test set: give test_path (a ranked-QA file) or a test_size above 0 to hold out part of data_path");
        TrainableEncoder.Check(shared.Model);
        foreach (var run in config.Runs)
        {
            try
            {
                TrainingSetup.Check(run.Config);
                if (run.Config.Negatives is { } negatives)
                    MinedNegativesReader.Read(negatives);                                  // exists and parses
            }
            catch (UserInputException e) { throw new UserInputException($"run '{run.Name}': {e.Message}"); }
        }
    }

    private static RunOutcome Baseline(ComparisonConfig config, ComparisonEvaluator evaluator, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new ComparisonProgress(0, config.Runs.Count, ComparisonConfig.BaselineName, ComparisonPhase.Evaluating));
        var shared = config.Shared;
        try
        {
            using var encoder = TrainableEncoder.Load(shared.Model, shared.ProjectionDim, shared.Seed);
            var metrics = evaluator.Evaluate(ComparisonConfig.BaselineName, encoder, cancellationToken);
            return new RunOutcome(ComparisonConfig.BaselineName, RunStatus.Baseline, $"zero-shot {shared.Model}", metrics, Seconds: clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new RunOutcome(ComparisonConfig.BaselineName, RunStatus.Failed, Failure(e), Seconds: clock.Elapsed.TotalSeconds);
        }
    }

    private static RunOutcome TrainAndEvaluate(ComparisonRun run, int index, int runs, string output, ComparisonEvaluator evaluator,
                                               IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        string folder = Path.Combine(output, run.Name);
        if (Directory.Exists(folder) && File.Exists(Path.Combine(folder, "train-config.json")))
            Directory.Delete(folder, recursive: true);                                       // an earlier comparison's run
        var config = run.Config with { OutputDir = folder };
        var training = new Progress(p => progress?.Report(new ComparisonProgress(index, runs, run.Name, ComparisonPhase.Training, p)));
        try
        {
            var result = new Trainer().Run(new TrainRequest(config) { FinalEvaluation = false }, training, cancellationToken, new ReadReport());
            progress?.Report(new ComparisonProgress(index, runs, run.Name, ComparisonPhase.Evaluating));
            using var encoder = EncoderCatalog.Load(result.ModelPath);
            var metrics = evaluator.Evaluate(run.Name, encoder, cancellationToken);
            return new RunOutcome(run.Name, RunStatus.Trained, $"{run.Recipe}, {result.Steps} steps", metrics, folder, result, clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new RunOutcome(run.Name, RunStatus.Failed, Failure(e), OutputDir: folder, Seconds: clock.Elapsed.TotalSeconds);
        }
    }

    private static RunOutcome Report(IProgress<ComparisonProgress>? progress, int index, int runs, RunOutcome outcome)
    {
        progress?.Report(new ComparisonProgress(index, runs, outcome.Name, ComparisonPhase.Finished, Outcome: outcome));
        return outcome;
    }

    private static IReadOnlyList<RankedQaItem> TestSet(ComparisonConfig config, CancellationToken cancellationToken)
    {
        var shared = config.Shared;
        IReadOnlyList<RankedQaItem> test = config.TestPath is { } path
            ? new RankedQaReader().Read(path, new ReadReport(), cancellationToken).ToList()
            : DataSplit.Create(new RankedQaReader().Read(shared.DataPath!, new ReadReport(), cancellationToken).Take(shared.Limit ?? int.MaxValue).ToList(),
                               shared.TestSize, shared.Seed).Test;
        test = test.Take(config.TestLimit ?? int.MaxValue).ToList();
        return test.Count >= 2 ? test : throw new UserInputException(
            $"the test set has {test.Count} question(s); it needs at least 2 (raise test_size or test_limit, or give test_path)");
    }

    private static string Describe(ComparisonConfig config, int questions)
    {
        var s = config.Shared;
        string data = s.DataPath + (s.Limit is int limit ? $" (first {limit} questions)" : "");
        string test = config.TestPath is { } path ? $"{questions} questions of {path}" : $"{questions} held-out questions (test_size {s.TestSize.ToString(CultureInfo.InvariantCulture)})";
        return $"{config.Runs.Count} run{(config.Runs.Count == 1 ? "" : "s")} trained from **{s.Model}** on {data}, seed {s.Seed}, "
             + $"{s.Epochs} epoch{(s.Epochs == 1 ? "" : "s")}, batch size {s.BatchSize} (unless a run sets its own); every model is judged on {test} "
             + "with the standardized test: each question's top answer among its lower-ranked answers and the other questions' top answers.";
    }

    private static string Failure(Exception e) =>
        "failed: " + (e is UserInputException or IOException ? e.Message : $"{e.GetType().Name}: {e.Message}");

    private static void RequireFile(string path, string key)
    {
        if (!File.Exists(path))
            throw new UserInputException($"{key}: no such file: '{path}' (current folder: {Environment.CurrentDirectory})");
    }

    /// <summary>Reports on the caller's thread.</summary>
    private sealed class Progress(Action<TrainProgress> report) : IProgress<TrainProgress>
    {
        public void Report(TrainProgress value) => report(value);
    }
}

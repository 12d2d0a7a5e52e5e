namespace ContrastiveTool.Core.Training;

/// <summary>A finished run.</summary>
/// <param name="OutputDir">Where everything went.</param>
/// <param name="ModelPath">The trained model (a checkpoint folder: <c>embed</c>/<c>eval --model</c> accept it).</param>
/// <param name="MetricsPath">metrics.jsonl.</param>
/// <param name="Steps">Steps trained in total (including those before a resume).</param>
/// <param name="TrainQuestions">Questions in the training split.</param>
/// <param name="TestQuestions">Questions held out.</param>
/// <param name="InitialEvaluation">The step-0 evaluation (eval_at_zero), if any.</param>
/// <param name="FinalEvaluation">The evaluation after the last step, if the split has a test set.</param>
/// <param name="SecondsPerStep">Mean wall time of the steps this process trained (forward, backward, update).</param>
/// <param name="ResumedAtStep">The step a resume started from, or null.</param>
public sealed record TrainResult(string OutputDir, string ModelPath, string MetricsPath, int Steps, int TrainQuestions, int TestQuestions,
    IReadOnlyDictionary<string, double>? InitialEvaluation, IReadOnlyDictionary<string, double>? FinalEvaluation,
    double SecondsPerStep, int? ResumedAtStep);

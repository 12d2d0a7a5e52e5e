using System.Globalization;
using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Training;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.Train;

/// <summary>train's progress: a bar over steps whose label shows epoch, stage, loss and batch accuracy; evaluations print a
/// line each (also when the console is redirected, where Spectre draws no bar).</summary>
public static class TrainProgressDisplay
{
    public static T Run<T>(IAnsiConsole console, bool quiet, Func<IProgress<TrainProgress>, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        void PrintEvaluation(TrainProgress p)
        {
            if (p.Evaluation is { } metrics && !quiet)
                console.MarkupLineInterpolated($"step {p.Step,5}  eval  {Format(metrics)}");
        }
        return LiveProgress.Run<TrainProgress, T>(console, !quiet && console.Profile.Capabilities.Interactive, PrintEvaluation, (task, p) =>
        {
            task.MaxValue = Math.Max(p.TotalSteps, 1);
            task.Value = p.Step;
            task.Description = Markup.Escape(Label(p));
        }, work);
    }

    /// <summary>Metrics as <c>name value</c> pairs, 4 decimals.</summary>
    public static string Format(IReadOnlyDictionary<string, double> metrics) =>
        string.Join("  ", metrics.Select(m => $"{m.Key} {m.Value.ToString("F4", CultureInfo.InvariantCulture)}"));

    private static string Label(TrainProgress p) =>
        $"epoch {p.Epoch} ({p.Stage}) step {p.Step}/{p.TotalSteps}" +
        (p.Loss is double loss ? $" loss {loss.ToString("F4", CultureInfo.InvariantCulture)}" : "") +
        (p.Accuracy is double accuracy ? $" acc {accuracy.ToString("F3", CultureInfo.InvariantCulture)}" : "");
}

using System.Globalization;
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
        if (quiet || !console.Profile.Capabilities.Interactive)
            return work(new SynchronousProgress(PrintEvaluation));
        TrainProgress? latest = null;
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("training", maxValue: 1);
                var running = Task.Run(() => work(new SynchronousProgress(p => { latest = p; PrintEvaluation(p); })));
                while (!running.Wait(200))
                    if (latest is { } p)
                    {
                        task.MaxValue = Math.Max(p.TotalSteps, 1);
                        task.Value = p.Step;
                        task.Description = Markup.Escape(Label(p));
                    }
                task.Value = task.MaxValue;
                return running.GetAwaiter().GetResult();
            });
    }

    /// <summary>Metrics as <c>name value</c> pairs, 4 decimals.</summary>
    public static string Format(IReadOnlyDictionary<string, double> metrics) =>
        string.Join("  ", metrics.Select(m => $"{m.Key} {m.Value.ToString("F4", CultureInfo.InvariantCulture)}"));

    private static string Label(TrainProgress p) =>
        $"epoch {p.Epoch} ({p.Stage}) step {p.Step}/{p.TotalSteps}" +
        (p.Loss is double loss ? $" loss {loss.ToString("F4", CultureInfo.InvariantCulture)}" : "") +
        (p.Accuracy is double accuracy ? $" acc {accuracy.ToString("F3", CultureInfo.InvariantCulture)}" : "");

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool and may reorder lines).</summary>
    private sealed class SynchronousProgress(Action<TrainProgress> report) : IProgress<TrainProgress>
    {
        public void Report(TrainProgress value) => report(value);
    }
}

using System.Globalization;
using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Cli.Verbs.Train;
using ContrastiveTool.Core.Training.Comparison;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.Compare;

/// <summary>compare's progress: a bar over the current run's steps labelled "run i/n name", and a line for each run started,
/// each evaluation and each run finished — printed also when the console is redirected (where Spectre draws no bar; there
/// a step line every 10 % of a run's steps stands in for it).</summary>
public static class CompareProgressDisplay
{
    public static T Run<T>(IAnsiConsole console, bool quiet, Func<IProgress<ComparisonProgress>, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        bool interactive = !quiet && console.Profile.Capabilities.Interactive;
        var lines = new Lines(console, quiet, interactive);
        return LiveProgress.Run<ComparisonProgress, T>(console, interactive, lines.Print, (task, p) =>
        {
            if (p.Training is { } t)
            {
                task.MaxValue = Math.Max(t.TotalSteps, 1);
                task.Value = t.Step;
                task.Description = Markup.Escape($"{Where(p)}: step {t.Step}/{t.TotalSteps}" + (t.Loss is double l ? $" loss {F(l)}" : ""));
            }
            else
                task.Description = Markup.Escape($"{Where(p)}: {p.Phase.ToString().ToLowerInvariant()}");
        }, work);
    }

    private static string Where(ComparisonProgress p) => p.Run == 0 ? p.Name : $"run {p.Run}/{p.Runs} {p.Name}";

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    /// <summary>The progress lines (none when quiet).</summary>
    private sealed class Lines(IAnsiConsole console, bool quiet, bool interactive)
    {
        private int _lastTenth = -1;

        public void Print(ComparisonProgress p)
        {
            if (quiet)
                return;
            string? line = p.Phase switch
            {
                ComparisonPhase.Preparing => "reading the data and building the test set",
                ComparisonPhase.Evaluating => $"{Where(p)}: evaluating on the test set",
                ComparisonPhase.Training => Training(p),
                ComparisonPhase.Finished => Finished(p.Outcome!, Where(p)),
                ComparisonPhase.Reporting => "writing the report and charts",
                _ => null,
            };
            if (line is null)
                return;
            if (interactive)
                console.WriteLine(line);                                  // above the live bar
            else
            {
                console.Profile.Out.Writer.WriteLine(line);               // unwrapped, for logs
                console.Profile.Out.Writer.Flush();
            }
        }

        private string? Training(ComparisonProgress p)
        {
            var t = p.Training!;
            if (t.Evaluation is { } metrics)
                return $"{Where(p)}: step {t.Step} eval  {TrainProgressDisplay.Format(metrics.Where(m => m.Key is "mrr" or "ndcg@10").ToDictionary())}";
            int tenth = t.TotalSteps == 0 ? 10 : t.Step * 10 / t.TotalSteps;
            if (t.Step == 1)
                _lastTenth = -1;
            if (t.Step == 1 || (!interactive && tenth != _lastTenth))
            {
                _lastTenth = tenth;
                return $"{Where(p)}: step {t.Step}/{t.TotalSteps}" + (t.Loss is double l ? $" loss {F(l)}" : "");
            }
            return null;
        }

        private static string Finished(RunOutcome o, string where) => o.Status switch
        {
            RunStatus.Baseline or RunStatus.Trained =>
                $"{where}: done in {o.Seconds.ToString("F0", CultureInfo.InvariantCulture)} s ({o.Detail}): " +
                string.Join("  ", o.Metrics!.Summaries.Take(2).Select(s => $"{s.Label} {F(s.Mean)}")),
            _ => $"{where}: {o.Detail}",
        };
    }
}

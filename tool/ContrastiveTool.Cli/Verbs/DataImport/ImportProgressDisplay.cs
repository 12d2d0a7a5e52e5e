using ContrastiveTool.Core.Data.Importers;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.DataImport;

/// <summary>A progress bar whose label follows the import's stage; none when the console is redirected or quiet.</summary>
public static class ImportProgressDisplay
{
    public static T Run<T>(IAnsiConsole console, bool quiet, Func<IProgress<ImportProgress>, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (quiet || !console.Profile.Capabilities.Interactive)
            return work(new Progress<ImportProgress>());
        var latest = new ImportProgress("starting", 0, 1);
        var reporter = new Progress<ImportProgress>(value => latest = value);
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("importing", maxValue: 1);
                var running = Task.Run(() => work(reporter));
                while (!running.Wait(200))
                {
                    task.Description = Markup.Escape(latest.Stage);
                    task.MaxValue = Math.Max(latest.Total, 1);
                    task.Value = Math.Min(latest.Done, task.MaxValue);
                }
                task.Value = task.MaxValue;
                return running.GetAwaiter().GetResult();
            });
    }
}

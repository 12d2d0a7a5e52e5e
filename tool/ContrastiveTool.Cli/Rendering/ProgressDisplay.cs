using Spectre.Console;

namespace ContrastiveTool.Cli.Rendering;

/// <summary>Runs long work with a progress bar over a byte count, when the console is interactive.</summary>
/// <remarks>A redirected console gets no bar (Spectre prints nothing there), so verbs always print a
/// summary afterwards as well.</remarks>
public static class ProgressDisplay
{
    public static void Run(IAnsiConsole console, string label, long total, Func<long> done, Action work, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (quiet || !console.Profile.Capabilities.Interactive)
        {
            work();
            return;
        }
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                     new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: Math.Max(total, 1));
                var running = Task.Run(work);
                while (!running.Wait(100))
                    task.Value = done();
                task.Value = total;
                running.GetAwaiter().GetResult();
            });
    }
}

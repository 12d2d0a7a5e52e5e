using Spectre.Console;

namespace ContrastiveTool.Cli.Rendering;

/// <summary>Runs work that reports progress objects, with a bar redrawn from the latest report when the console is
/// interactive; every report also goes to <c>onReport</c> on the worker's thread (for printed lines).</summary>
/// <remarks>The work runs on a pool thread while this thread redraws the bar every 200 ms; reports are delivered
/// synchronously (Progress&lt;T&gt; would post them to the thread pool and could reorder printed lines). Without an
/// interactive console (or when quiet) there is no bar: only <c>onReport</c> sees the reports.</remarks>
public static class LiveProgress
{
    /// <param name="console">Where the bar goes.</param>
    /// <param name="bar">Whether to draw the bar (false when quiet or redirected).</param>
    /// <param name="onReport">Called with every report, in order.</param>
    /// <param name="update">Sets the bar's value, maximum and description from the latest report.</param>
    /// <param name="work">The work, given the reporter.</param>
    public static T Run<TReport, T>(IAnsiConsole console, bool bar, Action<TReport> onReport, Action<ProgressTask, TReport> update,
                                    Func<IProgress<TReport>, T> work) where TReport : class
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(onReport);
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(work);
        if (!bar)
            return work(new SynchronousProgress<TReport>(onReport));
        TReport? latest = null;
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("starting", maxValue: 1);
                var running = Task.Run(() => work(new SynchronousProgress<TReport>(p => { latest = p; onReport(p); })));
                while (!running.Wait(200))
                    if (latest is { } p)
                        update(task, p);
                task.Value = task.MaxValue;
                return running.GetAwaiter().GetResult();
            });
    }

    /// <summary>Reports on the caller's thread.</summary>
    private sealed class SynchronousProgress<TReport>(Action<TReport> report) : IProgress<TReport>
    {
        public void Report(TReport value) => report(value);
    }
}

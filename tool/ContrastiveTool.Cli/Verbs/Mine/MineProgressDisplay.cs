using ContrastiveTool.Core.Mining;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.Mine;

/// <summary>A progress bar over the stages of <c>mine</c> (embedding, k-means, mining, writing); none when redirected or quiet.</summary>
public static class MineProgressDisplay
{
    public static T Run<T>(IAnsiConsole console, bool quiet, Func<IProgress<MineProgress>, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (quiet || !console.Profile.Capabilities.Interactive)
            return work(new Progress<MineProgress>());
        var latest = new MineProgress("reading", 0, 1);
        var reporter = new Progress<MineProgress>(value => latest = value);
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: 1);
                var running = Task.Run(() => work(reporter));
                while (!running.Wait(200))
                {
                    var now = latest;
                    task.Description = now.Stage;
                    task.MaxValue = Math.Max(now.Total, 1);
                    task.Value = now.Done;
                }
                task.Value = task.MaxValue;
                return running.GetAwaiter().GetResult();
            });
    }
}

using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContrastiveTool.Cli.Verbs.Embed;

/// <summary>A progress bar over texts encoded, with a texts/s column; none when the console is redirected or quiet.</summary>
public static class EmbedProgress
{
    public static T Run<T>(IAnsiConsole console, string label, bool quiet, Func<IProgress<(int Done, int Total)>, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (quiet || !console.Profile.Capabilities.Interactive)
            return work(new Progress<(int, int)>());
        (int Done, int Total) latest = (0, 1);
        var reporter = new Progress<(int Done, int Total)>(value => latest = value);
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                     new TextsPerSecondColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: 1);
                var running = Task.Run(() => work(reporter));
                while (!running.Wait(200))
                {
                    task.MaxValue = Math.Max(latest.Total, 1);
                    task.Value = latest.Done;
                }
                task.Value = task.MaxValue;
                return running.GetAwaiter().GetResult();
            });
    }

    /// <summary>Items per second, from Spectre's own speed estimate.</summary>
    private sealed class TextsPerSecondColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is double speed ? $"{speed:F1} texts/s" : "… texts/s");
    }
}

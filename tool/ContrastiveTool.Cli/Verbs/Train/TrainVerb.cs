using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Training;
using ContrastiveTool.Core.Training.Config;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Train;

/// <summary><c>train</c>: resolve the configuration (preset, file, flags), run the <see cref="Trainer"/> with a progress bar,
/// print the summary. Ctrl+C saves a checkpoint and exits 130.</summary>
public sealed class TrainVerb(IAnsiConsole console) : Command<TrainSettings>
{
    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        var config = TrainConfigLoader.Load(settings.Preset, settings.Config, settings.KeyFlags());
        if (settings.Resume is not null && !settings.Json)
            console.MarkupLine("resuming: the checkpoint's saved configuration applies (keys given now only locate it through output_dir).");
        using var session = new ReadSession(RejectsFile.DefaultPathFor(config.DataPath ?? "train"));
        TrainResult result;
        try
        {
            result = TrainProgressDisplay.Run(console, settings.Quiet || settings.Json,
                progress => new Trainer().Run(new TrainRequest(config, settings.Resume), progress, cancellationToken, session.Report));
        }
        catch (OperationCanceledException)
        {
            string? saved = LatestCheckpoint(config.OutputDir);
            if (saved is null)
                console.MarkupLine("[yellow]cancelled[/] before the first step; nothing was saved.");
            else
                console.MarkupLineInterpolated($"[yellow]cancelled[/]: saved {saved}; continue with `contrastive train --resume {saved}`");
            return ExitCodes.Cancelled;
        }
        session.Complete();
        session.Report.EnsureRejectRatioAtMost(settings.MaxRejectRatio);
        if (settings.Json)
            RawJson.Write(console, result);
        else
            TrainSummaryView.Render(console, config, result);
        return ExitCodes.Ok;
    }

    private static string? LatestCheckpoint(string outputDir)
    {
        try { return TrainingCheckpoint.Resolve("latest", outputDir); }
        catch (Core.UserInputException) { return null; }
    }
}

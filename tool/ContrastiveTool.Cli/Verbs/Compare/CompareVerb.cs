using ContrastiveTool.Core.Training.Comparison;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Compare;

/// <summary><c>compare --config cmp.json -o dir</c>: read and check the comparison, run it with progress (<see cref="LossComparison"/>),
/// print the table. Exit 0 when a run trained, 1 when every run failed, 130 on Ctrl+C (after writing the partial report).</summary>
public sealed class CompareVerb(IAnsiConsole console) : Command<CompareSettings>
{
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        var config = ComparisonConfigLoader.Load(settings.Config!, settings.KeyFlags(), settings.RunNames);
        LossComparison.Validate(config);
        var result = CompareProgressDisplay.Run(console, settings.Quiet,
            progress => new LossComparison().Run(new ComparisonRequest(config, settings.Output), progress, cancellationToken));
        CompareSummaryView.Render(console, result);
        if (result.Cancelled)
            return ExitCodes.Cancelled;
        return result.Outcomes.Any(o => o.Status == RunStatus.Trained) ? ExitCodes.Ok : ExitCodes.UserError;
    }
}

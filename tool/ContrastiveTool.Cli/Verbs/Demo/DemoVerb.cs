using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Cli.Verbs.Compare;
using ContrastiveTool.Cli.Verbs.Mine;
using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Training.Comparison;
using ContrastiveTool.Core.Training.Demo;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Demo;

/// <summary><c>demo</c>: the main job on the bundled data — mine tiered negatives, then compare the zero-shot model with three
/// fine-tunings on one test set; prints the table, writes the report. Exit 0, 1 when every run failed, 130 on Ctrl+C.</summary>
public sealed class DemoVerb(IAnsiConsole console) : Command<DemoSettings>
{
    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions();
        using var session = new ReadSession(Path.Combine(options.OutputDir, "data", "rejects.jsonl"));
        var plan = DemoPlan.Create(options, session.Report, cancellationToken);
        console.MarkupLineInterpolated($"[bold]demo[/]: {plan.Describe()}");
        console.MarkupLine("[bold]step 1/2[/]: mine tiered hard negatives with minilm");
        var mined = MineProgressDisplay.Run(console, settings.Quiet, progress => MineService.Run(plan.Mine, session.Report, progress, cancellationToken));
        MineSummaryView.Render(console, mined);
        console.MarkupLine("[bold]step 2/2[/]: the zero-shot baseline and three fine-tunings, judged on the same test set");
        LossComparison.Validate(plan.Comparison);
        var result = CompareProgressDisplay.Run(console, settings.Quiet,
            progress => new LossComparison().Run(new ComparisonRequest(plan.Comparison, plan.ReportDir), progress, cancellationToken));
        session.Complete();
        CompareSummaryView.Render(console, result);
        if (result.Cancelled)
            return ExitCodes.Cancelled;
        return result.Outcomes.Any(o => o.Status == RunStatus.Trained) ? ExitCodes.Ok : ExitCodes.UserError;
    }
}

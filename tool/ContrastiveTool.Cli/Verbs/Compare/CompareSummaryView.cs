using System.Globalization;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Training.Comparison;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.Compare;

/// <summary>compare's closing output: the report's Markdown (on standard output, so it reads the same redirected), each run's
/// time, and the files written.</summary>
public static class CompareSummaryView
{
    public static void Render(IAnsiConsole console, ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Report is null)
        {
            console.MarkupLine("[yellow]cancelled[/] before any row finished; no report was written.");
            return;
        }
        var output = console.Profile.Out.Writer;
        output.WriteLine();
        output.WriteLine(MarkdownReportWriter.Render(result.Report));
        output.Flush();
        foreach (var o in result.Outcomes.Where(o => o.Seconds > 0))
            console.MarkupLineInterpolated($"  {o.Name,-20} {o.Seconds.ToString("F1", CultureInfo.InvariantCulture),7} s{PerStep(o)}");
        console.MarkupLineInterpolated($"wrote {result.Files.Count} files and {result.Outcomes.Count(o => o.OutputDir is not null && Directory.Exists(o.OutputDir))} run folders to {result.OutputDir}");
        if (result.Cancelled)
            console.MarkupLine("[yellow]cancelled[/]: the report above is partial (the rows finished before Ctrl+C).");
        else if (!result.Outcomes.Any(o => o.Status == RunStatus.Trained))
            console.MarkupLine("[red]error[/]: every run failed; the status column says why.");
    }

    private static string PerStep(RunOutcome o) => o.Training is { Steps: > 0 } t
        ? $" ({t.Steps} steps, {t.SecondsPerStep.ToString("F2", CultureInfo.InvariantCulture)} s/step)" : "";
}

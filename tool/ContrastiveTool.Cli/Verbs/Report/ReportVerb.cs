using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Core.Evaluation.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Report;

/// <summary><c>report a.json b.json -o dir</c>: several systems' metrics side by side — Markdown, CSV and PNG charts.</summary>
public sealed class ReportVerb(IAnsiConsole console) : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var systems = settings.Files.Zip(settings.SystemNames, MetricsFileReader.Read).ToList();
        var report = ComparisonReport.Build(systems, new PairedRandomizationTest(settings.Permutations, settings.Seed));
        var written = ReportFolderWriter.Write(report, settings.Output, cancellationToken);
        var output = console.Profile.Out.Writer;
        output.WriteLine(MarkdownReportWriter.Render(report));
        output.Flush();
        console.MarkupLineInterpolated($"wrote {written.Count} files to {Path.GetFullPath(settings.Output)}:");
        foreach (string file in written)
            console.MarkupLineInterpolated($"  {Path.GetFileName(file)}");
        return ExitCodes.Ok;
    }
}

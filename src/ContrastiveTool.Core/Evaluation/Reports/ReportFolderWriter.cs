using System.Text;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Writes a whole report into a folder: <c>report.md</c>, <c>report.csv</c>, <c>report.png</c>, one PNG per
/// metric, and any learning-curve charts. Everything is drawn in a temporary folder beside the target and moved in at the end, so an interrupted run
/// leaves no half-written report.</summary>
public static class ReportFolderWriter
{
    /// <summary>Writes the files; returns their final paths (Markdown and CSV first, then the charts in name order).</summary>
    /// <param name="report">What to write.</param>
    /// <param name="folder">The target folder (created if missing); files already there with the same names are replaced.</param>
    /// <param name="cancellationToken">Checked between charts; a cancelled write leaves the folder as it was.</param>
    /// <param name="curves">Learning-curve charts to draw beside the bar charts (<see cref="LearningCurveWriter"/>); none by default.</param>
    public static IReadOnlyList<string> Write(ComparisonReport report, string folder, CancellationToken cancellationToken = default,
                                              IReadOnlyList<LearningCurveChart>? curves = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string target = Path.GetFullPath(folder);
        Directory.CreateDirectory(target);
        string staging = Path.Combine(target, ".report-" + Guid.NewGuid().ToString("N")[..8] + ".partial");
        Directory.CreateDirectory(staging);
        try
        {
            var utf8 = new UTF8Encoding(false);
            File.WriteAllText(Path.Combine(staging, "report.md"), MarkdownReportWriter.Render(report), utf8);
            File.WriteAllText(Path.Combine(staging, "report.csv"), CsvReportWriter.Render(report), utf8);
            cancellationToken.ThrowIfCancellationRequested();
            BarChartWriter.Write(report, staging);
            foreach (var chart in curves ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                LearningCurveWriter.Write(Path.Combine(staging, chart.FileName), chart.Curves, chart.Title, chart.ValueLabel);
            }
            cancellationToken.ThrowIfCancellationRequested();
            var staged = new[] { "report.md", "report.csv" }.Select(n => Path.Combine(staging, n))
                .Concat(Directory.GetFiles(staging, "*.png").Order(StringComparer.Ordinal)).ToList();
            return staged.Select(file =>
            {
                string final = Path.Combine(target, Path.GetFileName(file));
                File.Move(file, final, overwrite: true);
                return final;
            }).ToList();
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}

using System.Globalization;
using System.Text;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Renders a <see cref="ComparisonReport"/> as Markdown (<c>report.md</c>): a table with one row per system and one
/// column per metric — mean and 95 % interval, the best mean per column in bold — then one line per pair of systems with
/// the paired randomisation p-value of each metric.</summary>
/// <remarks>Numbers with 4 decimals (p-values below 0.0001 as "&lt; 0.0001"); a metric a system lacks is "—". Ties for
/// best are all bold.</remarks>
public static class MarkdownReportWriter
{
    public static string Render(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# Comparison of ").Append(report.Systems.Count).Append(report.Systems.Count == 1 ? " system" : " systems").Append("\n\n");
        md.Append("| system | queries | ").AppendJoin(" | ", report.Metrics.Select(Escape)).Append(" |\n");
        md.Append("|---|---:|").Append(string.Concat(report.Metrics.Select(_ => "---|"))).Append('\n');
        foreach (var system in report.Systems)
        {
            int queries = system.Summaries.Count == 0 ? 0 : system.Summaries.Max(s => s.Queries);
            md.Append("| ").Append(Escape(system.Name)).Append(" | ").Append(queries).Append(" | ");
            md.AppendJoin(" | ", report.Metrics.Select(label => Cell(system, label, report.Best(label)))).Append(" |\n");
        }
        md.Append("\nEach cell: the mean over the system's evaluated queries and its 95 % bootstrap confidence interval; ")
          .Append("**bold** is the best mean of the column.\n");
        if (report.Comparisons.Count == 0)
            return md.ToString();
        md.Append("\n## Paired randomisation tests\n\n")
          .Append("Two-sided p-values on the queries both systems evaluated (a small p: the difference is unlikely to be chance).\n\n");
        foreach (var pair in report.Comparisons)
        {
            md.Append("- ").Append(Escape(pair.First)).Append(" vs ").Append(Escape(pair.Second));
            md.Append(pair.Tested
                ? $" ({pair.CommonQueries} queries): " + string.Join(", ", pair.PValues.Select(p => $"{Escape(p.Label)} p {PValue(p.PValue)}"))
                : ": no per-query values on both sides (run `contrastive eval` with `--per-query`)");
            md.Append('\n');
        }
        return md.ToString();
    }

    private static string Cell(SystemMetrics system, string label, double? best)
    {
        if (system.Find(label) is not { } s)
            return "—";
        string mean = F(s.Mean);
        return (best is { } b && F(b) == mean ? $"**{mean}**" : mean) + $" [{F(s.Lower)}, {F(s.Upper)}]";
    }

    private static string PValue(double p) => p < 0.0001 ? "< 0.0001" : "= " + F(p);

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}

using System.Globalization;
using System.Text;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Renders a <see cref="ComparisonReport"/> as Markdown (<c>report.md</c>): a table with one row per system and one
/// column per metric — mean and 95 % interval, the best mean per column in bold — then the paired randomisation p-values:
/// one line per pair of systems, or, when the report has a reference system, a table of each system against it.</summary>
/// <remarks>Numbers with 4 decimals (p-values below 0.0001 as "&lt; 0.0001"); a metric a system lacks is "—". Ties for
/// best are all bold. A <c>status</c> column appears when any system has a <see cref="SystemMetrics.Status"/>; the
/// report's <see cref="ComparisonReport.Notes"/> follow the heading.</remarks>
public static class MarkdownReportWriter
{
    public static string Render(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# ").Append(report.Title ?? $"Comparison of {report.Systems.Count} system{(report.Systems.Count == 1 ? "" : "s")}").Append("\n\n");
        foreach (string note in report.Notes)
            md.Append(note).Append("\n\n");
        bool status = report.Systems.Any(s => s.Status is not null);
        md.Append("| system | ").Append(status ? "status | " : "").Append("queries | ").AppendJoin(" | ", report.Metrics.Select(Escape)).Append(" |\n");
        md.Append("|---|").Append(status ? "---|" : "").Append("---:|").Append(string.Concat(report.Metrics.Select(_ => "---|"))).Append('\n');
        foreach (var system in report.Systems)
        {
            int queries = system.Summaries.Count == 0 ? 0 : system.Summaries.Max(s => s.Queries);
            md.Append("| ").Append(Escape(system.Name)).Append(" | ");
            if (status)
                md.Append(Escape(system.Status ?? "")).Append(" | ");
            md.Append(queries).Append(" | ");
            md.AppendJoin(" | ", report.Metrics.Select(label => Cell(system, label, report.Best(label)))).Append(" |\n");
        }
        md.Append("\nEach cell: the mean over the system's evaluated queries and its 95 % bootstrap confidence interval; ")
          .Append("**bold** is the best mean of the column.\n");
        if (report.Reference is { } reference)
            AppendAgainstReference(md, report, reference);
        else if (report.Comparisons.Count > 0)
            AppendPairs(md, report);
        return md.ToString();
    }

    private static void AppendPairs(StringBuilder md, ComparisonReport report)
    {
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
    }

    private static void AppendAgainstReference(StringBuilder md, ComparisonReport report, string reference)
    {
        md.Append("\n## Paired randomisation tests against ").Append(Escape(reference)).Append("\n\n")
          .Append("Two-sided p-value of each system's difference from ").Append(Escape(reference))
          .Append(", query by query on the queries both evaluated (a small p: the difference is unlikely to be chance; — : not tested).\n\n");
        md.Append("| system | queries | ").AppendJoin(" | ", report.Metrics.Select(Escape)).Append(" |\n");
        md.Append("|---|---:|").Append(string.Concat(report.Metrics.Select(_ => "---:|"))).Append('\n');
        foreach (var system in report.Systems.Where(s => s.Name != reference))
        {
            var pair = report.AgainstReference(system.Name);
            md.Append("| ").Append(Escape(system.Name)).Append(" | ").Append(pair is { Tested: true } ? pair.CommonQueries.ToString(CultureInfo.InvariantCulture) : "—").Append(" | ");
            md.AppendJoin(" | ", report.Metrics.Select(label => pair?.PValueOf(label) is { } p ? PValue(p).TrimStart('=', ' ') : "—")).Append(" |\n");
        }
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

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}

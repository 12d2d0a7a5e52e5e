using System.Globalization;
using System.Text;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Renders a <see cref="ComparisonReport"/> as CSV (<c>report.csv</c>), one row per (system, metric):
/// <c>system,metric,mean,std,ci_lower,ci_upper,queries,p_value,status</c>.</summary>
/// <remarks>Long ("tidy") form, so spreadsheets and pandas pivot it as they like. <c>p_value</c> is the paired test against
/// the report's reference system (empty without one, and for the reference itself); <c>status</c> is the system's note
/// (<see cref="SystemMetrics.Status"/>). A system without metrics (a failed run) still gets one row, with only its name and
/// status. Numbers in round-trip form (invariant culture, shortest text that parses back to the same double); text fields
/// quoted as RFC 4180 when needed.</remarks>
public static class CsvReportWriter
{
    /// <summary>The header line's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["system", "metric", "mean", "std", "ci_lower", "ci_upper", "queries", "p_value", "status"];

    public static string Render(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder().AppendJoin(',', Columns).Append('\n');
        foreach (var system in report.Systems)
        {
            string status = Quote(system.Status ?? "");
            var pair = report.AgainstReference(system.Name);
            if (system.Summaries.Count == 0)
                csv.AppendJoin(',', Quote(system.Name), "", "", "", "", "", "", "", status).Append('\n');
            foreach (var s in system.Summaries)
                csv.AppendJoin(',', Quote(system.Name), Quote(s.Label), N(s.Mean), N(s.StandardDeviation), N(s.Lower), N(s.Upper),
                    s.Queries.ToString(CultureInfo.InvariantCulture), pair?.PValueOf(s.Label) is { } p ? N(p) : "", status).Append('\n');
        }
        return csv.ToString();
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

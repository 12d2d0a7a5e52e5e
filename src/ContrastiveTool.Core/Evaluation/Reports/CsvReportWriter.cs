using System.Globalization;
using System.Text;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Renders a <see cref="ComparisonReport"/> as CSV (<c>report.csv</c>), one row per (system, metric):
/// <c>system,metric,mean,std,ci_lower,ci_upper,queries</c>.</summary>
/// <remarks>Long ("tidy") form, so spreadsheets and pandas pivot it as they like. Numbers in round-trip form (invariant
/// culture, shortest text that parses back to the same double); text fields quoted as RFC 4180 when needed.</remarks>
public static class CsvReportWriter
{
    /// <summary>The header line's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["system", "metric", "mean", "std", "ci_lower", "ci_upper", "queries"];

    public static string Render(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder().AppendJoin(',', Columns).Append('\n');
        foreach (var system in report.Systems)
            foreach (var s in system.Summaries)
                csv.AppendJoin(',', Quote(system.Name), Quote(s.Label), N(s.Mean), N(s.StandardDeviation), N(s.Lower), N(s.Upper),
                    s.Queries.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return csv.ToString();
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

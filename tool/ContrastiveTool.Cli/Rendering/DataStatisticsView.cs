using System.Globalization;
using ContrastiveTool.Core.Data.Statistics;
using Spectre.Console;

namespace ContrastiveTool.Cli.Rendering;

/// <summary>The <c>data stats</c> tables for every format but ranked QA: counts, then distributions.</summary>
public static class DataStatisticsView
{
    public static void Render(IAnsiConsole console, DataStatistics stats)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(stats);
        var totals = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        foreach (var count in stats.Counts)
            totals.AddRow(Markup.Escape(count.Name), count.IsShare ? count.Value.ToString("P1", CultureInfo.InvariantCulture) : Number(count.Value));
        console.Write(totals);
        var distributions = new Table().Border(TableBorder.Rounded)
            .AddColumn("distribution").AddColumn(new TableColumn("min").RightAligned())
            .AddColumn(new TableColumn("median").RightAligned()).AddColumn(new TableColumn("mean").RightAligned())
            .AddColumn(new TableColumn("max").RightAligned());
        foreach (var (name, d) in stats.Distributions)
            distributions.AddRow(Markup.Escape(name), Number(d.Min), Number(d.Median), Number(d.Mean), Number(d.Max));
        if (stats.Distributions.Count > 0)
            console.Write(distributions);
    }

    /// <summary>The JSON shape: counts by name, distributions by name.</summary>
    public static object ToJson(DataStatistics stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return new
        {
            counts = stats.Counts.ToDictionary(c => c.Name.Trim(), c => Math.Round(c.Value, 6)),
            distributions = stats.Distributions.ToDictionary(d => d.Name, d => d.Distribution),
        };
    }

    private static string Number(double value) => QaStatisticsView.Number(value);
}

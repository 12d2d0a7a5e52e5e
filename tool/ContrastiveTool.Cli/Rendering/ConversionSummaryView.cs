using System.Globalization;
using ContrastiveTool.Core.Data.Conversion;
using Spectre.Console;

namespace ContrastiveTool.Cli.Rendering;

/// <summary>How a conversion is shown: rows in, rows out, rejects and skips by reason, label counts before/after balancing.</summary>
public sealed class ConversionSummaryView(string file, IDataConverter converter, string output, ReadSession session, ConversionSummary summary)
{
    /// <summary>The JSON shape of a conversion.</summary>
    public object ToJson() => new
    {
        read = ReadReportView.Summarise(file, converter.From, session),
        to = converter.To,
        output,
        rows_out = summary.RowsOut,
        skipped = summary.Skipped,
        labels = summary.Labels,
    };

    public void Render(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var report = session.Report;
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        table.AddRow("conversion", Markup.Escape($"{converter.From} → {converter.To}"));
        table.AddRow("rows read", Count(report.Records));
        table.AddRow("[green]good[/]", Count(report.Good));
        table.AddRow(report.Rejected > 0 ? "[red]rejected[/]" : "rejected",
            $"{Count(report.Rejected)} ({report.RejectRatio.ToString("P1", CultureInfo.InvariantCulture)})");
        foreach (var (reason, count) in report.RejectsByReason)
            table.AddRow($"  {Markup.Escape(reason)}", Count(count));
        foreach (var (reason, count) in summary.Skipped.Where(s => s.Value > 0))
            table.AddRow($"skipped: {Markup.Escape(reason)}", Count(count));
        table.AddRow("[green]rows written[/]", Count(summary.RowsOut));
        if (summary.Labels is { } labels)
        {
            table.AddRow("good / bad", $"{Count(labels.GoodBefore)} / {Count(labels.BadBefore)}");
            if (labels.Balanced)
                table.AddRow("good / bad after --balance", $"{Count(labels.GoodAfter)} / {Count(labels.BadAfter)}");
        }
        console.Write(table);
        console.MarkupLineInterpolated($"Wrote {output}");
        if (session.WroteRejects && report.Rejected > 0)
            console.MarkupLineInterpolated($"Every rejected row, with its line and reason: {session.RejectsPath}");
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

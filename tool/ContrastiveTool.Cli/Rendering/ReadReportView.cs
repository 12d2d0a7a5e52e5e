using System.Globalization;
using ContrastiveTool.Core.Data.Rejects;
using Spectre.Console;

namespace ContrastiveTool.Cli.Rendering;

/// <summary>How a read is shown to people (a table, the first rejects) and to programs (a JSON object).</summary>
public static class ReadReportView
{
    /// <summary>The JSON shape of a read.</summary>
    public sealed record Summary(
        string File, string Format, long Records, long Good, long Rejected, long BlankLines, double RejectRatio,
        IReadOnlyDictionary<string, long> RejectsByReason, string? RejectsFile);

    public static Summary Summarise(string file, string format, ReadSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var report = session.Report;
        return new Summary(file, format, report.Records, report.Good, report.Rejected, report.BlankLines,
            Math.Round(report.RejectRatio, 6), report.RejectsByReason, session.WroteRejects ? session.RejectsPath : null);
    }

    public static void Render(IAnsiConsole console, string file, string format, ReadSession session)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(session);
        var report = session.Report;
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        table.AddRow("file", Markup.Escape(file));
        table.AddRow("format", Markup.Escape(format));
        table.AddRow("rows read", Count(report.Records));
        table.AddRow("[green]good[/]", Count(report.Good));
        table.AddRow(report.Rejected > 0 ? "[red]rejected[/]" : "rejected",
            $"{Count(report.Rejected)} ({report.RejectRatio.ToString("P1", CultureInfo.InvariantCulture)})");
        if (report.BlankLines > 0)
            table.AddRow("blank lines skipped", Count(report.BlankLines));
        foreach (var (reason, count) in report.RejectsByReason)
            table.AddRow($"  {Markup.Escape(reason)}", Count(count));
        console.Write(table);
        if (session.Preview.Count == 0)
            return;
        console.MarkupLine(session.Preview.Count < report.Rejected ? $"First {session.Preview.Count} rejected rows:" : "Rejected rows:");
        foreach (var row in session.Preview)
        {
            string where = row.Element is { } element ? $"line {row.Line} (element {element})" : $"line {row.Line}";
            console.MarkupLineInterpolated($"  [red]{where}[/]: {row.Reason} — {row.Detail}");
        }
        console.MarkupLineInterpolated($"Every rejected row, with its text: {session.RejectsPath}");
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

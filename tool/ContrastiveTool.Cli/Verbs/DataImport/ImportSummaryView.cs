using System.Globalization;
using ContrastiveTool.Core.Data.Importers;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.DataImport;

/// <summary>The summary an import prints: what it read (counts) and every file it wrote, with the next command to run.</summary>
public static class ImportSummaryView
{
    public static void Render(IAnsiConsole console, ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(summary);
        console.MarkupLineInterpolated($"imported [blue]{summary.Source}[/] from {summary.Input}");
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        foreach (var (name, count) in summary.Counts)
            table.AddRow(Markup.Escape(name), Count(count));
        console.Write(table);
        foreach (var file in summary.Files)
            console.MarkupLineInterpolated($"  wrote {file.Role,-7} {Count(file.Rows),9} rows  {file.Path}");
        if (summary.Files.FirstOrDefault(f => f.Role is "train" or "qa") is { } main)
            console.MarkupLineInterpolated($"next: [blue]contrastive data stats {main.Path}[/]");
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

using System.Globalization;
using ContrastiveTool.Core.Mining;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.Mine;

/// <summary>Prints what <c>mine</c> did: score percentiles (positives, negatives, each tier), skips by reason, events,
/// the checks, and the files written.</summary>
public static class MineSummaryView
{
    private static readonly string[] TierNames = ["t0 same-question", "t1 in-cluster", "t2 adjacent", "t3 similar", "t4 random"];

    public static void Render(IAnsiConsole console, MineReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Summary;
        console.MarkupLineInterpolated($"mined [bold]{report.Strategy}[/] negatives for [bold]{s.Pairs}[/] pairs, {s.Negatives} each, in {report.MineTime.TotalSeconds:F1} s");
        console.MarkupLineInterpolated($"  embeddings: {report.EmbeddingsSource} ({report.EmbedTime.TotalSeconds:F1} s)");
        if (report.ClustersSource is { } clusters)
            console.MarkupLineInterpolated($"  clusters: {clusters} ({report.ClusterTime.TotalSeconds:F1} s)");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("scores", "count", "mean", "p5", "p25", "p50", "p75", "p95");
        foreach (int c in Enumerable.Range(1, 7))
            table.Columns[c].RightAligned();
        Row(table, "positives", s.Positive);
        Row(table, "negatives", s.Negative);
        foreach (var (tier, percentiles) in s.ByTier.OrderBy(t => t.Key))
            Row(table, "  " + TierNames[tier], percentiles);
        console.Write(table);
        console.MarkupLineInterpolated($"  skipped candidates: {Pairs(s.Skips)}");
        console.MarkupLineInterpolated($"  events: {Pairs(s.Events)}");
        foreach (var (check, passed, detail) in s.Checks)
            console.MarkupLine($"  {(passed ? "[green]ok[/]  " : "[yellow]note[/]")} {Markup.Escape(check)} ({Markup.Escape(detail)})");
        foreach (string path in report.Written)
            console.MarkupLineInterpolated($"  wrote {path}");
    }

    public static object ToJson(MineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Summary;
        return new
        {
            strategy = report.Strategy, pairs = s.Pairs, negatives = s.Negatives, positive_scores = s.Positive, negative_scores = s.Negative,
            by_tier = s.ByTier.ToDictionary(t => t.Key.ToString(CultureInfo.InvariantCulture), t => t.Value),
            skips = s.Skips, events = s.Events, short_rows = s.ShortRows, missing = s.Missing,
            checks = s.Checks.Select(c => new { check = c.Check, passed = c.Passed, detail = c.Detail }),
            written = report.Written, embeddings = report.EmbeddingsSource, clusters = report.ClustersSource,
            mine_seconds = report.MineTime.TotalSeconds,
        };
    }

    private static void Row(Table table, string label, ScorePercentiles p) =>
        table.AddRow([label, p.Count.ToString(CultureInfo.InvariantCulture), .. new[] { p.Mean, p.P5, p.P25, p.P50, p.P75, p.P95 }
            .Select(v => v.ToString("F3", CultureInfo.InvariantCulture))]);

    private static string Pairs(IReadOnlyDictionary<string, long> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));
}

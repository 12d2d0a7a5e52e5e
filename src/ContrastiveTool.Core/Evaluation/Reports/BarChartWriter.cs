using ScottPlot;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>PNG bar charts of a <see cref="ComparisonReport"/> (ScottPlot 5): one overview with every metric grouped
/// (a bar per system, coloured, with a legend) and one chart per metric (a bar per system); error bars are the 95 %
/// confidence interval, which may be asymmetric.</summary>
/// <remarks>Fonts: <see cref="ChartFonts"/> (the first sans-serif family the machine has), at
/// 16–22 px on 1000×600 pixels so the labels stay readable when the image is shrunk into a page. File names:
/// <c>report.png</c> and <c>&lt;metric&gt;.png</c> with <c>@</c> spelled <c>-at-</c> (<c>ndcg-at-10.png</c>).</remarks>
public static class BarChartWriter
{
    private const int Width = 1000;
    private const int Height = 600;

    /// <summary>The chart file name of metric <paramref name="label"/>: <c>ndcg@10</c> → <c>ndcg-at-10.png</c>.</summary>
    public static string FileNameFor(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var safe = label.Replace("@", "-at-", StringComparison.Ordinal).Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return string.Concat(safe) + ".png";
    }

    /// <summary>Writes the overview and the per-metric charts into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ComparisonReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var written = new List<string> { Save(Path.Combine(folder, "report.png"), report, report.Metrics, "All metrics (mean, 95 % CI)") };
        foreach (string label in report.Metrics)
            written.Add(Save(Path.Combine(folder, FileNameFor(label)), report, [label], $"{label} (mean, 95 % CI)"));
        return written;
    }

    private static string Save(string path, ComparisonReport report, IReadOnlyList<string> metrics, string title)
    {
        using var plot = new Plot();
        ChartFonts.Apply(plot);
        bool grouped = metrics.Count > 1;
        int slot = report.Systems.Count + 1;
        var palette = new ScottPlot.Palettes.Category10();
        var (xs, ys, above, below) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (int s = 0; s < report.Systems.Count; s++)
        {
            var bars = new List<Bar>();
            for (int m = 0; m < metrics.Count; m++)
            {
                if (report.Systems[s].Find(metrics[m]) is not { } summary)
                    continue;
                double x = grouped ? m * slot + s : s;
                bars.Add(new Bar { Position = x, Value = summary.Mean, FillColor = palette.GetColor(s) });
                xs.Add(x);
                ys.Add(summary.Mean);
                above.Add(Math.Max(0, summary.Upper - summary.Mean));
                below.Add(Math.Max(0, summary.Mean - summary.Lower));
            }
            var plottable = plot.Add.Bars(bars);
            if (grouped)
                plottable.LegendText = report.Systems[s].Name;
        }
        var zeros = xs.Select(_ => 0.0).ToList();
        var errors = new ScottPlot.Plottables.ErrorBar(xs, ys, zeros, zeros, above, below) { LineWidth = 2, CapSize = 8 };
        errors.LineColor = Colors.Black;
        plot.Add.Plottable(errors);
        var (ticks, labels) = grouped
            ? (metrics.Select((_, m) => m * slot + (report.Systems.Count - 1) / 2.0).ToArray(), metrics.ToArray())
            : (report.Systems.Select((_, s) => (double)s).ToArray(), report.Systems.Select(x => x.Name).ToArray());
        plot.Axes.Bottom.SetTicks(ticks, labels);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 16;
        plot.Axes.Left.TickLabelStyle.FontSize = 16;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0, top: grouped ? 0.25 : 0.1);
        plot.Title(title, 22);
        plot.YLabel("score", 18);
        if (grouped)
        {
            plot.Legend.FontSize = 16;
            plot.ShowLegend(Alignment.UpperRight);
        }
        plot.SavePng(path, Width, Height);
        return path;
    }
}

using ScottPlot;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>A PNG chart of learning curves (ScottPlot 5): one line per run over training steps, with a legend and axis
/// labels — e.g. every configuration's loss, or its eval MRR, in a <c>compare</c> report.</summary>
/// <remarks>
/// Fonts: <see cref="ChartFonts"/> at 16–22 px on 1000×600 pixels by default, as <see cref="BarChartWriter"/>. Lines with
/// small markers (a run evaluated a few times still shows its points); colours from the Category10 palette in run order;
/// the legend sits right of the plot so it never hides a curve. Written to a temporary file and renamed.
/// Refused (<see cref="UserInputException"/>, naming what is wrong): no runs, a run without points, two runs with the same
/// name, a value that is not finite (NaN, ∞: a diverged run — drop its points or leave the run out), steps not increasing.
/// </remarks>
public static class LearningCurveWriter
{
    /// <summary>Writes the chart to <paramref name="path"/> and returns it.</summary>
    /// <param name="path">The PNG to write.</param>
    /// <param name="curves">One curve per run.</param>
    /// <param name="title">The chart's title, e.g. <c>Training loss</c>.</param>
    /// <param name="valueLabel">The vertical axis label, e.g. <c>loss</c> or <c>eval MRR</c>.</param>
    /// <param name="width">Pixels, at least 200.</param>
    /// <param name="height">Pixels, at least 150.</param>
    public static string Write(string path, IReadOnlyList<LearningCurve> curves, string title, string valueLabel,
        int width = 1000, int height = 600)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(valueLabel);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 150);
        Validate(curves);
        using var plot = new Plot();
        ChartFonts.Apply(plot);
        var palette = new ScottPlot.Palettes.Category10();
        for (int r = 0; r < curves.Count; r++)
        {
            var line = plot.Add.Scatter(curves[r].Points.Select(p => (double)p.Step).ToArray(),
                                        curves[r].Points.Select(p => p.Value).ToArray(), palette.GetColor(r));
            line.LegendText = curves[r].Run;
            line.LineWidth = 2;
            line.MarkerSize = 5;
        }
        plot.Title(title, 22);
        plot.XLabel("step", 18);
        plot.YLabel(valueLabel, 18);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 16;
        plot.Axes.Left.TickLabelStyle.FontSize = 16;
        plot.Legend.FontSize = 16;
        plot.ShowLegend(Edge.Right);
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temporary = full + ".partial";
        plot.SavePng(temporary, width, height);
        File.Move(temporary, full, overwrite: true);
        return full;
    }

    private static void Validate(IReadOnlyList<LearningCurve> curves)
    {
        if (curves.Count == 0)
            throw new UserInputException("no learning curves to plot: give at least one run with (step, value) points");
        if (curves.GroupBy(c => c.Run).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new UserInputException($"two runs are named '{twice.Key}': give each run its own name so the legend tells them apart");
        foreach (var curve in curves)
        {
            if (curve.Points.Count == 0)
                throw new UserInputException($"run '{curve.Run}' has no points: it logged no value of this quantity");
            for (int i = 0; i < curve.Points.Count; i++)
            {
                var (step, value) = curve.Points[i];
                if (!double.IsFinite(value))
                    throw new UserInputException($"run '{curve.Run}' has {value} at step {step}: a diverged run? drop its non-finite points or leave it out");
                if (i > 0 && step <= curve.Points[i - 1].Step)
                    throw new UserInputException($"run '{curve.Run}': step {step} follows step {curve.Points[i - 1].Step}; steps must increase (one log per run)");
            }
        }
    }
}

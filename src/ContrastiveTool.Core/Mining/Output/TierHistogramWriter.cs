using ScottPlot;

namespace ContrastiveTool.Core.Mining.Output;

/// <summary>A PNG histogram of negative similarity by tier (ScottPlot 5), with the positives' scores for reference.</summary>
/// <remarks>40 bins over the observed score range; one step line per tier present (0 same-question … 4 random) and a
/// dashed one for positives, so a user sees where each tier sits relative to the positives — the picture that tells
/// whether a margin or a max score is needed.</remarks>
public static class TierHistogramWriter
{
    private const int Bins = 40;
    private static readonly string[] TierNames = ["tier 0 same-question", "tier 1 in-cluster", "tier 2 adjacent", "tier 3 high-similarity", "tier 4 random"];

    public static void Write(string path, MiningResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        var all = result.Scores.Concat(result.PositiveScores).Where(s => !float.IsNaN(s)).ToList();
        double low = all.Count > 0 ? all.Min() : 0, high = all.Count > 0 ? all.Max() : 1;
        if (high - low < 1e-6)
            (low, high) = (low - 0.5, high + 0.5);
        using var plot = new Plot();
        plot.Font.Set(Fonts.Sans);
        var palette = new ScottPlot.Palettes.Category10();
        for (int tier = 0; tier < 5; tier++)
        {
            var scores = result.Tiers.Select((t, i) => (t, i)).Where(x => x.t == tier).Select(x => (double)result.Scores[x.i]).ToList();
            if (scores.Count > 0)
                AddLine(plot, scores, low, high, palette.GetColor(tier), TierNames[tier], dashed: false);
        }
        AddLine(plot, result.PositiveScores.Select(s => (double)s).ToList(), low, high, Colors.Black, "positives", dashed: true);
        plot.Title(title, 20);
        plot.XLabel("cosine similarity to the query", 16);
        plot.YLabel("count", 16);
        plot.ShowLegend(Alignment.UpperLeft);
        AtomicFile.Write(path, stream => stream.Write(plot.GetImageBytes(1000, 600, ImageFormat.Png)));
    }

    private static void AddLine(Plot plot, List<double> scores, double low, double high, Color color, string label, bool dashed)
    {
        var histogram = ScottPlot.Statistics.Histogram.WithBinCount(Bins, low, high + 1e-9);
        histogram.AddRange(scores);
        var line = plot.Add.ScatterLine(histogram.Bins, histogram.Counts.Select(c => (double)c).ToArray());
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.Color = color;
        line.LineWidth = 2;
        line.LegendText = $"{label} ({scores.Count})";
        if (dashed)
            line.LinePattern = LinePattern.Dashed;
    }
}

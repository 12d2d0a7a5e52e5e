using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContrastiveTool.Cli.Verbs.Cluster;

/// <summary>A text histogram of cluster sizes: up to 8 equal-width size ranges, clusters per range as a bar.</summary>
public static class SizeHistogram
{
    public static IRenderable Render(IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        int min = sizes.Min(), max = sizes.Max();
        int bins = Math.Min(8, max - min + 1);
        double width = (max - min + 1) / (double)bins;
        var chart = new BarChart().Width(70).Label($"cluster sizes (min {min}, median {sizes.Order().ElementAt(sizes.Count / 2)}, max {max})");
        for (int b = 0; b < bins; b++)
        {
            int low = min + (int)Math.Ceiling(b * width), high = min + (int)Math.Ceiling((b + 1) * width) - 1;
            int count = sizes.Count(s => s >= low && s <= high);
            chart.AddItem(low == high ? low.ToString(CultureInfo.InvariantCulture) : $"{low}–{high}", count, Color.Blue);
        }
        return chart;
    }
}

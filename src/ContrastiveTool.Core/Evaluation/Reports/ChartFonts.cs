using ScottPlot;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>The house font for PNG charts: the first sans-serif family the machine has (DejaVu Sans, Liberation Sans,
/// Noto Sans, Arial, Helvetica); ScottPlot's default otherwise.</summary>
public static class ChartFonts
{
    private static readonly string[] SansFamilies = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica"];

    /// <summary>Sets every text of <paramref name="plot"/> to the house font, when the machine has one.</summary>
    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (SansFamilies.FirstOrDefault(f => Fonts.GetTypeface(f, false, false)?.FamilyName == f) is { } family)
            plot.Font.Set(family);
    }
}

namespace ContrastiveTool.Core.Mining;

/// <summary>Percentiles of a set of similarity scores: what a user tunes margins and score limits from.</summary>
/// <remarks>Nearest-rank percentiles (the value at rank ⌈p·n⌉ of the sorted scores); NaN scores (empty slots) are left out.</remarks>
public sealed record ScorePercentiles(long Count, double Mean, double P5, double P25, double P50, double P75, double P95)
{
    public static ScorePercentiles Of(IEnumerable<float> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sorted = scores.Where(s => !float.IsNaN(s)).Select(s => (double)s).Order().ToArray();
        if (sorted.Length == 0)
            return new ScorePercentiles(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new ScorePercentiles(sorted.Length, sorted.Average(), At(0.05), At(0.25), At(0.5), At(0.75), At(0.95));
    }
}

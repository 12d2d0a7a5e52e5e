using System.Globalization;

namespace ContrastiveTool.Core.Data.Kto;

/// <summary>A rating scale such as 1–5 or 1–10; a rating at or above 80 % of the top counts as good.</summary>
/// <remarks>good ⇔ rating ≥ 0.8 × Max (1–5: 4 and 5 are good; 1–10: 8, 9, 10; 0–100: 80 and above). A rating outside
/// [Min, Max] is not on the scale.</remarks>
public sealed record RatingScale(double Min, double Max)
{
    /// <summary>The share of the top a good rating reaches.</summary>
    public const double GoodShare = 0.8;

    /// <summary>1–5, the default.</summary>
    public static RatingScale Default { get; } = new(1, 5);

    /// <summary>The lowest good rating: 0.8 × Max.</summary>
    public double GoodFrom => GoodShare * Max;

    /// <summary>Whether <paramref name="rating"/> is on the scale.</summary>
    public bool Contains(double rating) => rating >= Min && rating <= Max;

    /// <summary>Whether <paramref name="rating"/> (on the scale) is good.</summary>
    public bool IsGood(double rating) => rating >= GoodFrom - 1e-9;

    /// <summary>"1-5" and the like.</summary>
    public override string ToString() =>
        $"{Min.ToString(CultureInfo.InvariantCulture)}-{Max.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses "1-5", "1-10", "0-100" (or "1..5"); throws <see cref="UserInputException"/> otherwise.</summary>
    public static RatingScale Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Replace("..", "-", StringComparison.Ordinal).Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double max)
            && min >= 0 && max > min && max > 1)
            return new RatingScale(min, max);
        throw new UserInputException($"--rating-scale '{text}' is not a scale like 1-5 or 1-10 (min ≥ 0, max > min, max > 1)");
    }
}

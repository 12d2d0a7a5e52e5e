using System.Globalization;
using System.Text.Json;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Kto;

/// <summary>Turns a row's feedback value into good (true) or bad (false).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A boolean is itself.</item>
/// <item><c>rating</c> is always on the rating scale (default 1–5): good ⇔ rating ≥ 80 % of the top.</item>
/// <item><c>label</c>, <c>score</c>, <c>preference</c>: a number in [0, 1] is a probability (good ⇔ ≥ 0.5); a larger
/// integer is a rating on the scale; numeric text counts as the number.</item>
/// <item>Words, case- and space-insensitive (<see cref="KtoLabelWords"/>).</item>
/// </list>
/// Anything else — another word, a negative number, a rating off the scale, 2.5 as a label — is not a label; the
/// failure quotes the value.</remarks>
public sealed class KtoLabelNormalizer(RatingScale? scale = null)
{
    private readonly RatingScale _scale = scale ?? RatingScale.Default;

    /// <summary>The fields a label is read from, in order of precedence.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["label", "score", "rating", "preference"];

    /// <summary>Normalises <paramref name="value"/> read from <paramref name="field"/>; null with a reason when it is not a label.</summary>
    public bool? Normalise(string field, JsonElement value, out string? problem)
    {
        problem = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.Number:
                return FromNumber(field, value.GetDouble(), value, out problem);
            case JsonValueKind.String:
                string text = value.GetString()!;
                if (KtoLabelWords.Meaning(text) is { } meaning)
                    return meaning;
                if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number))
                    return FromNumber(field, number, value, out problem);
                problem = $"\"{field}\": {JsonFields.Quote(value)} is not a known label (good/bad words in English or Arabic, true/false, a probability in [0, 1] or a rating on {_scale})";
                return null;
            default:
                problem = $"\"{field}\": {JsonFields.Quote(value)} is not a label (expected a word, a boolean or a number)";
                return null;
        }
    }

    private bool? FromNumber(string field, double number, JsonElement value, out string? problem)
    {
        problem = null;
        bool rating = field == "rating" || (number > 1 && number == Math.Floor(number));
        if (rating)
        {
            if (_scale.Contains(number))
                return _scale.IsGood(number);
            problem = $"\"{field}\": {JsonFields.Quote(value)} is off the rating scale {_scale} (set --rating-scale)";
            return null;
        }
        if (number is >= 0 and <= 1)
            return number >= 0.5;
        problem = $"\"{field}\": {JsonFields.Quote(value)} is neither a probability in [0, 1] nor an integer rating on {_scale}";
        return null;
    }
}

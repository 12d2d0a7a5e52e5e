using System.Text;

namespace ContrastiveTool.Core.Models.Tokenization;

/// <summary>Folds Arabic spelling variants that a Latin-centred WordPiece vocabulary cannot represent.</summary>
/// <remarks>Strips harakat (U+064B–U+065F, U+0670 superscript alef), tatweel (U+0640) and Quranic annotation
/// marks (U+0610–U+061A, U+06D6–U+06ED); maps alef wasla ٱ, hamza-alefs أ إ and madda آ to bare alef ا.
/// all-MiniLM-L6-v2's vocabulary has almost no Arabic pieces and no ٱ, so without this Quranic text is mostly
/// [UNK]. Every other character passes through unchanged.</remarks>
public static class ArabicNormalizer
{
    /// <summary>The normalised text; the same instance when nothing changes.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = text.AsSpan().IndexOfAnyInRange('\u0610', '\u06ED');
        if (first < 0)
            return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (IsDropped(c))
                continue;
            builder.Append(c is '\u0671' or '\u0623' or '\u0625' or '\u0622' ? '\u0627' : c);
        }
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> has a character of the Arabic block (U+0600–U+06FF): tells the Arabic side of
    /// a bilingual pair.</summary>
    public static bool ContainsArabic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAnyInRange('\u0600', '\u06FF') >= 0;
    }

    /// <summary>Harakat, superscript alef, tatweel and Quranic annotation marks.</summary>
    public static bool IsDropped(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u0610' and <= '\u061A' or >= '\u06D6' and <= '\u06ED';
}

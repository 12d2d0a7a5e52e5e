namespace ContrastiveTool.Core.Data.Kto;

/// <summary>The words that mean good and bad, in English and Arabic, compared case- and space-insensitively.</summary>
/// <remarks>Before comparing, a word is lower-cased and loses whitespace, underscores and hyphens ("Not Preferred",
/// "not_preferred" and "NOT-PREFERRED" are one word), Arabic diacritics (tashkeel) and the tatweel. "سيئ" is accepted
/// as a spelling of "سيء".</remarks>
public static class KtoLabelWords
{
    /// <summary>Words that mean good.</summary>
    public static IReadOnlyList<string> Good { get; } =
        ["good", "positive", "yes", "true", "accept", "accepted", "preferred", "high", "excellent", "great", "جيد", "ممتاز", "مقبول"];

    /// <summary>Words that mean bad.</summary>
    public static IReadOnlyList<string> Bad { get; } =
        ["bad", "negative", "no", "false", "reject", "rejected", "not_preferred", "low", "poor", "terrible", "سيء", "سيئ", "ضعيف", "مرفوض"];

    private static readonly Dictionary<string, bool> Lookup = Build();

    /// <summary>True for a good word, false for a bad one, null for anything else.</summary>
    public static bool? Meaning(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Lookup.TryGetValue(Normalise(word), out bool good) ? good : null;
    }

    /// <summary>The comparison form of <paramref name="word"/> (see the remarks).</summary>
    public static string Normalise(string word)
    {
        var kept = new System.Text.StringBuilder(word.Length);
        foreach (char c in word)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '\u0640' || c is >= '\u064B' and <= '\u0652')
                continue;
            kept.Append(char.ToLowerInvariant(c));
        }
        return kept.ToString();
    }

    private static Dictionary<string, bool> Build()
    {
        var lookup = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var word in Good) lookup[Normalise(word)] = true;
        foreach (var word in Bad) lookup[Normalise(word)] = false;
        return lookup;
    }
}

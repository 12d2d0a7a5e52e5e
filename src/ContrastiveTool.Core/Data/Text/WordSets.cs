namespace ContrastiveTool.Core.Data.Text;

/// <summary>Texts as sets of words, and how alike such sets are.</summary>
public static class WordSets
{
    /// <summary>The distinct lower-cased whitespace-separated words of <paramref name="text"/>.</summary>
    public static HashSet<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new HashSet<string>(Words(text).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
    }

    /// <summary>The whitespace-separated words of <paramref name="text"/>, in order.</summary>
    public static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Jaccard similarity |A ∩ B| / |A ∪ B|; 1 for two empty sets.</summary>
    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 && b.Count == 0)
            return 1;
        int shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Diversity of a set of texts: 1 − mean pairwise Jaccard similarity of their word sets.</summary>
    /// <remarks>diversity = 1 − (2 / (n(n−1))) Σ_{i&lt;j} J(Wᵢ, Wⱼ). Null for fewer than two texts (no pair to compare).
    /// 0 when every text has the same words; 1 when no two share a word.</remarks>
    public static double? Diversity(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count < 2)
            return null;
        var sets = texts.Select(Of).ToList();
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < sets.Count; i++)
            for (int j = i + 1; j < sets.Count; j++, pairs++)
                sum += Jaccard(sets[i], sets[j]);
        return 1 - sum / pairs;
    }
}

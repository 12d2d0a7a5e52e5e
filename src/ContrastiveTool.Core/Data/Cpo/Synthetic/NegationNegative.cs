using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Cpo.Synthetic;

/// <summary>The chosen response with a negation put in, in its own language: a fluent answer that says the opposite.</summary>
/// <remarks>English: "not" after the first auxiliary or modal verb (is, are, was, can, will, should, does, ...); with none,
/// the response is prefixed "It is not true that". Arabic (by script): "لا" before the first word that looks like a
/// present-tense verb (starts with ي or ت, 4+ letters); otherwise "غير" before the first later word with the article
/// ال (an adjective or predicate); otherwise the response is prefixed "ليس". A heuristic, not a parser.</remarks>
public sealed class NegationNegative : ISyntheticNegative
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "am", "can", "could", "will", "would", "shall", "should", "must", "may", "might",
        "does", "do", "did", "has", "have", "had",
    };

    /// <inheritdoc/>
    public string Name => "negation";

    /// <inheritdoc/>
    public string Description => "a negation put in (English \"not\"; Arabic لا / ليس / غير)";

    /// <inheritdoc/>
    public string? Make(string prompt, string chosen, Random random)
    {
        var words = WordSets.Words(chosen).ToList();
        if (words.Count == 0)
            return null;
        return TextScript.Detect(chosen) == Script.Arabic ? Arabic(words) : English(words);
    }

    private static string English(List<string> words)
    {
        int auxiliary = words.FindIndex(w => Auxiliaries.Contains(w.TrimEnd(',', '.', ';', ':')));
        if (auxiliary >= 0 && !words[auxiliary].EndsWith(',') && !words[auxiliary].EndsWith('.'))
        {
            words.Insert(auxiliary + 1, "not");
            return string.Join(' ', words);
        }
        return "It is not true that " + string.Join(' ', words);
    }

    private static string Arabic(List<string> words)
    {
        int verb = words.FindIndex(w => w.Length >= 4 && (w[0] == 'ي' || w[0] == 'ت'));
        if (verb >= 0)
        {
            words.Insert(verb, "لا");
            return string.Join(' ', words);
        }
        int predicate = words.FindIndex(1, w => w.StartsWith("ال", StringComparison.Ordinal));
        if (predicate >= 0)
        {
            words.Insert(predicate, "غير");
            return string.Join(' ', words);
        }
        return "ليس " + string.Join(' ', words);
    }
}

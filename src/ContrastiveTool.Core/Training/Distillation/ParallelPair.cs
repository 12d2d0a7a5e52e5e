namespace ContrastiveTool.Core.Training.Distillation;

/// <summary>A sentence in the teacher's language and its translation: the unit of multilingual knowledge distillation.</summary>
/// <param name="Source">The text the teacher embeds (English for an English teacher).</param>
/// <param name="Translation">The same meaning in the language the student learns (e.g. Arabic).</param>
public sealed record ParallelPair(string Source, string Translation)
{
    /// <summary>The pair of two texts, whichever order they come in: the one <paramref name="isTranslation"/> accepts is the
    /// translation. Null when both or neither are (a pair that does not cross the two languages).</summary>
    /// <remarks>Dictionaries come in both directions (FreeDict ara-eng has Arabic anchors, eng-ara English ones); this
    /// orients their rows the same way.</remarks>
    public static ParallelPair? Oriented(string first, string second, Func<string, bool> isTranslation)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(isTranslation);
        return (isTranslation(first), isTranslation(second)) switch
        {
            (false, true) => new ParallelPair(first, second),
            (true, false) => new ParallelPair(second, first),
            _ => null,
        };
    }
}

using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Cpo.Synthetic;

/// <summary>The chosen response's words in a seeded random order (Fisher–Yates): same words, no sense.</summary>
/// <remarks>When the shuffle gives back the original order, the words are rotated by one; a response with fewer than two
/// distinct words gets none.</remarks>
public sealed class ShuffleNegative : ISyntheticNegative
{
    /// <inheritdoc/>
    public string Name => "shuffle";

    /// <inheritdoc/>
    public string Description => "the chosen response's words in a seeded random order";

    /// <inheritdoc/>
    public string? Make(string prompt, string chosen, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var words = WordSets.Words(chosen);
        if (words.Distinct(StringComparer.Ordinal).Count() < 2)
            return null;
        var shuffled = (string[])words.Clone();
        random.Shuffle(shuffled);
        if (shuffled.SequenceEqual(words))
            shuffled = [.. words[1..], words[0]];
        return string.Join(' ', shuffled);
    }
}

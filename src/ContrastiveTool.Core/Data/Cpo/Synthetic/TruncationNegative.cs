using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Cpo.Synthetic;

/// <summary>The chosen response cut to its first half: the first ⌊n/2⌋ of its n words (n ≥ 2), an answer that stops short.</summary>
public sealed class TruncationNegative : ISyntheticNegative
{
    /// <inheritdoc/>
    public string Name => "truncation";

    /// <inheritdoc/>
    public string Description => "the chosen response cut to its first half (words)";

    /// <inheritdoc/>
    public string? Make(string prompt, string chosen, Random random)
    {
        var words = WordSets.Words(chosen);
        return words.Length < 2 ? null : string.Join(' ', words[..(words.Length / 2)]);
    }
}

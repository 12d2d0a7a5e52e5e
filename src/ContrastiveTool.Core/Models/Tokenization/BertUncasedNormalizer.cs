using System.Text;
using Microsoft.ML.Tokenizers;

namespace ContrastiveTool.Core.Models.Tokenization;

/// <summary>The text half of Hugging Face's uncased <c>BasicTokenizer</c>, as a Microsoft.ML.Tokenizers normaliser.</summary>
/// <remarks>In order: drop NUL, U+FFFD and control/format characters; turn every whitespace into a space;
/// put spaces around CJK ideographs; lower-case; decompose and drop non-spacing marks (accents, and Arabic
/// harakat) with <see cref="AccentFolding"/>, which does not depend on ICU. Microsoft.ML.Tokenizers' own <c>BertTokenizer</c> differs: it keeps accents unless told,
/// and drops <c>$ + = &lt; &gt; ^ ~ |</c>; this class and <see cref="BertPunctuationPreTokenizer"/> replace
/// its basic tokenisation so the ids equal Hugging Face's.</remarks>
public sealed class BertUncasedNormalizer : Normalizer
{
    /// <summary>Optional text clean-up that runs first (the Arabic normaliser).</summary>
    private readonly Func<string, string>? _before;

    public BertUncasedNormalizer(Func<string, string>? before = null) => _before = before;

    /// <inheritdoc/>
    public override string Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Normalize(original.AsSpan());
    }

    /// <inheritdoc/>
    public override string Normalize(ReadOnlySpan<char> original)
    {
        string text = _before is null ? original.ToString() : _before(original.ToString());
        var cleaned = new StringBuilder(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0 or 0xFFFD || BertCharacterClasses.IsControl(rune))
                continue;
            if (BertCharacterClasses.IsWhitespace(rune))
                cleaned.Append(' ');
            else if (BertCharacterClasses.IsCjkIdeograph(rune))
                cleaned.Append(' ').Append(rune.ToString()).Append(' ');
            else
                cleaned.Append(rune.ToString());
        }
        // NFC, lower-case, NFD minus Mn (Hugging Face's order) equals fold, lower-case, fold again: folding is per
        // character, and a lower-case letter may have a decomposition its capital lacked.
        string stripped = AccentFolding.Fold(AccentFolding.Fold(cleaned.ToString()).ToLowerInvariant());
        return stripped;
    }
}

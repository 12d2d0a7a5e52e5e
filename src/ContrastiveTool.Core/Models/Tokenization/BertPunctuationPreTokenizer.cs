using System.Text;
using Microsoft.ML.Tokenizers;

namespace ContrastiveTool.Core.Models.Tokenization;

/// <summary>The splitting half of BERT's basic tokenizer: words end at whitespace, and every punctuation
/// character (per <see cref="BertCharacterClasses.IsPunctuation"/>) is a word of its own.</summary>
/// <remarks>Runs on the output of <see cref="BertUncasedNormalizer"/>; yields (offset, length) in UTF-16 units.</remarks>
public sealed class BertPunctuationPreTokenizer : PreTokenizer
{
    /// <inheritdoc/>
    public override IEnumerable<(int Offset, int Length)> PreTokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text);
    }

    /// <inheritdoc/>
    public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text) => Split(text.ToString());

    private static List<(int Offset, int Length)> Split(string text)
    {
        var words = new List<(int Offset, int Length)>();
        int start = -1, index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            int width = rune.Utf16SequenceLength;
            bool space = Rune.IsWhiteSpace(rune);
            bool punctuation = !space && BertCharacterClasses.IsPunctuation(rune);
            if ((space || punctuation) && start >= 0)
            {
                words.Add((start, index - start));
                start = -1;
            }
            if (punctuation)
                words.Add((index, width));
            else if (!space && start < 0)
                start = index;
            index += width;
        }
        if (start >= 0)
            words.Add((start, index - start));
        return words;
    }
}

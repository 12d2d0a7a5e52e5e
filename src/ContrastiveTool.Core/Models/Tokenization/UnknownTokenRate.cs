namespace ContrastiveTool.Core.Models.Tokenization;

/// <summary>How much of a set of texts a WordPiece vocabulary cannot represent: the [UNK] pieces among all pieces.</summary>
/// <remarks>WordPiece maps a whole word (a pre-tokenised span) to one [UNK] when it cannot spell it from the vocabulary's
/// pieces, so <see cref="Unknown"/> / <see cref="Words"/> is about the share of words a model never sees. all-MiniLM-L6-v2's
/// vocabulary has the Arabic letters as single pieces and as <c>##</c> continuations, so normalised Arabic spells out
/// letter by letter (a character-level fallback, ~4 pieces a word) with no [UNK]; without normalisation every word with
/// ٱ (alef wasla) or a Quranic mark is lost. Words = whitespace-separated words.</remarks>
/// <param name="Texts">Texts measured.</param>
/// <param name="Words">Whitespace-separated words in them.</param>
/// <param name="Pieces">WordPiece pieces (without [CLS]/[SEP]).</param>
/// <param name="Unknown">Pieces that are [UNK].</param>
public sealed record UnknownTokenRate(long Texts, long Words, long Pieces, long Unknown)
{
    /// <summary>[UNK] pieces / pieces (0 for no pieces).</summary>
    public double Rate => Pieces == 0 ? 0 : (double)Unknown / Pieces;

    /// <summary>[UNK] pieces / words: about the share of words lost.</summary>
    public double WordRate => Words == 0 ? 0 : (double)Unknown / Words;

    /// <summary>Pieces per word (1 for a word in the vocabulary; the letter count for a word spelled letter by letter).</summary>
    public double PiecesPerWord => Words == 0 ? 0 : (double)Pieces / Words;

    /// <summary>Tokenises every text with <paramref name="tokenizer"/> and counts.</summary>
    public static UnknownTokenRate Measure(WordPieceTextTokenizer tokenizer, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(texts);
        long count = 0, words = 0, pieces = 0, unknown = 0;
        foreach (string text in texts)
        {
            var ids = tokenizer.EncodePieces(text);
            count++;
            words += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            pieces += ids.Count;
            unknown += ids.Count(id => id == tokenizer.UnknownId);
        }
        return new UnknownTokenRate(count, words, pieces, unknown);
    }
}

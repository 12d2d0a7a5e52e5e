using System.Text;
using Microsoft.ML.Tokenizers;

namespace ContrastiveTool.Core.Models.Tokenization;

/// <summary>BERT uncased WordPiece tokenisation whose ids equal Hugging Face's <c>BertTokenizer</c>, loaded from a model's own vocab.txt.</summary>
/// <remarks>Basic tokenisation is ours (<see cref="BertUncasedNormalizer"/>, <see cref="BertPunctuationPreTokenizer"/>);
/// the greedy longest-match WordPiece step is Microsoft.ML.Tokenizers'. A sequence is <c>[CLS] pieces [SEP]</c>,
/// truncated to <c>maxLength</c> tokens in all. With <c>normalizeArabic</c> the <see cref="ArabicNormalizer"/>
/// runs first (then ids differ from Hugging Face's only where the text has tatweel, ٱ or Quranic marks).</remarks>
public sealed class WordPieceTextTokenizer
{
    private readonly WordPieceTokenizer _wordPiece;

    private WordPieceTextTokenizer(WordPieceTokenizer wordPiece, IReadOnlyList<string> vocabulary, bool normalizeArabic)
    {
        _wordPiece = wordPiece;
        Vocabulary = vocabulary;
        NormalizesArabic = normalizeArabic;
        var index = vocabulary.Select((token, id) => (token, id)).ToDictionary(p => p.token, p => p.id);
        PadId = Id(index, "[PAD]");
        ClsId = Id(index, "[CLS]");
        SepId = Id(index, "[SEP]");
        UnknownId = Id(index, "[UNK]");
    }

    /// <summary>The vocabulary, one token per id.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    public bool NormalizesArabic { get; }

    public int PadId { get; }

    public int ClsId { get; }

    public int SepId { get; }

    public int UnknownId { get; }

    /// <summary>Reads a vocab.txt (one token per line, LF or CRLF; the line number is the id).</summary>
    public static WordPieceTextTokenizer FromVocabulary(Stream vocab, bool normalizeArabic = true)
    {
        ArgumentNullException.ThrowIfNull(vocab);
        using var reader = new StreamReader(vocab, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n').Select(l => l.EndsWith('\r') ? l[..^1] : l).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        return FromVocabulary(lines, normalizeArabic);
    }

    /// <summary>Builds the tokenizer from a vocabulary list (index = id).</summary>
    public static WordPieceTextTokenizer FromVocabulary(IReadOnlyList<string> vocabulary, bool normalizeArabic = true)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        using var clean = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', vocabulary) + "\n"));
        var wordPiece = WordPieceTokenizer.Create(clean, new WordPieceOptions
        {
            Normalizer = new BertUncasedNormalizer(normalizeArabic ? ArabicNormalizer.Normalize : null),
            PreTokenizer = new BertPunctuationPreTokenizer(),
            UnknownToken = "[UNK]",
            ContinuingSubwordPrefix = "##",
            MaxInputCharsPerWord = 100,
        });
        return new WordPieceTextTokenizer(wordPiece, vocabulary, normalizeArabic);
    }

    /// <summary>The WordPiece ids of <paramref name="text"/>, without [CLS]/[SEP].</summary>
    public IReadOnlyList<int> EncodePieces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _wordPiece.EncodeToIds(text);
    }

    /// <summary><c>[CLS] pieces [SEP]</c>, pieces cut so the whole is at most <paramref name="maxLength"/> ids.</summary>
    public int[] Encode(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var pieces = EncodePieces(text);
        int kept = Math.Min(pieces.Count, maxLength - 2);
        var ids = new int[kept + 2];
        ids[0] = ClsId;
        for (int i = 0; i < kept; i++)
            ids[i + 1] = pieces[i];
        ids[^1] = SepId;
        return ids;
    }

    /// <summary>Encodes every text and pads the batch to its longest sequence.</summary>
    public TokenBatch EncodeBatch(IReadOnlyList<string> texts, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return TokenBatch.Pad(texts.Select(t => Encode(t, maxLength)).ToList(), PadId);
    }

    private static int Id(Dictionary<string, int> index, string token) =>
        index.TryGetValue(token, out int id) ? id
            : throw new UserInputException($"the vocabulary has no {token} token; is this a BERT vocab.txt?");
}

using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Models.Tokenization;

namespace ContrastiveTool.Tests.Models;

public sealed class UnknownTokenRateTests
{
    [Fact]
    public void Measure_TinyVocabulary_CountsWordsPiecesAndUnknown()
    {
        var tokenizer = WordPieceTextTokenizer.FromVocabulary(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "a", "##b"]);
        // "ab" → a ##b; "c" → [UNK]; "ba" → [UNK] (no "b" to start a word): 3 words, 4 pieces, 2 unknown.
        var rate = UnknownTokenRate.Measure(tokenizer, ["ab c", "ba"]);
        Assert.Equal(new UnknownTokenRate(2, 3, 4, 2), rate);
        Assert.Equal(0.5, rate.Rate);
        Assert.Equal(2.0 / 3, rate.WordRate, 10);
        Assert.Equal(4.0 / 3, rate.PiecesPerWord, 10);
    }

    [Fact]
    public void Measure_QuranicArabicWithMiniLm_NoUnknownOnceNormalised()
    {
        // بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ: as published, the three words with ٱ (alef wasla) are [UNK]; normalised, all
        // 19 letters are spelled with the vocabulary's single-letter pieces (ب ##س ##م ا ##ل ##ل ##ه ...).
        const string verse = "بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ";
        var raw = UnknownTokenRate.Measure(PackagedModel.MiniLm.CreateTokenizer(normalizeArabic: false), [verse]);
        var normalised = UnknownTokenRate.Measure(PackagedModel.MiniLm.CreateTokenizer(normalizeArabic: true), [verse]);
        Assert.Equal(new UnknownTokenRate(1, 4, 6, 3), raw);
        Assert.Equal(new UnknownTokenRate(1, 4, 19, 0), normalised);
    }
}

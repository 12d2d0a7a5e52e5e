using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Models.Tokenization;

namespace ContrastiveTool.Tests.Models;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("ٱلْحَمْدُ", "الحمد")]                 // alef wasla → alef; sukun, fatha, damma dropped
    [InlineData("أَحْمَد إِسْلَام آمَن", "احمد اسلام امن")] // hamza-alefs and madda → bare alef
    [InlineData("العـــالم", "العالم")]                 // tatweel dropped
    [InlineData("ٱلرَّحِيمِ ۝ ۚ", "الرحيم  ")]          // shadda, end-of-ayah U+06DD and small high jeem U+06DA dropped
    [InlineData("Hello, world!", "Hello, world!")]      // non-Arabic text unchanged
    public void Normalize_ArabicText_StripsMarksAndFoldsAlef(string input, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_NoArabic_ReturnsTheSameInstance()
    {
        string text = "plain text";
        Assert.Same(text, ArabicNormalizer.Normalize(text));
    }

    [Fact]
    public void Encode_QuranicSpelling_EqualsThePlainSpellingWhenNormalising()
    {
        var tokenizer = PackagedModel.MiniLm.CreateTokenizer(normalizeArabic: true);
        var plain = PackagedModel.MiniLm.CreateTokenizer(normalizeArabic: false);

        var quranic = tokenizer.Encode("ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ", 128);

        Assert.Equal(plain.Encode("الحمد لله رب العلمين", 128), quranic);
        Assert.DoesNotContain(tokenizer.UnknownId, quranic);
        Assert.Contains(plain.UnknownId, plain.Encode("ٱلْحَمْدُ", 128));   // without it, ٱ makes the word [UNK]
    }

    [Theory]
    [InlineData("الكتاب", true)]
    [InlineData("the book ٱلْحَمْدُ", true)]
    [InlineData("the book", false)]
    [InlineData("", false)]
    public void ContainsArabic_Text_TrueWhenAnyArabicBlockCharacter(string text, bool expected) =>
        Assert.Equal(expected, ArabicNormalizer.ContainsArabic(text));
}

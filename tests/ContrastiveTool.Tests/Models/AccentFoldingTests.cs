using System.Globalization;
using System.Text;
using ContrastiveTool.Core.Models.Tokenization;

namespace ContrastiveTool.Tests.Models;

public sealed class AccentFoldingTests
{
    [Theory]
    [InlineData("Café", "Cafe")]
    [InlineData("ÅNGSTRÖM Å", "ANGSTROM A")]   // U+212B ANGSTROM SIGN decomposes to A + ring
    [InlineData("مَرْحَبًا", "مرحبا")]           // harakat are non-spacing marks
    [InlineData("한", "\u1112\u1161\u11AB")]     // Hangul syllable → lead, vowel, trail jamo
    [InlineData("plain", "plain")]
    public void Fold_Text_DecomposesAndDropsNonSpacingMarks(string input, string expected)
    {
        Assert.Equal(expected, AccentFolding.Fold(input));
    }

    [Fact]
    public void Fold_EveryBasicMultilingualPlaneLetter_EqualsNormalizeFormDWithoutMarks()
    {
        // The test host has ICU, so string.Normalize is the oracle here (the tool runs without it).
        var differing = new List<string>();
        for (int cp = 0xA0; cp < 0x3000; cp++)
        {
            string text = char.ConvertFromUtf32(cp);
            var oracle = new StringBuilder();
            foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
                if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
                    oracle.Append(rune.ToString());
            if (AccentFolding.Fold(text) != oracle.ToString())
                differing.Add($"U+{cp:X4}");
        }
        Assert.Empty(differing);
    }
}

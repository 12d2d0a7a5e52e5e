using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Tests.Data.Text;

public sealed class WordSetsTests
{
    [Fact]
    public void Diversity_HandComputed()
    {
        // {a,b} vs {b,c}: J = 1/3; {a,b} vs {x}: 0; {b,c} vs {x}: 0 → mean 1/9 → diversity 8/9.
        Assert.Equal(8.0 / 9, WordSets.Diversity(["a b", "B c", "x"])!.Value, 12);
        Assert.Equal(0, WordSets.Diversity(["same words", "words same"])!.Value, 12);
        Assert.Equal(1, WordSets.Diversity(["ليون", "مرسيليا"])!.Value, 12);
        Assert.Null(WordSets.Diversity(["alone"]));
    }

    [Theory]
    [InlineData("باريس هي عاصمة فرنسا", Script.Arabic)]
    [InlineData("Paris is the capital", Script.Latin)]
    [InlineData("Paris باريس عاصمة", Script.Arabic)]
    [InlineData("123", Script.Latin)]
    public void Detect_ByLetterCounts(string text, Script script) => Assert.Equal(script, TextScript.Detect(text));
}

using ContrastiveTool.Core;

namespace ContrastiveTool.Tests.Core;

public sealed class NameLookupTests
{
    private enum Colour { Red, Green }

    [Fact]
    public void Find_KnownNameAnyCase_ReturnsTheItem() =>
        Assert.Equal(Colour.Green, NameLookup.Find([Colour.Red, Colour.Green], c => c.ToString(), " green ", "colour"));

    [Fact]
    public void Find_UnknownNameOfValueType_ThrowsInsteadOfReturningDefault()
    {
        var error = Assert.Throws<UserInputException>(() => NameLookup.Find([Colour.Red, Colour.Green], c => c.ToString(), "purple", "colour"));
        Assert.Contains("known: Red, Green", error.Message);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("Flaw", "lawn", 2)]
    [InlineData("same", "SAME", 0)]
    public void EditDistance_Pairs_IsLevenshtein(string a, string b, int distance) =>
        Assert.Equal(distance, NameLookup.EditDistance(a, b));
}

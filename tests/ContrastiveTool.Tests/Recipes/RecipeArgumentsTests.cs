using ContrastiveTool.Core;
using ContrastiveTool.Core.Recipes;

namespace ContrastiveTool.Tests.Recipes;

public sealed class RecipeArgumentsTests
{
    [Theory]
    [InlineData(new[] { "--data", "a.jsonl" }, "a.jsonl")]
    [InlineData(new[] { "--data=a.jsonl" }, "a.jsonl")]
    [InlineData(new[] { "--data=" }, "")]
    [InlineData(new[] { "--data", "a", "--data=b" }, "b")]
    [InlineData(new[] { "--model", "--data", "--x" }, "--x")]
    [InlineData(new[] { "--database", "a", "data" }, null)]
    [InlineData(new string[0], null)]
    public void Find_Forms_GiveTheLastValue(string[] args, string? expected) =>
        Assert.Equal(expected, RecipeArguments.Find(args, "data"));

    [Fact]
    public void Find_OptionWithoutValue_IsAUserErrorThatShowsTheForm()
    {
        var error = Assert.Throws<UserInputException>(() => RecipeArguments.Find(["--data"], "--data"));
        Assert.Equal("recipe argument --data needs a value, e.g. `-- --data VALUE`", error.Message);
    }

    [Theory]
    [InlineData(new[] { "--fast" }, true)]
    [InlineData(new[] { "--fast=yes" }, true)]
    [InlineData(new[] { "--faster" }, false)]
    public void Has_Switch_IsFoundByExactName(string[] args, bool expected) =>
        Assert.Equal(expected, RecipeArguments.Has(args, "fast"));
}

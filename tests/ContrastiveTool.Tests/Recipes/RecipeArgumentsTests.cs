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

    [Theory]
    [InlineData(new[] { "--epochs", "3" }, 3)]
    [InlineData(new[] { "--epochs=12" }, 12)]
    [InlineData(new string[0], 1)]
    public void FindInt_WholeNumberOrAbsent_GivesItOrTheFallback(string[] args, int expected) =>
        Assert.Equal(expected, RecipeArguments.FindInt(args, "epochs", 1, minimum: 1));

    [Theory]
    [InlineData("two", "recipe argument --epochs must be a whole number, got 'two'")]
    [InlineData("1.5", "recipe argument --epochs must be a whole number, got '1.5'")]
    [InlineData("0", "recipe argument --epochs must be at least 1, got 0")]
    public void FindInt_BadValue_IsAUserErrorNamingTheArgument(string value, string message)
    {
        var error = Assert.Throws<UserInputException>(() => RecipeArguments.FindInt(["--epochs", value], "epochs", 1, minimum: 1));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("1e-4", 1e-4)]
    [InlineData("0.5", 0.5)]
    public void FindDouble_Number_IsParsedInvariantly(string value, double expected) =>
        Assert.Equal(expected, RecipeArguments.FindDouble(["--learning-rate", value], "learning-rate", 1, minimum: 0));

    [Theory]
    [InlineData("fast", "recipe argument --learning-rate must be a number, got 'fast'")]
    [InlineData("NaN", "recipe argument --learning-rate must be a number, got 'NaN'")]
    [InlineData("-1", "recipe argument --learning-rate must be at least 0, got -1")]
    public void FindDouble_BadValue_IsAUserErrorNamingTheArgument(string value, string message)
    {
        var error = Assert.Throws<UserInputException>(() => RecipeArguments.FindDouble(["--learning-rate", value], "learning-rate", 1, minimum: 0));
        Assert.Equal(message, error.Message);
    }
}

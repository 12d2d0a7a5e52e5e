using ContrastiveTool.Core;
using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Tests.Losses;

public sealed class LossCatalogTests
{
    [Fact]
    public void All_EveryLossClassIsRegisteredUnderItsName()
    {
        var implementations = typeof(ContrastiveLoss).Assembly.GetTypes()
            .Where(t => typeof(IContrastiveLoss).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
            .ToHashSet();
        var registered = LossCatalog.All.Select(d => d.Create(LossParameters.None).GetType()).ToHashSet();
        Assert.Empty(implementations.Except(registered));
        Assert.Equal(LossCatalog.All.Select(d => d.Name), LossCatalog.All.Select(d => d.Create(LossParameters.None).Name));
    }

    [Fact]
    public void All_HasTheEighteenNamesOfTheIssue()
    {
        string[] names = ["infonce", "flex_infonce", "rank_infonce", "relaxed_hard_neg", "hard_neg_infonce", "infonce_negs", "mnr",
            "triplet", "adaptive_triplet", "listwise", "mse", "cosent", "matryoshka", "contrastive", "online_contrastive", "softmax",
            "distill_mse", "gist"];
        Assert.Equal(names.Order(), LossCatalog.All.Select(d => d.Name).Order());
    }

    [Fact]
    public void Find_Alias_GivesTheLoss() => Assert.Equal("rank_infonce", LossCatalog.Find("multiple_positives").Name);

    [Fact]
    public void Find_Typo_SuggestsTheClosestName()
    {
        var error = Assert.Throws<UserInputException>(() => LossCatalog.Find("infonse"));
        Assert.Contains("did you mean 'infonce'", error.Message);
    }

    [Fact]
    public void Create_UnknownParameter_IsRefusedWithTheKnownOnes()
    {
        var error = Assert.Throws<LossInputException>(() => LossCatalog.Create("infonce", LossParameters.FromPairs(["temprature=0.05"])));
        Assert.Contains("'temprature'", error.Message);
        Assert.Contains("temperature", error.Message);
    }

    [Fact]
    public void Create_MatryoshkaHandsOtherParametersToTheInnerLoss()
    {
        var loss = LossCatalog.Create("matryoshka", LossParameters.FromPairs(["inner=triplet", "dims=[4,2]", "margin=0.3"]));
        Assert.Equal(BatchKind.Triplets | BatchKind.ExplicitNegatives, loss.Accepts);
    }

    [Theory]
    [InlineData("infonce", "temperature=0")]
    [InlineData("infonce", "temperature=-1")]
    [InlineData("relaxed_hard_neg", "p=1")]
    [InlineData("relaxed_hard_neg", "p=-0.1")]
    [InlineData("triplet", "similarity=l2")]
    [InlineData("mnr", "scale=true")]
    public void Create_BadParameter_FailsClearly(string name, string parameter) =>
        Assert.ThrowsAny<UserInputException>(() => LossCatalog.Create(name, LossParameters.FromPairs([parameter])));
}

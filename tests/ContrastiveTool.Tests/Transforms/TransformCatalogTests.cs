using ContrastiveTool.Core;
using ContrastiveTool.Core.Losses;
using ContrastiveTool.Core.Transforms;

namespace ContrastiveTool.Tests.Transforms;

public sealed class TransformCatalogTests
{
    [Fact]
    public void All_EveryTransformClassIsRegisteredUnderItsOwnName()
    {
        var classes = typeof(IBatchTransform).Assembly.GetTypes()
            .Where(t => typeof(IBatchTransform).IsAssignableFrom(t) && !t.IsInterface).ToList();
        var options = new TransformOptions(Mined: [], Answers: new Dictionary<string, ContrastiveTool.Core.Data.RankedQa.QaAnswer>());
        var built = TransformCatalog.All.Select(d => d.Create(options)).ToList();
        Assert.Equal(classes.Select(c => c.Name).Order(), built.Select(t => t.GetType().Name).Order());
        Assert.All(TransformCatalog.All.Zip(built), p => Assert.Equal((p.First.Name, p.First.Produces), (p.Second.Name, p.Second.Produces)));
    }

    [Fact]
    public void EnsureCompatible_ListwiseLossWithInfoNceTransform_RefusesAndListsListwise()
    {
        var error = Assert.Throws<UserInputException>(() =>
            TransformCatalog.EnsureCompatible("listwise", BatchKind.ScoredLists, TransformCatalog.Find("infonce")));
        Assert.Equal("loss 'listwise' accepts ScoredLists batches but batch_transform 'infonce' produces InBatchPairs; " +
                     "use batch_transform listwise with loss 'listwise' (see `contrastive losses`)", error.Message);
    }

    [Fact]
    public void EnsureCompatible_TripletLossWithHardNegativeTransform_ListsTripletAndMined()
    {
        var loss = LossCatalog.Create("triplet");
        var error = Assert.Throws<UserInputException>(() => TransformCatalog.EnsureCompatible(loss.Name, loss.Accepts, TransformCatalog.Find("hard_negative")));
        Assert.Contains("use batch_transform triplet or mined with loss 'triplet'", error.Message);
    }

    [Fact]
    public void EnsureCompatible_StandardizedTest_IsEvaluationOnly()
    {
        var error = Assert.Throws<UserInputException>(() =>
            TransformCatalog.EnsureCompatible("infonce", BatchKind.InBatchPairs | BatchKind.GroupedPairs, TransformCatalog.Find("standardized_test")));
        Assert.StartsWith("batch_transform 'standardized_test' is evaluation-only; use batch_transform infonce or multiple_positives or hard_negative", error.Message);
    }

    [Theory]
    [InlineData("infonce", "infonce")]
    [InlineData("multiple_positives", "rank_infonce")]
    [InlineData("hard_negative", "hard_neg_infonce")]
    [InlineData("hard_negative", "relaxed_hard_neg")]
    [InlineData("triplet", "triplet")]
    [InlineData("listwise", "listwise")]
    [InlineData("mined", "mnr")]
    [InlineData("mined", "infonce_negs")]
    public void EnsureCompatible_SeedPairs_Accepted(string transform, string loss)
    {
        var created = LossCatalog.Create(loss);
        TransformCatalog.EnsureCompatible(created.Name, created.Accepts, TransformCatalog.Find(transform));
    }

    [Fact]
    public void Find_Typo_DidYouMean()
    {
        var error = Assert.Throws<UserInputException>(() => TransformCatalog.Find("triplett"));
        Assert.Contains("did you mean 'triplet'", error.Message);
    }
}

using System.Text.Json;
using ContrastiveTool.Core.Data.Kto;

namespace ContrastiveTool.Tests.Data.Kto;

public sealed class KtoLabelNormalizerTests
{
    private static bool? Normalise(string field, string json, RatingScale? scale = null) =>
        new KtoLabelNormalizer(scale).Normalise(field, JsonDocument.Parse(json).RootElement, out _);

    [Theory]
    [InlineData("good", true)] [InlineData("positive", true)] [InlineData("yes", true)] [InlineData("true", true)]
    [InlineData("accept", true)] [InlineData("accepted", true)] [InlineData("preferred", true)] [InlineData("high", true)]
    [InlineData("excellent", true)] [InlineData("great", true)] [InlineData("جيد", true)] [InlineData("ممتاز", true)]
    [InlineData("مقبول", true)]
    [InlineData("bad", false)] [InlineData("negative", false)] [InlineData("no", false)] [InlineData("false", false)]
    [InlineData("reject", false)] [InlineData("rejected", false)] [InlineData("not_preferred", false)] [InlineData("low", false)]
    [InlineData("poor", false)] [InlineData("terrible", false)] [InlineData("سيء", false)] [InlineData("ضعيف", false)]
    [InlineData("مرفوض", false)]
    [InlineData("  GOOD ", true)] [InlineData("Not Preferred", false)] [InlineData("NOT-PREFERRED", false)] [InlineData("جَيِّد", true)]
    public void Normalise_EveryWord_MapsToItsClass(string word, bool good) =>
        Assert.Equal(good, Normalise("label", JsonSerializer.Serialize(word)));

    [Theory]
    [InlineData("label", "true", true)] [InlineData("label", "false", false)]
    [InlineData("score", "0.5", true)] [InlineData("score", "0.49", false)] [InlineData("preference", "1", true)] [InlineData("label", "0", false)]
    [InlineData("score", "\"0.8\"", true)]
    [InlineData("rating", "4", true)] [InlineData("rating", "5", true)] [InlineData("rating", "3", false)] [InlineData("rating", "1", false)]
    [InlineData("score", "4", true)] [InlineData("score", "3", false)] [InlineData("label", "\"2\"", false)]
    public void Normalise_NumbersAndBooleans_FollowTheRules(string field, string json, bool good) =>
        Assert.Equal(good, Normalise(field, json));

    [Fact]
    public void Normalise_RatingOnTenPointScale_GoodFromEight()
    {
        var scale = RatingScale.Parse("1-10");
        Assert.Equal(true, Normalise("rating", "8", scale));
        Assert.Equal(false, Normalise("rating", "7", scale));
        Assert.Equal(true, Normalise("score", "9", scale));
    }

    [Theory]
    [InlineData("label", "\"maybe\"")] [InlineData("score", "-1")] [InlineData("score", "2.5")] [InlineData("rating", "0.9")]
    [InlineData("rating", "6")] [InlineData("label", "[1]")] [InlineData("label", "\"\"")]
    public void Normalise_NotALabel_FailsQuotingTheValue(string field, string json)
    {
        Assert.Null(new KtoLabelNormalizer().Normalise(field, JsonDocument.Parse(json).RootElement, out string? problem));
        Assert.Contains(json, problem);
    }

    [Theory]
    [InlineData("5")] [InlineData("1-1")] [InlineData("a-b")] [InlineData("5-1")]
    public void RatingScale_Malformed_IsAUserError(string text) =>
        Assert.Throws<ContrastiveTool.Core.UserInputException>(() => RatingScale.Parse(text));
}

using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Models.Encoders;
using static ContrastiveTool.Tests.Mining.MiningFixture;

namespace ContrastiveTool.Tests.Mining;

/// <summary>hard, semi_hard and range on vectors at known angles: s = cos(angle to the query at 0°).</summary>
public sealed class SimilarityMinerTests
{
    // Corpus: c0 0° (positive, s = 1), c1 10° (0.985), c2 20° (0.940), c3 30° (0.866), c4 60° (0.5), c5 90° (0).
    private static readonly EmbeddingMatrix Query = Angles(0);
    private static readonly EmbeddingMatrix Corpus = Angles(0, 10, 20, 30, 60, 90);

    [Fact]
    public void Hard_TwoNegatives_TakesTheTwoMostSimilarNonPositives()
    {
        var result = Mine("hard", Input(6, [0]), Query, Corpus, 2);

        Assert.Equal([1, 2], Row(result, 0));
        Assert.Equal([3, 3], Tiers(result, 0));
        Assert.Equal(Math.Cos(10 * Math.PI / 180), result.Scores[0], 5);
        Assert.Equal(1f, result.PositiveScores[0], 5);
        Assert.Equal(1, result.Counters.Skips["positive"]);
    }

    [Fact]
    public void Hard_ExcludeSameQuestion_SkipsTheQuestionsOwnAnswerAndCountsIt()
    {
        var result = Mine("hard", Input(6, [0], sameQuestion: [[1]]), Query, Corpus, 2, sameQuestion: SameQuestionMode.Exclude);

        Assert.Equal([2, 3], Row(result, 0));
        Assert.Equal(1, result.Counters.Skips["same-question"]);
    }

    [Fact]
    public void Hard_SameQuestionTier0_PutsTheQuestionsOwnAnswerFirstAsTierZero()
    {
        var result = Mine("hard", Input(6, [0], sameQuestion: [[4]]), Query, Corpus, 2, sameQuestion: SameQuestionMode.Tier0);

        Assert.Equal([4, 1], Row(result, 0));
        Assert.Equal([0, 3], Tiers(result, 0));
    }

    [Fact]
    public void Hard_QueryAlsoInCorpus_IsNeverItsOwnNegative()
    {
        // The corpus item "q0" (at 5°) is the query itself.
        var input = Input(6, [0]) with { Corpus = [.. Input(6, [0]).Corpus.Take(5), new("q0", "query 0")] };
        var result = Mine("hard", input, Query, Angles(0, 10, 20, 30, 60, 5), 2);

        Assert.Equal([1, 2], Row(result, 0));
        Assert.Equal(1, result.Counters.Skips["query"]);
    }

    [Fact]
    public void SemiHard_Band_SamplesOnlyBetweenPositiveMinusMarginAndPositive()
    {
        // Positive c0 at 30° (s_p = 0.866); band (0.666, 0.866): c2 40° (0.766), c3 45° (0.707). c1 10° is harder than the positive.
        var result = Mine("semi_hard", Input(5, [0]), Query, Angles(30, 10, 40, 45, 80), 2);

        Assert.Equal([2, 3], Row(result, 0).Order());
        Assert.Equal(1, result.Counters.Skips["not-semi-hard"]);
        Assert.False(result.Counters.Events.ContainsKey("semi_hard fallback to hard (rows)"));
    }

    [Fact]
    public void SemiHard_BandTooSmall_FallsBackToHardAndCountsIt()
    {
        var result = Mine("semi_hard", Input(5, [0]), Query, Angles(30, 10, 40, 45, 80), 3);

        Assert.Equal([2, 3], Row(result, 0).Take(2).Order());
        Assert.Equal(1, Row(result, 0)[2]);     // the most similar remaining non-positive
        Assert.Equal(1, result.Counters.Events["semi_hard fallback to hard (negatives)"]);
        Assert.Equal(1, result.Counters.Events["semi_hard fallback to hard (rows)"]);
    }

    [Theory]
    [InlineData(1, null, null, null, null, new long[] { 2, 3 }, "range", 1)]          // skips c1 by rank
    [InlineData(0, 0.95, null, null, null, new long[] { 2, 3 }, "max-score", 1)]      // c1 0.985 > 0.95
    [InlineData(0, null, 0.1, null, null, new long[] { 3, 4 }, "margin", 2)]          // keep s ≤ 1 − 0.1: c1, c2 out
    [InlineData(0, null, null, 0.05, null, new long[] { 2, 3 }, "relative-margin", 1)] // keep s ≤ 0.95: c1 out
    public void Range_EachGuard_SkipsWhatItShouldAndCountsIt(int rangeMin, double? maxScore, double? margin, double? relative, double? minScore,
                                                            long[] expected, string reason, long skipped)
    {
        var settings = new MinerSettings(Range: new RangeOptions(rangeMin, 100, maxScore, minScore, margin, relative));
        var result = Mine("range", Input(6, [0]), Query, Corpus, 2, settings);

        Assert.Equal(expected, Row(result, 0));
        Assert.Equal(skipped, result.Counters.Skips[reason]);
    }

    [Fact]
    public void Range_MinScoreLeavesTooFew_RowIsShortAndReported()
    {
        var settings = new MinerSettings(Range: new RangeOptions(MinScore: 0.9));
        var result = Mine("range", Input(6, [0]), Query, Corpus, 3, settings);

        Assert.Equal([1, 2, -1], Row(result, 0));
        Assert.Equal(1, result.Validation.ShortRows);
        Assert.Equal(1, result.Validation.Missing);
    }

    [Fact]
    public void Range_RandomSampling_StaysInsideTheWindow()
    {
        var settings = new MinerSettings(Range: new RangeOptions(RangeMin: 1, RangeMax: 3, Sampling: "random"));
        var result = Mine("range", Input(6, [0]), Query, Corpus, 2, settings);

        Assert.Equal([2, 3], Row(result, 0).Order());    // window: non-positive ranks 1 and 2 = c2, c3
    }
}

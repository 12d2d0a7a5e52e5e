using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Statistics;

namespace ContrastiveTool.Tests.Data.Statistics;

public sealed class QaStatisticsCollectorTests
{
    private static RankedQaItem Item(string id, string title, params (double Score, bool Accepted, string Body)[] answers) =>
        new(new QaQuestion(id, title, ""), answers.Select((a, i) => new QaAnswer($"{id}a{i}", a.Body, a.Score, a.Accepted, i)).ToArray(), 1);

    [Fact]
    public void Build_TwoQuestions_GivesHandComputedFigures()
    {
        var collector = new QaStatisticsCollector();
        collector.Add(Item("q1", "one two three", (10, false, "a b"), (0, true, "c d e f")));   // accepted, not top
        collector.Add(Item("q2", "four", (5, true, "g"), (-1, false, "h i"), (2, false, "j"))); // accepted is top

        var stats = collector.Build();

        Assert.Equal(2, stats.Questions);
        Assert.Equal(5, stats.Answers);
        Assert.Equal(new Distribution(2, 2, 2.5, 2.5, 3), stats.AnswersPerQuestion);
        Assert.Equal(new Distribution(5, -1, 2, 3.2, 10), stats.Scores);            // -1 0 2 5 10
        Assert.Equal(0.4, stats.ShareScoreAtMostZero, 12);                          // 0 and -1
        Assert.Equal(1.0, stats.ShareAccepted, 12);
        Assert.Equal(0.5, stats.ShareAcceptedIsTop, 12);
        Assert.Equal(new Distribution(2, 1, 2, 2, 3), stats.QuestionWords);
        Assert.Equal(new Distribution(5, 1, 2, 2, 4), stats.AnswerWords);          // 2 4 1 2 1
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("  two  words ", 2)]
    [InlineData("tab\tand\nnewline", 3)]
    public void WordCount_Text_CountsWhitespaceSeparatedWords(string text, int words) =>
        Assert.Equal(words, QaStatisticsCollector.WordCount(text));
}

using ContrastiveTool.Core.Losses;
using ContrastiveTool.Core.Transforms;
using static ContrastiveTool.Tests.Transforms.TransformItems;

namespace ContrastiveTool.Tests.Transforms;

public sealed class BatchTransformTests
{
    [Fact]
    public void InfoNce_TakeTop_EachQuestionWithItsTopAnswer()
    {
        var batch = new InfoNceTransform().Apply(Three, new Random(1));
        Assert.Equal(BatchKind.InBatchPairs, batch.Kind);
        Assert.Equal(["q1:a1@0(10)", "q2:b1@0(7)", "q3:c1@0(4)"], Rows(batch));
        Assert.Equal(6, batch.Documents);                                         // 3 questions + 3 answers
    }

    [Fact]
    public void InfoNce_Random_SameSeedSameRowsAndDrawsAmongAllAnswers()
    {
        string[] Draw(int seed) => Rows(new InfoNceTransform(takeTop: false).Apply(Three, new Random(seed)));
        Assert.Equal(Draw(7), Draw(7));
        var q1Answers = Enumerable.Range(0, 60).Select(s => Draw(s)[0]).Distinct().Order().ToArray();
        Assert.Equal(["q1:a1@0(10)", "q1:a2@1(5)", "q1:a3@2(1)"], q1Answers);
        Assert.All(Enumerable.Range(0, 20), s => Assert.Equal("q2:b1@0(7)", Draw(s)[1]));   // one answer: always it
    }

    [Fact]
    public void MultiplePositives_PosCountTwo_TopTwoAnswersPerQuestionWithRankAndScore()
    {
        var batch = new MultiplePositivesTransform(posCount: 2).Apply(Three, new Random(1));
        Assert.Equal(BatchKind.GroupedPairs, batch.Kind);
        Assert.Equal(["q1:a1@0(10)", "q1:a2@1(5)", "q2:b1@0(7)", "q3:c1@0(4)", "q3:c2@1(-2)"], Rows(batch));
        Assert.Equal(8, batch.Documents);                                         // 3 questions once + 5 answers
    }

    [Fact]
    public void HardNegative_AllAnswersOfQuestionsWithTwoOrMore()
    {
        var batch = new HardNegativeTransform().Apply(Three, new Random(1));
        Assert.Equal(["q1:a1@0(10)", "q1:a2@1(5)", "q1:a3@2(1)", "q3:c1@0(4)", "q3:c2@1(-2)"], Rows(batch));
    }

    [Fact]
    public void Triplet_HardNegative_LowestRankedAnswerAndSkipsSingleAnswer()
    {
        var batch = new TripletTransform("hard_negative").Apply(Three, new Random(1));
        Assert.Equal(BatchKind.Triplets, batch.Kind);
        Assert.Equal(["q1:a1@0(10)|a3", "q3:c1@0(4)|c2"], Rows(batch));
    }

    [Fact]
    public void Triplet_InBatch_NegativeIsAnotherQuestionsTopAnswer()
    {
        for (int seed = 0; seed < 20; seed++)
        {
            var rows = new TripletTransform("in_batch").Apply(Three, new Random(seed)).Pairs;
            Assert.Equal(3, rows.Count);
            foreach (var row in rows)
            {
                var negative = Assert.Single(row.Negatives);
                Assert.Contains(negative.Id, new[] { "a1", "b1", "c1" });
                Assert.Equal(0, negative.Rank);
                Assert.NotEqual(row.Positive.Id, negative.Id);
            }
        }
    }

    [Fact]
    public void Triplet_Mixed_UsesBothStrategiesAndIsDeterministic()
    {
        var all = Enumerable.Range(0, 40).SelectMany(s => new TripletTransform("mixed").Apply(Three, new Random(s)).Pairs)
            .Where(p => p.QuestionId == "q1").Select(p => p.Negatives[0].Id).Distinct().Order().ToArray();
        Assert.Contains("a3", all);                                               // hard
        Assert.Contains(all, id => id is "b1" or "c1");                           // in batch
        Assert.Equal(Rows(new TripletTransform("mixed").Apply(Three, new Random(3))), Rows(new TripletTransform("mixed").Apply(Three, new Random(3))));
    }

    [Fact]
    public void Triplet_UnknownStrategy_DidYouMean()
    {
        var error = Assert.ThrowsAny<ContrastiveTool.Core.UserInputException>(() => new TripletTransform("in-batch"));
        Assert.Contains("did you mean 'in_batch'", error.Message);
    }

    [Fact]
    public void Listwise_MaxTwo_ScoresDividedByTheListsTopScore()
    {
        var batch = new ListwiseTransform(maxAnswers: 2).Apply(Three, new Random(1));
        Assert.Equal(BatchKind.ScoredLists, batch.Kind);
        Assert.Equal(["q1:a1=1,a2=0.5", "q3:c1=1,c2=-0.5"], Rows(batch));        // 5/10; −2/4
    }

    [Fact]
    public void StandardizedTest_PositiveAndUpToFiveHardNegativesKeepsSingleAnswerQuestions()
    {
        var batch = new StandardizedTestTransform().Apply(Three, new Random(1));
        Assert.Equal(BatchKind.None, batch.Kind);
        Assert.Equal(["q1:a1@0(10)|a2,a3", "q2:b1@0(7)", "q3:c1@0(4)|c2"], Rows(batch));
        Assert.Equal(["q1:a1@0(10)|a2"], Rows(new StandardizedTestTransform(hardNegatives: 1).Apply(Three.Take(1).ToList(), new Random(1))));
    }
}

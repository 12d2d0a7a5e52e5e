using ContrastiveTool.Core;
using ContrastiveTool.Core.Losses;
using ContrastiveTool.Core.Training.Curriculum;
using ContrastiveTool.Core.Transforms.Mined;
using ContrastiveTool.Tests.TestSupport;
using static ContrastiveTool.Tests.Transforms.TransformItems;

namespace ContrastiveTool.Tests.Transforms;

public sealed class MinedTransformTests
{
    // s(a,p) = 0.8 for q1: difficulties a2 0.7 − 0.8 + 1 = 0.9, c1 0.3 − 0.8 + 1 = 0.5, b1 0.0 − 0.8 + 1 = 0.2.
    private const string Mined = """
        {"query_id": "q1", "positive_id": "a1", "positive_score": 0.8, "negatives": [{"id": "a2", "tier": 1, "score": 0.7}, {"id": "c1", "tier": 3, "score": 0.3}, {"id": "b1", "tier": 4, "score": 0.0}]}
        {"query_id": "q3", "positive_id": "c1", "negatives": [{"id": "zz", "tier": 4, "score": 0.1}, {"id": "a3", "tier": 2, "score": 0.2}, {"id": "c1", "tier": 1, "score": 0.9}]}

        """;

    [Fact]
    public void Read_PositiveScore_SetsDifficultyOfEachNegative()
    {
        using var folder = new TempFolder();
        var rows = MinedNegativesReader.Read(folder.Write("mined.jsonl", Mined));
        Assert.Equal(2, rows.Count);
        Assert.Equal([0.9, 0.5, 0.2], rows[0].Negatives.Select(n => Math.Round(n.Difficulty!.Value, 6)));
        Assert.All(rows[1].Negatives, n => Assert.Null(n.Difficulty));
    }

    [Fact]
    public void Read_BadLine_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        string path = folder.Write("bad.jsonl", "{\"query_id\": \"q1\", \"positive_id\": \"a1\", \"negatives\": [{\"id\": \"a2\"}]}\n");
        var error = Assert.Throws<UserInputException>(() => MinedNegativesReader.Read(path));
        Assert.Contains("bad.jsonl:1", error.Message);
    }

    [Fact]
    public void Apply_AllAdmitted_UnknownIdsAndThePositiveDroppedRowsCutToFewestNegatives()
    {
        using var folder = new TempFolder();
        var rows = MinedNegativesReader.Read(folder.Write("mined.jsonl", Mined));
        var batch = new MinedTransform(rows, MinedTransform.AnswersById(Three)).Apply(Three, new Random(1));
        Assert.Equal(BatchKind.ExplicitNegatives, batch.Kind);
        // q3 keeps only a3 (zz unknown, c1 is its positive), so K = 1 for the batch; q2 has no mined row.
        Assert.Equal(["q1:a1@0(10)|a2", "q3:c1@0(4)|a3"], Rows(batch));
        Assert.Equal([1, 2], batch.Pairs.Select(p => p.Negatives[0].Tier));
    }

    [Fact]
    public void Apply_DifficultyStages_AdmitOnlyNegativesUpToTheThreshold()
    {
        var plan = CurriculumPlan.Create("difficulty", 1, [2, 3, 5], [0.3, 0.6, 1.0]);
        string[] At(int epoch) => FirstRowInStage(plan, epoch);
        Assert.Equal(["q1:a1@0(10)|b1"], At(0));                                  // easy (epochs 1–2): 0.2
        Assert.Equal(["q1:a1@0(10)|c1,b1"], At(2));                               // medium (3–5): 0.5, 0.2
        Assert.Equal(["q1:a1@0(10)|a2,c1,b1"], At(9));                            // hard (6–10): all
        Assert.Equal(10, plan.Epochs);
    }

    [Fact]
    public void Apply_TierStages_RandomThenHighSimilarityThenAll()
    {
        var plan = CurriculumPlan.Create("tier", 1, [1, 1, 1], [0.3, 0.6, 1.0]);
        string[] At(int epoch) => FirstRowInStage(plan, epoch);
        Assert.Equal(["q1:a1@0(10)|b1"], At(0));
        Assert.Equal(["q1:a1@0(10)|c1,b1"], At(1));
        Assert.Equal(["q1:a1@0(10)|a2,c1,b1"], At(2));
    }

    [Fact]
    public void Create_TierWithTwoStageEpochs_NamesTheKey()
    {
        var error = Assert.Throws<UserInputException>(() => CurriculumPlan.Create("tier", 1, [1, 2], [0.3, 0.6, 1.0]));
        Assert.Contains("'curriculum_epochs'", error.Message);
    }

    /// <summary>The batch q1's mined row makes in the stage that trains <paramref name="epoch"/>.</summary>
    private static string[] FirstRowInStage(CurriculumPlan plan, int epoch)
    {
        using var folder = new TempFolder();
        var rows = MinedNegativesReader.Read(folder.Write("mined.jsonl", Mined)).Take(1).ToList();
        return Rows(new MinedTransform(rows, MinedTransform.AnswersById(Three), plan.StageOf(epoch).Admits).Apply(Three, new Random(1)));
    }
}

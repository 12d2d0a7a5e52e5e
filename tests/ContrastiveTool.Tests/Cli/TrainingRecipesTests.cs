using System.Text.Json;
using ContrastiveTool.Cli;
using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

/// <summary>The two training recipes end to end with <c>--smoke</c> (bow, 50 questions) through the real CLI.</summary>
public sealed class TrainingRecipesTests
{
    private static CliRunner.Result Smoke(string recipe, string output) =>
        CliRunner.Run("recipe", RepoPath.Of("recipes", recipe), "-o", output, "--seed", "3", "--", "--smoke");

    /// <summary>Both judged systems are written for `contrastive report`, and the table shows what the files hold.</summary>
    private static void AssertJudged(CliRunner.Result result, TempFolder folder)
    {
        var zeroShot = MetricsFileReader.Read(folder.File("zero-shot/metrics.json"), "zero-shot");
        var trained = MetricsFileReader.Read(folder.File("trained/metrics.json"), "trained");
        Assert.Equal(50, zeroShot.PerQuery!.QueryIds.Count);
        Assert.Equal(zeroShot.PerQuery.QueryIds, trained.PerQuery!.QueryIds);
        foreach (string metric in new[] { "mrr", "ndcg@10", "hard_neg_accuracy" })
            Assert.Contains($"│ {metric}", result.Output);
        Assert.Matches($@"│ ndcg@10 +│ +{zeroShot.Find("ndcg@10")!.Mean:F4} │ +{trained.Find("ndcg@10")!.Mean:F4} │", result.Output);
        Assert.True(File.Exists(folder.File("report/report.md")));
        Assert.True(File.Exists(folder.File("train/model/model.safetensors")));
    }

    [Fact]
    public void MineThenTrain_Smoke_MinesTwelveTieredNegativesTrainsThreeStagesAndJudgesBoth()
    {
        using var folder = new TempFolder();

        var result = Smoke("mine-then-train.csx", folder.Path);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Errors);
        Assert.True(File.Exists(folder.File("clusters.json")));
        string first = File.ReadLines(folder.File("mined.jsonl")).First();
        using (var row = JsonDocument.Parse(first))
            Assert.Equal(12, row.RootElement.GetProperty("negatives").GetArrayLength());
        var stages = File.ReadLines(folder.File("train/metrics.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("kind").GetString() == "train").Select(l => l.GetProperty("stage").GetString()).Distinct();
        Assert.Equal(["easy", "medium", "hard"], stages);
        AssertJudged(result, folder);
    }

    [Fact]
    public void PreferenceData_Smoke_WritesCpoAndKtoThatTheReadersAcceptAndTrainsOnTheirTriplets()
    {
        using var folder = new TempFolder();

        var result = Smoke("preference-data.csx", folder.Path);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Errors);
        var report = new ReadReport();
        Assert.Equal(25, new CpoReader().Read(folder.File("cpo.jsonl"), report).Count());
        Assert.Equal(25, new KtoReader().Read(folder.File("kto.jsonl"), report).Select(r => r.Rows[0].Prompt).Distinct().Count());
        Assert.Equal(0, report.Rejected);
        var questions = new RankedQaReader().Read(folder.File("preference-qa.jsonl"), new ReadReport()).ToList();
        Assert.Equal(questions.Count, File.ReadLines(folder.File("mined.jsonl")).Count());
        Assert.Contains("│ cpo → triplets", result.Output);
        Assert.Contains("│ kto → triplets", result.Output);
        AssertJudged(result, folder);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using ContrastiveTool.Cli;
using ContrastiveTool.Cli.Verbs.Recipe;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Evaluation.Retrieval;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

/// <summary><c>contrastive recipe</c> through the real parser: a tiny inline recipe, errors, and the bundled embed-and-search.</summary>
public sealed class RecipeVerbTests
{
    /// <summary>The console wraps long messages at its width: compare with every run of white space as one space.</summary>
    private static string OneLine(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void Recipe_InlineScript_GetsTheArgumentsAfterDashDashAndWritesTheOutputFolder()
    {
        using var folder = new TempFolder();
        string script = folder.Write("tiny.csx", """
            Step("write", () => File.WriteAllText(Path.Combine(Output, "out.txt"), string.Join(" ", Args)));
            Log($"seed {Seed}");
            """);

        var result = CliRunner.Run("recipe", script, "-o", folder.File("run"), "--seed", "9", "--", "--count", "3", "extra");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("--count 3 extra", File.ReadAllText(folder.File("run/out.txt")));
        Assert.Contains("✓ compiling tiny", result.Output);
        Assert.Contains("✓ write", result.Output);
        Assert.Contains("seed 9", result.Output);
        Assert.Contains("done: tiny ran in", result.Output);
    }

    [Fact]
    public void Recipe_CompileError_ExitsOneWithFileLineColumnAndNoStackTrace()
    {
        using var folder = new TempFolder();
        string script = folder.Write("broken.csx", "Log(\"fine\");\nLog(notDefined);\n");

        var result = CliRunner.Run("recipe", script, "-o", folder.File("run"));

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains($"{script}:2:5: error CS0103: The name 'notDefined' does not exist in the current context", OneLine(result.Errors));
        Assert.DoesNotContain(" at ", result.Errors);
        Assert.False(Directory.Exists(folder.File("run")), "a recipe that does not compile must not create its output folder");
    }

    [Fact]
    public void Recipe_ScriptThrows_ExitsOneNamingTheRecipeLine()
    {
        using var folder = new TempFolder();
        string script = folder.Write("fails.csx", "Log(\"start\");\nvar items = new List<int>();\nLog(items.First().ToString());\n");

        var result = CliRunner.Run("recipe", script, "-o", folder.File("run"));

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains($"the recipe failed at {script}:3: InvalidOperationException: Sequence contains no elements", OneLine(result.Errors));
    }

    [Fact]
    public void Recipe_MissingFile_ExitsOneAndSaysWhereRecipesAre()
    {
        var result = CliRunner.Run("recipe", "/no/such/recipe.csx");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("no such recipe", result.Errors);
        Assert.Contains("recipes/", result.Errors);
    }

    [Fact]
    public void OutputFolder_NotGiven_IsRecipeOutputSlashTheRecipeName()
    {
        Assert.Equal(Path.Combine("recipe-output", "mine-then-train"), new RecipeSettings { File = "recipes/mine-then-train.csx" }.OutputFolder);
        Assert.Equal("elsewhere", new RecipeSettings { File = "r.csx", Output = "elsewhere" }.OutputFolder);
    }

    [Fact]
    public void Recipe_EmbedAndSearch_PrintsTheTableAndWritesWhatTheRetrievalEvaluatorComputes()
    {
        using var folder = new TempFolder();
        string data = RepoPath.Of("data", "sample", "ranked-qa.jsonl");

        // bow (random init from the seed) keeps the test fast; minilm's quality on this file is ModelEvalTests' business.
        var result = CliRunner.Run("recipe", RepoPath.Of("recipes", "embed-and-search.csx"), "-o", folder.Path, "--seed", "5",
                                   "--", "--model", "bow", "--metrics", "mrr@10,recall@10");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Errors);
        Assert.Contains("bow: 60 questions search 190 answers", result.Output);
        Assert.Contains("│ mrr@10", result.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("metrics.json")));
        var written = json.RootElement.GetProperty("metrics");
        Assert.Equal(60, File.ReadAllLines(folder.File("per-query.tsv")).Length - 1);

        // The same test computed here without the recipe: the recipe must report exactly these numbers.
        var items = new RankedQaReader().Read(data, new ReadReport()).ToList();
        using var encoder = EncoderCatalog.Load("bow", seed: 5);
        var expected = QaRetrievalTest.Evaluate(items, encoder, new EncodeOptions(), MetricSpec.ParseList("mrr@10,recall@10"), MetricOptions.Standard);
        Assert.Equal(Math.Round(expected["mrr@10"].Mean, 6), written.GetProperty("mrr@10").GetDouble(), 6);
        Assert.Equal(Math.Round(expected["recall@10"].Mean, 6), written.GetProperty("recall@10").GetDouble(), 6);
        Assert.Contains($"│ {expected["mrr@10"].Mean:F4} │", result.Output);
    }
}
